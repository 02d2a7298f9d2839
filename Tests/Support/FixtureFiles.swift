import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Reading and writing the files of test sites. Writes go through plain POSIX calls: Foundation's
/// `Data.write(to:)` flushes every file to disk (`fsync`), which on a busy disk made a fixture of forty small
/// files take longer than checking it. A test site is scratch; nothing of it needs to survive a power cut.
package enum FixtureFiles {
    /// Where test sites go: the folder `TMPDIR` names when it is set; else `/dev/shm` (memory) when there is
    /// one to write to, since a build flushes its state files to disk and on a disk busy with other work each
    /// flush waits its turn (the fast tests took 115 s on the disk and 31 s in memory, on a 2-core machine shared
    /// with other builds); else the system's temporary folder.
    package static let scratch: URL = {
        if let set = ProcessInfo.processInfo.environment["TMPDIR"], !set.isEmpty { return URL(fileURLWithPath: set, isDirectory: true) }
        if access("/dev/shm", W_OK | X_OK) == 0 { return URL(fileURLWithPath: "/dev/shm", isDirectory: true) }
        return FileManager.default.temporaryDirectory
    }()

    /// A new folder name for a test site (the folder is not made).
    package static func scratchFolder(_ prefix: String = "noticeboard") -> URL {
        scratch.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// Every file under `folder`, by its path from there, with its bytes.
    package static func read(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw FixtureError("cannot read \(folder.path)")
        }
        while let url = walker.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { throw FixtureError("\(path) is not under \(base)") }
            files[String(path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        guard !files.isEmpty else { throw FixtureError("no files in \(folder.path)") }
        return files
    }

    /// Writes `bytes` as the file at `url`, replacing it, making the folders it needs; without `fsync`.
    package static func write(_ bytes: Data, to url: URL) throws {
        var fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw FixtureError("cannot write \(url.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw FixtureError("cannot write \(url.path): \(String(cString: strerror(errno)))") }
                written += n
            }
        }
    }

    package static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }
}

/// Scratch folders that outlive a test (a site built once for several), removed when the process ends.
package enum ScratchAtExit {
    private static let folders = Mutex<[URL]>([])

    package static func remove(_ folder: URL) {
        let first = folders.withLock { folders in
            folders.append(folder)
            return folders.count == 1
        }
        if first { atexit { ScratchAtExit.removeAll() } }
    }

    private static func removeAll() {
        for folder in folders.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
    }
}
