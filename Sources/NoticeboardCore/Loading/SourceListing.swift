import Foundation

/// The files of the folders a site is made from, walked once per build: the build's signature is made
/// from this listing (`BuildManifest`), and the loader reads the records it lists.
struct SourceListing: Sendable {
    static let folders = ["content", "templates", "seeds"]

    /// Each folder's files and links (`FileWalk`); nil for a folder that is missing or not a folder.
    private let entries: [String: [FileWalk.Entry]?]

    init(root: URL) {
        var entries: [String: [FileWalk.Entry]?] = [:]
        for folder in Self.folders { entries[folder] = FileWalk.files(under: root.appendingPathComponent(folder)) }
        self.entries = entries
    }

    /// The files and links of `folder` (one of `folders`); nil when it is not a folder.
    func files(in folder: String) -> [FileWalk.Entry]? { entries[folder] ?? nil }
}
