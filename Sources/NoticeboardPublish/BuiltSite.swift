import Foundation
import NoticeboardModel
import NoticeboardOutput

/// The files of the built output that `publish` sends: those its page index lists, each with its size and
/// SHA-256. A listed file changed or removed since the build is refused: what goes up is what was built.
struct BuiltSite: Sendable {
    struct File: Sendable, Equatable {
        let size: Int
        let sha256: String
    }

    let folder: URL
    let files: [String: File]

    init(folder: URL, files: [String: File]) {
        self.folder = folder
        self.files = files
    }

    /// Reads and digests every listed file of `folder`.
    static func read(_ folder: URL) throws(PublishFailure) -> BuiltSite {
        guard let listed = BuiltFiles.list(in: folder), !listed.isEmpty else { throw .notBuilt(folder.path) }
        let touched = listed.filter { !$0.isAsWritten }.map(\.path)
        guard touched.isEmpty else { throw .changedSinceBuild(folder.path, touched) }
        var files: [String: File] = [:]
        for file in listed {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) else {
                throw .changedSinceBuild(folder.path, [file.path])
            }
            files[file.path] = File(size: bytes.count, sha256: bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits)
        }
        return BuiltSite(folder: folder, files: files)
    }

    func bytes(of path: String) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
    }
}
