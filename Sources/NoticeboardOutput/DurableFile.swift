import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardLoading
import NoticeboardRendering
import NoticeboardValues

/// Writes a file so that it is either whole or not there: the bytes go into a temporary file in the same
/// folder, which is flushed to disk (`fsync`) and then renamed to its name. A failure (a full disk, say)
/// removes the temporary file; a run killed half-way leaves one, which the next write of the same file removes.
/// For the few files that must survive anything (the marker, the output's state files, everything the tool
/// writes under `content/`), not for the pages: a site's atomicity is its folder's swap.
package enum DurableFile {
    /// How a temporary file's name starts: hidden, so that the records' loader skips it, and telling whose it is.
    package static func temporaryPrefix(of name: String) -> String { ".\(name).noticeboard-" }

    /// Writes `bytes` at `url`. Replacing, an existing file is replaced in one step; otherwise an existing
    /// file is left exactly as it is and false is returned.
    @discardableResult
    package static func write(_ bytes: some Collection<UInt8>, to url: URL, replacing: Bool) throws(InputOutputError) -> Bool {
        let folder = url.deletingLastPathComponent().path, name = url.lastPathComponent
        removeStrayTemporaries(of: url)
        var template = Array("\(folder)/\(temporaryPrefix(of: name))XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(url.path) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var placed = false
        defer { if !placed { unlink(temporary) } }
        let written = fchmod(fd, 0o644) == 0 && writeAll(bytes, to: fd) && fsync(fd) == 0
        let reason = errno
        let closed = close(fd) == 0
        guard written, closed else {
            if !written { errno = reason }
            throw failure(url.path)
        }
        if replacing {
            guard rename(temporary, url.path) == 0 else { throw failure(url.path) }
        } else {
            // A second name for the temporary file, refused by the system when the name is taken.
            guard link(temporary, url.path) == 0 else {
                if errno == EEXIST { return false }
                throw failure(url.path)
            }
            unlink(temporary)
        }
        placed = true
        syncFolder(folder)
        return true
    }

    /// Removes the temporary files a write of `url` left when it was killed before it could; tells their names.
    @discardableResult
    package static func removeStrayTemporaries(of url: URL) -> [String] {
        let prefix = temporaryPrefix(of: url.lastPathComponent), folder = url.deletingLastPathComponent().path
        return PlainFile.entries(of: folder).filter { !$0.isFolder && $0.name.hasPrefix(prefix) && unlink(folder + "/" + $0.name) == 0 }
            .map(\.name).sorted()
    }

    /// Writes all of `bytes` to `fd`, again after an interruption (EINTR); false on any other failure.
    package static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32) -> Bool {
        let contiguous = bytes.withContiguousStorageIfAvailable { write($0, to: fd) }
        return contiguous ?? Array(bytes).withUnsafeBufferPointer { write($0, to: fd) }
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Flushes the folder's entry for the renamed file, so that the name survives a power cut too.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func failure(_ path: String) -> InputOutputError {
        InputOutputError(path: path, reason: "写入失败 / cannot write: \(String(cString: strerror(errno)))")
    }
}
