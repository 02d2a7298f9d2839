import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardRendering
import NoticeboardValues

/// Plain POSIX file operations for the output. Foundation's `Data.write(to:)` calls `fsync` after every
/// file, which for a city's 56,000 pages costs more than rendering them; the build's atomicity comes
/// from swapping the whole folder in, not from syncing each file. Missing folders are made on demand.
package enum PlainFile {
    /// Writes `bytes` as a new file at `path` (inside `folder`) and tells its identity as written. Whatever
    /// was at `path` is unlinked first, never written through: in a recycled staging folder it may be a link to a
    /// published file. In a folder made empty for this build (`replacing` false) nothing can be there.
    package static func write(_ bytes: [UInt8], to path: String, in folder: OpenFolder = .working, replacing: Bool = true) throws(InputOutputError) -> FileIdentity {
        if replacing { clear(path, in: folder) }
        var fd = openat(folder.descriptor, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && (errno == ENOENT || errno == ENOTDIR) {
            try makeParent(of: path, in: folder)
            fd = openat(folder.descriptor, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure(folder.fullPath(path)) }
        defer { close(fd) }
        let written = DurableFile.writeAll(bytes, to: fd)
        var info = stat()
        guard written, fstat(fd, &info) == 0 else { throw failure(folder.fullPath(path)) }
        return FileIdentity(info)
    }

    /// Whether the file at `path` in `folder` holds exactly `bytes`: read a piece at a time and compared, so that a
    /// large file (a city's data package) is not read whole into memory beside the bytes it is compared with.
    package static func holds(_ bytes: [UInt8], at path: String, in folder: OpenFolder) -> Bool {
        let fd = openat(folder.descriptor, path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        return bytes.withUnsafeBytes { expected in
            var offset = 0
            while true {
                let count = piece.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { return false }
                if count == 0 { return offset == expected.count }
                guard offset + count <= expected.count,
                      piece.withUnsafeBytes({ memcmp($0.baseAddress!, expected.baseAddress! + offset, count) }) == 0 else { return false }
                offset += count
            }
        }
    }

    /// Makes `path` in `new` a name of the file at `path` in `old` (a hard link), unless it already is one,
    /// when that file is still the one `identity` tells of; false when it is not, is missing, or linking fails.
    /// `replacing` as for `write`.
    package static func mirror(_ path: String, from old: OpenFolder, to new: OpenFolder, ifStill identity: FileIdentity, replacing: Bool) -> Bool {
        var was = stat(), now = stat()
        guard fstatat(old.descriptor, path, &was, 0) == 0, (was.st_mode & S_IFMT) == S_IFREG, FileIdentity(was) == identity else { return false }
        if replacing, fstatat(new.descriptor, path, &now, AT_SYMLINK_NOFOLLOW) == 0 {
            if was.st_ino == now.st_ino, was.st_dev == now.st_dev { return true }
            clear(path, in: new)
        }
        if linkat(old.descriptor, path, new.descriptor, path, 0) == 0 { return true }
        guard errno == ENOENT || errno == ENOTDIR, (try? makeParent(of: path, in: new)) != nil else { return false }
        return linkat(old.descriptor, path, new.descriptor, path, 0) == 0
    }

    /// The names in a folder, and which of them are folders.
    package static func entries(of folder: String) -> [(name: String, isFolder: Bool)] {
        guard let handle = opendir(folder) else { return [] }
        defer { closedir(handle) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let item = readdir(handle) {
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            var isFolder = item.pointee.d_type == UInt8(DT_DIR)
            // Some file systems do not tell the kind in the listing: then it is asked for.
            if item.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        return entries
    }

    /// Removes `relative` (below `root`) when it is a file not in `keeping`; for a folder, everything in it
    /// that is not in `keeping`, and then the folder when nothing is left in it. True when it is gone.
    @discardableResult
    package static func prune(_ relative: String, in root: String, isFolder: Bool, keeping: Set<String>) -> Bool {
        let full = root + "/" + relative
        guard isFolder else { return !keeping.contains(relative) && unlink(full) == 0 }
        var left = false
        for entry in entries(of: full) {
            if !prune(relative + "/" + entry.name, in: root, isFolder: entry.isFolder, keeping: keeping) { left = true }
        }
        // A folder that still holds something is kept without asking the system (a site has tens of thousands).
        return !left && rmdir(full) == 0
    }

    /// Removes whatever is at `path` in `folder`: a file, a link, or a folder (in a recycled staging folder,
    /// where a page's place may have held something else before).
    private static func clear(_ path: String, in folder: OpenFolder) {
        if unlinkat(folder.descriptor, path, 0) != 0 && (errno == EISDIR || errno == EPERM) {
            try? FileManager.default.removeItem(atPath: folder.fullPath(path))
        }
    }

    package static func identity(of path: String, in folder: OpenFolder) -> FileIdentity? {
        var info = stat()
        guard fstatat(folder.descriptor, path, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    /// Makes the folders above `path` in `folder`; a file or link standing where a folder must be (left in a
    /// recycled staging folder) is removed first. Two threads may make the same folder: the second finds it made.
    private static func makeParent(of path: String, in folder: OpenFolder) throws(InputOutputError) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else { return }
        try makeFolder(String(path[..<slash]), in: folder)
    }

    private static func makeFolder(_ path: String, in folder: OpenFolder) throws(InputOutputError) {
        if mkdirat(folder.descriptor, path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            var info = stat()
            if fstatat(folder.descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
            unlinkat(folder.descriptor, path, 0)
        case ENOENT, ENOTDIR:
            try makeParent(of: path, in: folder)
        default:
            throw failure(folder.fullPath(path))
        }
        guard mkdirat(folder.descriptor, path, 0o755) == 0 || errno == EEXIST else { throw failure(folder.fullPath(path)) }
    }

    private static func failure(_ path: String) -> InputOutputError {
        InputOutputError(path: path, reason: "写入失败 / cannot write: \(String(cString: strerror(errno)))")
    }
}

extension FileIdentity {
    package init(_ info: stat) {
        self.init(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
