import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file operations for the output. Foundation's `Data.write(to:)` calls `fsync` after every
/// file, which for a city's 56,000 pages costs more than rendering them; the build's atomicity comes
/// from swapping the whole folder in, not from syncing each file. Missing folders are made on demand.
enum PlainFile {
    /// Writes `bytes` as a new file at `path` and tells its identity as written. Whatever was at `path`
    /// is unlinked first, never written through: in a recycled staging folder it may be a link to a
    /// published file.
    static func write(_ bytes: Data, to path: String) throws(InputOutputError) -> FileIdentity {
        clear(path)
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && (errno == ENOENT || errno == ENOTDIR) {
            try makeParent(of: path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
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
        var info = stat()
        guard written, fstat(fd, &info) == 0 else { throw failure(path) }
        return FileIdentity(info)
    }

    /// Makes `new` a name of the file at `old` (a hard link), unless it already is one;
    /// false when `old` is missing or linking fails.
    static func mirror(_ old: String, at new: String) -> Bool {
        var was = stat(), now = stat()
        if lstat(new, &now) == 0 {
            if stat(old, &was) == 0, was.st_ino == now.st_ino, was.st_dev == now.st_dev { return true }
            clear(new)
        }
        if link(old, new) == 0 { return true }
        guard errno == ENOENT || errno == ENOTDIR, (try? makeParent(of: new)) != nil else { return false }
        return link(old, new) == 0
    }

    /// The names in a folder, and which of them are folders.
    static func entries(of folder: String) -> [(name: String, isFolder: Bool)] {
        guard let handle = opendir(folder) else { return [] }
        defer { closedir(handle) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let item = readdir(handle) {
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            entries.append((name, item.pointee.d_type == UInt8(DT_DIR)))
        }
        return entries
    }

    /// Removes `relative` (below `root`) when it is a file not in `keeping`; for a folder, everything in it
    /// that is not in `keeping`, and then the folder when nothing is left in it.
    static func prune(_ relative: String, in root: String, isFolder: Bool, keeping: Set<String>) {
        let full = root + "/" + relative
        guard isFolder else {
            if !keeping.contains(relative) { unlink(full) }
            return
        }
        for entry in entries(of: full) { prune(relative + "/" + entry.name, in: root, isFolder: entry.isFolder, keeping: keeping) }
        rmdir(full)  // fails, as it should, while the folder still holds something
    }

    /// Removes whatever is at `path`: a file, a link, or a folder (in a recycled staging folder, where a
    /// page's place may have held something else before).
    private static func clear(_ path: String) {
        if unlink(path) != 0 && (errno == EISDIR || errno == EPERM) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    /// Makes the folders above `path`; a file standing where a folder must be (left in a recycled
    /// staging folder) is removed first.
    private static func makeParent(of path: String) throws(InputOutputError) {
        let folder = (path as NSString).deletingLastPathComponent
        var ancestor = folder, info = stat()
        while !ancestor.isEmpty && ancestor != "/" && lstat(ancestor, &info) != 0 {
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        if !ancestor.isEmpty && ancestor != "/" && (info.st_mode & S_IFMT) != S_IFDIR { unlink(ancestor) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputOutputError(path: folder, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
    }

    private static func failure(_ path: String) -> InputOutputError {
        InputOutputError(path: path, reason: "写入失败 / cannot write: \(String(cString: strerror(errno)))")
    }
}

extension FileIdentity {
    init(_ info: stat) {
        self.init(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
