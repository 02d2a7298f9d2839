import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardRendering
import NoticeboardValues

/// An advisory lock (`flock`) on a file beside the output folder (`.public.lock`), held for a whole build:
/// a second build into the same folder is refused at once instead of mixing its pages with the first's.
/// The kernel releases the lock when the process ends, however it ends.
package final class OutputLock {
    private let descriptor: Int32

    package static func location(for output: URL) -> URL { output.hiddenSibling("lock") }

    /// Takes the lock, or throws when another build holds it.
    package init(for output: URL) throws(InputOutputError) {
        let path = Self.location(for: output).path
        try? FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw InputOutputError(path: path, reason: "无法加锁 / cannot lock: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw InputOutputError(path: output.path, reason:
                "另一个 noticeboard 正在写入这个文件夹，请等它结束后再运行 / another noticeboard build is writing this folder; run again when it has finished")
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
