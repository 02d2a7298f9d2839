import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardModel
import NoticeboardValues

/// Reads one file of the site root the safe way: never through a symbolic link, and never a file larger
/// than any record needs (a 50 MB ledger would take twenty times its size in memory).
package enum SourceFile {
    /// 5 MiB: a ledger of a busy month is a few kilobytes.
    package static let largest = 5 * 1024 * 1024

    package enum Problem: Error {
        case link
        case tooLarge(bytes: Int)
        case unreadable(String)

        /// IN-001 or IN-004, as the rules catalogue files them, for the file at `path` (site-relative).
        package func diagnostic(_ path: String) -> Diagnostic {
            switch self {
            case .link: Diagnostic(.in004, .error, at: .file(path), InputMessages.symbolicLink(path))
            case .tooLarge(let bytes): Diagnostic(.in001, .error, at: .file(path), InputMessages.fileTooLarge(bytes: bytes, largest: SourceFile.largest))
            case .unreadable(let reason): Diagnostic(.in001, .error, at: .file(path), InputMessages.unreadable(reason))
            }
        }
    }

    package static func read(_ path: String) -> Result<Data, Problem> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == ELOOP ? .link : .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable("不是普通文件 / not a regular file")) }
        guard info.st_size <= largest else { return .failure(.tooLarge(bytes: Int(info.st_size))) }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while offset < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard complete else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        return .success(data)
    }
}
