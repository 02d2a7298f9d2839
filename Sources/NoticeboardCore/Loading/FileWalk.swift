import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Regular files below a folder, with size and modification time, from `readdir` and `stat`:
/// Foundation's enumerator builds an attribute dictionary per file, which at city scale is seconds.
/// Hidden files and folders are skipped. Symbolic links are listed as links and never followed: the site
/// root is the trust boundary, and a link to `.` or `/usr` must not make a walk endless or read another's files.
enum FileWalk {
    struct Entry: Sendable {
        /// Relative to the folder walked.
        let path: String
        let size: Int64
        /// Seconds and nanoseconds of the last modification.
        let modified: (Int, Int)
        /// A symbolic link (to a file or a folder), which the records may not contain.
        var isLink = false
    }

    /// Nil when `folder` is not a folder (a link to one is not one).
    static func files(under folder: URL) -> [Entry]? {
        var info = stat()
        let base = folder.standardizedFileURL.path
        guard lstat(base, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var entries: [Entry] = []
        walk(base, relative: "", into: &entries)
        return entries
    }

    private static func walk(_ directory: String, relative: String, into entries: inout [Entry]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let item = readdir(handle) {
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") { continue }
            let full = directory + "/" + name, path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // Relative to the open folder: the kernel does not walk the whole path again for every file.
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            var entry = Entry(path: path, size: Int64(info.st_size), modified: (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)))
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(full, relative: path, into: &entries)
            case S_IFREG: entries.append(entry)
            case S_IFLNK:
                entry.isLink = true
                entries.append(entry)
            default: break
            }
        }
    }
}

