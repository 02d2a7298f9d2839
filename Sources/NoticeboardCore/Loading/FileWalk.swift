import Foundation
import Synchronization
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

    /// A folder of many folders (a city's compounds) is walked on all cores, each folder into its own list;
    /// the lists are joined in the order `readdir` gave, the order a walk on one core finds.
    private static func walk(_ directory: String, relative: String, into entries: inout [Entry]) {
        var found: [Found] = []
        guard let handle = opendir(directory) else { return }
        while let item = readdir(handle) {
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // Relative to the open folder: the kernel does not walk the whole path again for every file.
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            var entry = Entry(path: path, size: Int64(info.st_size), modified: (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)))
            switch info.st_mode & S_IFMT {
            case S_IFDIR: found.append(.folder(full: directory + "/" + name, path: path))
            case S_IFREG: found.append(.file(entry))
            case S_IFLNK:
                entry.isLink = true
                found.append(.file(entry))
            default: break
            }
        }
        closedir(handle)
        let folders = found.compactMap { if case .folder(let full, let path) = $0 { (full, path) } else { nil } }
        var walked = [[Entry]](repeating: [], count: folders.count)
        if folders.count >= manyFolders {
            let lists = Mutex(walked)
            DispatchQueue.concurrentPerform(iterations: folders.count) { index in
                var list: [Entry] = []
                walk(folders[index].0, relative: folders[index].1, into: &list)
                lists.withLock { $0[index] = list }
            }
            walked = lists.withLock { $0 }
        } else {
            for index in folders.indices { walk(folders[index].0, relative: folders[index].1, into: &walked[index]) }
        }
        var next = 0
        for item in found {
            switch item {
            case .file(let entry): entries.append(entry)
            case .folder:
                entries += walked[next]
                next += 1
            }
        }
    }

    /// What a folder holds, before its folders are walked.
    private enum Found {
        case file(Entry)
        case folder(full: String, path: String)
    }

    /// From this many folders in one folder on, they are walked in parallel.
    private static let manyFolders = 16
}

