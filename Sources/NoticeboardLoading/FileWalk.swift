import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardSupport
import NoticeboardValues

/// Regular files below a folder, with size and modification time, from `readdir` and `stat`:
/// Foundation's enumerator builds an attribute dictionary per file, which at city scale is seconds.
/// Hidden files and folders are skipped. Symbolic links are listed as links and never followed: the site
/// root is the trust boundary, and a link to `.` or `/usr` must not make a walk endless or read another's files.
package enum FileWalk {
    package struct Entry: Sendable {
        /// Relative to the folder walked.
        package let path: String
        package let size: Int64
        /// Seconds and nanoseconds of the last modification.
        package let modified: (Int, Int)
        /// A symbolic link (to a file or a folder), which the records may not contain.
        package var isLink = false
    }

    /// A folder whose names could not be read (no permission, an I/O error): its files are not in the
    /// listing, which must not pass for a folder that is empty.
    package struct UnlistedFolder: Sendable, Equatable {
        /// Relative to the folder walked; empty for that folder itself.
        package let path: String
        /// The system's reason (`strerror`).
        package let reason: String
    }

    /// What a walk found.
    package struct Listing: Sendable {
        package var files: [Entry] = []
        package var unlisted: [UnlistedFolder] = []
    }

    /// How a folder is opened: `opendir`, or in tests one that fails as a damaged disk does, which
    /// `chmod 000` cannot make happen for root.
    package typealias FolderOpener = @Sendable (_ path: String) -> OpaquePointer?

    /// Nil when `folder` is not a folder (a link to one is not one). A folder holding `parallelAbove` folders or more
    /// has them walked on all cores.
    package static func files(under folder: URL, opening open: FolderOpener = { opendir($0) }, parallelAbove: Int = 32) -> Listing? {
        var info = stat()
        let base = folder.standardizedFileURL.path
        guard lstat(base, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var listing = Listing()
        walk(base, relative: "", opening: open, parallelAbove: parallelAbove, into: &listing)
        return listing
    }

    /// Depth first, each folder's files and folders in the order `readdir` gives them. A folder holding many folders
    /// (a city's compounds) has them walked on all cores and their listings taken in that same order: most of a
    /// walk is the kernel looking names up, and a city's build with nothing changed is that walk.
    private static func walk(_ directory: String, relative: String, opening open: FolderOpener, parallelAbove: Int, into listing: inout Listing) {
        guard let handle = open(directory) else {
            listing.unlisted.append(UnlistedFolder(path: relative, reason: String(cString: strerror(errno))))
            return
        }
        let unlistedBefore = listing.unlisted.count
        // What the folder holds, in `readdir`'s order: files, and folders to walk.
        var items: [(entry: Entry?, folder: (name: String, path: String)?)] = []
        // `readdir` ends a folder and fails in the same way, with nil; only errno tells them apart.
        var failure: Int32 = 0
        while true {
            errno = 0
            guard let item = readdir(handle) else {
                failure = errno
                break
            }
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(".") { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // Relative to the open folder: the kernel does not walk the whole path again for every file.
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                // A file removed since `readdir` named it is gone; a folder readable but not searchable
                // (r without x) names files it cannot tell anything about.
                if errno == ENOENT { continue }
                failure = errno
                break
            }
            var entry = Entry(path: path, size: Int64(info.st_size), modified: (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)))
            switch info.st_mode & S_IFMT {
            case S_IFDIR: items.append((nil, (name, path)))
            case S_IFREG: items.append((entry, nil))
            case S_IFLNK:
                entry.isLink = true
                items.append((entry, nil))
            default: break
            }
        }
        closedir(handle)
        let folders = items.compactMap(\.folder)
        let walked: [Listing] = folders.count < parallelAbove ? [] : folders.parallelMap { folder in
            var inner = Listing()
            walk(directory + "/" + folder.name, relative: folder.path, opening: open, parallelAbove: parallelAbove, into: &inner)
            return inner
        }
        var next = 0
        for item in items {
            if let entry = item.entry {
                listing.files.append(entry)
            } else if let folder = item.folder {
                if walked.isEmpty {
                    walk(directory + "/" + folder.name, relative: folder.path, opening: open, parallelAbove: parallelAbove, into: &listing)
                } else {
                    listing.files += walked[next].files
                    listing.unlisted += walked[next].unlisted
                    next += 1
                }
            }
        }
        // A folder that could not be read in full is named before what was read in it.
        if failure != 0 { listing.unlisted.insert(UnlistedFolder(path: relative, reason: String(cString: strerror(failure))), at: unlistedBefore) }
    }
}
