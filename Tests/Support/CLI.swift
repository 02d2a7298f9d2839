import Foundation

/// The built `noticeboard` program, run as staff run it, and what it leaves on disk.
package enum CLI {
    package struct Run: Sendable {
        package let status: Int32
        package let stdout: String
        package let stderr: String
    }

    /// The built executable, beside the test bundle.
    package static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let url = folder.appendingPathComponent("noticeboard")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return SiteFixture.repository.appendingPathComponent(".build/debug/noticeboard")
    }()

    package static func run(_ arguments: [String], environment: [String: String] = [:], binary: URL = binary, in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A folder for the program to write (an output, a new site), not made yet, in a scratch folder of its own
    /// that is removed when the tests end: the program keeps its state beside an output (`.out.manifest`,
    /// `.out.pages`, `.out.previous`), which removing the output alone would leave behind.
    package static func temporaryFolder() -> URL {
        let parent = FixtureFiles.scratchFolder("noticeboard-cli")
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        ScratchAtExit.remove(parent)
        return parent.appendingPathComponent("out")
    }

    /// The repository's sample community built by the program, once for every test that only reads it (never
    /// change it: copy it); removed when the tests end. A build that fails fails every test that reads it.
    package static func sampleBuild() throws -> URL { try sample.get() }

    private static let sample = Result { () throws -> URL in
        let out = temporaryFolder()
        let build = try run(["build", "--root", SiteFixture.repository.path, "--out", out.path])
        guard build.status == 0 else { throw FixtureError("the sample must build: \(build.stderr)") }
        return out
    }

    /// Every file under `folder` with its bytes, for comparing whole outputs.
    package static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
