import Foundation
import NoticeboardCore
import NoticeboardFixture
@testable import NoticeboardModel
import Testing
@testable import NoticeboardPublish

/// A small synthetic community (two compounds, from 2024-11) in a temporary folder, its site.yaml naming one
/// publish target, and the real `noticeboard` binary run on it.
struct PublishSite {
    static let baseURL = "https://gongshi.example.cn/city/"

    /// The folder holding the site root and whatever the test puts beside it (targets, servers).
    let folder: URL
    let target: String
    var root: URL { folder.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("public") }

    /// `target` gives the YAML of one item of `publish:` (without its leading `- `) from the test's folder.
    init(months: Int, target: (URL) throws -> String) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-publish-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.target = try target(folder)
        try await write(months: months)
    }

    /// The records of `months` months (a month more adds one to every compound, and changes nothing else).
    func write(months: Int) async throws {
        try await SyntheticCommunity(compounds: 2, months: months).write(to: root)
        let site = root.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: site, encoding: .utf8)
        let indented = target.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n").dropFirst(4)
        try (text + "publish:\n  - \(indented)\n").write(to: site, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// `noticeboard <arguments> --root <root>` in English, with `environment` added.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Spawn.Result {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        return try Spawn.run(Self.binary.path, arguments + ["--root", root.path, "--lang", "en"], environment: env)
    }

    /// Each file of the built site with its SHA-256.
    func digests() throws -> [String: String] {
        try BuiltSite.read(output).files.mapValues(\.sha256)
    }

    /// The built executable, beside the test bundle.
    static let binary: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let url = folder.appendingPathComponent("noticeboard")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/noticeboard")
    }()

    /// An rclone in front of the real one that, on its `call`-th run, starts the real one, kills it (SIGKILL)
    /// 50 ms later and fails: a publish stopped there. The environment to give `noticeboard` for it.
    func killingRclone(atCall call: Int) throws -> [String: String] {
        let bin = folder.appendingPathComponent("killer-\(call)")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let counter = bin.appendingPathComponent("count")
        let script = bin.appendingPathComponent("rclone")
        try """
            #!/bin/sh
            n=$(( $(cat "\(counter.path)" 2>/dev/null || echo 0) + 1 ))
            echo $n > "\(counter.path)"
            if [ "$n" -eq \(call) ]; then
              "\(try Programs.require("rclone"))" "$@" & pid=$!
              sleep 0.05
              kill -9 $pid 2>/dev/null
              wait $pid
              exit 137
            fi
            exec "\(try Programs.require("rclone"))" "$@"

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }
}

/// A copy of what a target holds, as files in a folder, and what a resident following links would find there.
struct TargetFiles {
    let folder: URL

    /// Every file under the folder with its bytes.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// Links that lead nowhere, on the pages a resident can reach from the home page: `page → target`.
    func brokenLinks(baseURL: String = PublishSite.baseURL) -> [String] {
        let files = snapshot(), links = PageLinks(baseURL: baseURL)
        guard files["index.html"] != nil else { return [] }
        var seen: Set<String> = ["index.html"], queue = ["index.html"], broken: [String] = []
        while let page = queue.popLast() {
            guard page.hasSuffix(".html"), let bytes = files[page] else { continue }
            for target in links.targets(of: page, bytes).sorted() {
                if files[target] == nil { broken.append("\(page) → \(target)") } else if seen.insert(target).inserted { queue.append(target) }
            }
        }
        return broken
    }

    /// Paths whose bytes differ from `digests` (the built site), or are missing.
    func differences(from digests: [String: String]) -> [String] {
        let files = snapshot()
        return digests.keys.sorted().filter { path in
            files[path].map { $0.withUnsafeBytes { SHA256.hash($0) }.hexDigits } != digests[path]
        }
    }
}
