import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardRendering

/// The folders made so far in a staging folder that started empty. A page's folder is made, parents
/// first, before its file is linked or written, and only once: trying the file first and making the
/// folder when that failed cost a failed call for each of a city's 36,000 folders.
package final class MadeFolders: Sendable {
    private let made = Mutex<Set<String>>([])

    /// Makes the folder that will hold `path` (inside `root`), and the folders above it, unless they were made already.
    /// A folder that cannot be made is left for the file's own write to report.
    package func make(parentOf path: String, in root: OpenFolder) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        make(String(path[..<slash]), in: root)
    }

    private func make(_ folder: String, in root: OpenFolder) {
        if made.withLock({ $0.contains(folder) }) { return }
        if let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) { make(String(folder[..<slash]), in: root) }
        // Another thread may have made it in between: then it exists, which is all that is asked.
        guard mkdirat(root.descriptor, folder, 0o755) == 0 || errno == EEXIST else { return }
        made.withLock { _ = $0.insert(folder) }
    }
}
