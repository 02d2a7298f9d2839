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

    /// `python3 -m http.server` serving `folder` on 127.0.0.1, on the port the system gives it, until `stop`.
    final class Server {
        let process = Process()
        let port: Int
        var base: String { "http://127.0.0.1:\(port)/" }

        /// Waits until it says where it listens (at most 10 s): `Serving HTTP on 127.0.0.1 port 38999 …`.
        init(serving folder: URL) throws {
            let log = CLI.temporaryFolder().deletingLastPathComponent().appendingPathComponent("http.log")
            guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw FixtureError("cannot make \(log.path)") }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 {
                if let said = try? String(contentsOf: log, encoding: .utf8), let match = said.firstMatch(of: /port (\d+)/), let port = Int(match.1) {
                    self.port = port
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            kill(process.processIdentifier, SIGKILL)
            throw FixtureError("python3 -m http.server did not start")
        }

        /// SIGKILL: a child of the test runner may have inherited SIGTERM ignored.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
