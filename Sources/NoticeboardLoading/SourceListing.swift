import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardValues

/// The files of the folders a site is made from, walked once per build: the build's signature is made
/// from this listing (`BuildManifest`), and the loader reads the records it lists.
package struct SourceListing: Sendable {
    package static let folders = ["content", "templates", "seeds"]

    /// Each folder's walk (`FileWalk`); nil for a folder that is missing or not a folder.
    private let listings: [String: FileWalk.Listing?]

    package init(root: URL, opening open: FileWalk.FolderOpener = { opendir($0) }) {
        var listings: [String: FileWalk.Listing?] = [:]
        for folder in Self.folders { listings[folder] = FileWalk.files(under: root.appendingPathComponent(folder), opening: open) }
        self.listings = listings
    }

    /// The files and links of `folder` (one of `folders`); nil when it is not a folder.
    package func files(in folder: String) -> [FileWalk.Entry]? { (listings[folder] ?? nil)?.files }

    /// Whether the names in `folder` itself (one of `folders`) could be read.
    package func listed(_ folder: String) -> Bool { !((listings[folder] ?? nil)?.unlisted.contains { $0.path.isEmpty } ?? false) }

    /// IN-001 for every folder of the site's folders whose names could not be read, site-relative
    /// (`content/compounds/xinyuan/ledger`): its records would otherwise vanish from the site without a word.
    package var unlistedFolders: [Diagnostic] {
        Self.folders.flatMap { folder in
            ((listings[folder] ?? nil)?.unlisted ?? []).map { unlisted in
                let path = unlisted.path.isEmpty ? folder : folder + "/" + unlisted.path
                return Diagnostic(.in001, .error, at: .file(path), InputMessages.unlistedFolder(path, reason: unlisted.reason))
            }
        }
    }
}
