#if canImport(Glibc)
import Glibc
#endif
import NoticeboardRendering

/// A folder held open while a build writes into it, so that each file is named by its path inside it.
/// For each of a city's 150,000 calls that make a folder, read a file's identity or link it, the kernel then
/// walks only the page's own path (`xq-0001/ledger/2026-10/index.html`), not every folder above the output again.
package struct OpenFolder: Sendable {
    /// For messages, and for the few calls that take a whole path.
    package let path: String
    package let descriptor: Int32

    /// Paths as they are written: a whole path, or one relative to the working folder.
    package static let working = OpenFolder(path: "", descriptor: AT_FDCWD)

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Nil when `path` is not a folder that can be opened.
    package static func open(_ path: String) -> OpenFolder? {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor < 0 ? nil : OpenFolder(path: path, descriptor: descriptor)
    }

    package func close() {
        if descriptor != AT_FDCWD { _ = Glibc.close(descriptor) }
    }

    /// The whole path of `relative`, a path inside this folder.
    package func fullPath(_ relative: String) -> String {
        descriptor == AT_FDCWD ? relative : path + "/" + relative
    }
}
