import Foundation

/// What these tests share: the repository, the built program, a run of it, and the sample built once.
/// (The core tests' helpers live in their own target; these are the few the open data's tests need.)
enum OpenDataSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The built executable, beside the test bundle.
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let url = folder.appendingPathComponent("noticeboard")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/noticeboard")
    }()

    /// Runs `executable` (the program by default) and waits for it. Its output goes to files, not pipes: a server
    /// another test starts meanwhile may inherit a pipe's end and keep it open, and reading a pipe to its end would wait for it.
    static func run(_ arguments: [String], executable: URL = binary, in folder: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let folder = temporaryFolder("noticeboard-opendata-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let stdout = (try? Data(contentsOf: outURL)) ?? Data(), stderr = (try? Data(contentsOf: errURL)) ?? Data()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder(_ name: String = "noticeboard-opendata") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The sample community built once for every test that only reads it (never change it: copy it).
    static let sample: URL = {
        let out = temporaryFolder("noticeboard-opendata-sample").appendingPathComponent("public")
        let run = try? OpenDataSupport.run(["build", "--root", repository.path, "--out", out.path])
        precondition(run?.status == 0, "the sample builds: \(run?.stderr ?? "")")
        return out
    }()

    /// A copy of `folder` to change.
    static func copy(_ folder: URL) throws -> URL {
        let copy = temporaryFolder("noticeboard-opendata-copy").appendingPathComponent(folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: copy)
        return copy
    }

    /// A copy of the repository's site root (content, templates, seeds) to change.
    static func siteRoot() throws -> URL {
        let root = temporaryFolder("noticeboard-opendata-root")
        for folder in ["content", "templates", "seeds"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
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
