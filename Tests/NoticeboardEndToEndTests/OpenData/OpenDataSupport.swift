import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardTestSupport

/// What the open data's tests share besides the support library: other programs (frictionless, GNU parallel,
/// Python's HTTP server), copies of the sample to change.
enum OpenDataSupport {
    /// A copy of `folder` to change, in a scratch folder removed when the tests end.
    static func copy(_ folder: URL) throws -> URL {
        let copy = CLI.temporaryFolder()
        try FileManager.default.copyItem(at: folder, to: copy)
        return copy
    }

    /// A copy of the repository's site root (content, templates, seeds) to change, removed when the tests end.
    static func siteRoot() throws -> URL {
        let root = FixtureFiles.scratchFolder("noticeboard-opendata")
        ScratchAtExit.remove(root)
        for folder in ["content", "templates", "seeds"] {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// A tool other programs use (frictionless, GNU parallel): its path, or nil. Without it the test is skipped,
    /// visibly, unless `CI` is set: there it must be installed (`scripts/install-packages.sh --for-tests`).
    static func tool(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// A free TCP port on 127.0.0.1.
    static func freePort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    /// `python3 -m http.server` serving `folder` on 127.0.0.1 at a free port, until `stop`.
    final class Server {
        let process = Process()
        let port = freePort()
        var base: String { "http://127.0.0.1:\(port)/" }

        init(serving folder: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", folder.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Ready when it answers (at most 10 s).
            for _ in 0..<100 {
                if (try? Data(contentsOf: URL(string: base + "datapackage.json")!)) != nil { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }

        /// SIGKILL: a child of the test runner may have inherited SIGTERM ignored.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
