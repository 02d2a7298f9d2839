import Foundation
import Testing
@testable import NoticeboardChecks
import NoticeboardCore
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
import NoticeboardTestSupport

/// End-to-end runs of the real `noticeboard` binary: output, exit status, what it leaves on disk.
@Suite struct CommandLineTests {
    /// The program allocates through jemalloc, with its own settings (Heap, CJemalloc): jemalloc, asked to print
    /// its statistics as the program ends, names the one arena and the decay the program's `malloc_conf` sets.
    @Test func theProgramAllocatesThroughJemallocWithItsSettings() throws {
        let run = try CLI.run(["--help"], environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("opt.narenas: 1"))
        #expect(run.stderr.contains("opt.dirty_decay_ms: 200"))
    }

    static let pageKinds = [
        "index.html", "sitemap.xml", "xinyuan/index.html", "xinyuan/ledger/2026-10/index.html",
        "xinyuan/ledger/2026-10/print.html", "xinyuan/services/2026-10/index.html", "xinyuan/services/2026-10/print.html",
        "xinyuan/approvals/A-2026-07/index.html", "xinyuan/evaluations/2026-Q3/index.html", "yizhong-sushe/households/index.html",
        "yizhong-sushe/households/print.html", "xinyuan/notices/jumin-gongyue/index.html", "notices/weiyuan-caiwu-gongkai/index.html",
        "print/2026-10/index.html",
    ]

    @Test func buildOfTheSampleWritesEveryPageKindAndIsReproducible() throws {
        let out = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let first = try CLI.run(["build", "--root", SiteFixture.repository.path, "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("43 个小区"))
        for page in Self.pageKinds {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page)")
        }
        let bytes = try CLI.snapshot(out)
        let indexDate = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("index.html").path)[.modificationDate] as? Date

        let second = try CLI.run(["build", "--root", SiteFixture.repository.path, "--out", out.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("没有变化"), "nothing changed, nothing done: \(second.stdout)")
        #expect(try CLI.snapshot(out) == bytes)

        // Without the manifest the build runs in full: the same bytes, and unchanged files are not rewritten.
        try FileManager.default.removeItem(at: out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).manifest"))
        let third = try CLI.run(["build", "--root", SiteFixture.repository.path, "--out", out.path])
        #expect(third.stdout.contains("写入 0，"), "\(third.stdout)")
        #expect(try CLI.snapshot(out) == bytes, "the same input gives byte-identical output")
        let laterDate = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("index.html").path)[.modificationDate] as? Date
        #expect(indexDate == laterDate, "an unchanged file is not rewritten")
    }

    @Test func aChangeAfterABuildIsBuilt() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let compound = fixture.root.appendingPathComponent("content/compounds/hexie/compound.yaml")
        let text = try String(contentsOf: compound, encoding: .utf8)
        try text.replacingOccurrences(of: "name: 和谐小区\n", with: "name: 和谐新村\n").write(to: compound, atomically: true, encoding: .utf8)
        let rebuilt = try CLI.run(["build", "--root", fixture.root.path])
        #expect(!rebuilt.stdout.contains("没有变化"))
        #expect(try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/index.html"), encoding: .utf8).contains("<h1>和谐新村</h1>"))
    }

    @Test func failedBuildLeavesThePreviousOutputUntouched() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let before = try CLI.snapshot(out)
        try Data("month: 2026-10\nopening: 壹仟\n".utf8).write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-10.yaml"))
        let failed = try CLI.run(["build", "--root", fixture.root.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/compounds/hexie/ledger/2026-10.yaml:2:10: error[IN-003]"), "\(failed.stderr)")
        #expect(failed.stderr.contains("public/ 未改动"))
        #expect(try CLI.snapshot(out) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.hasPrefix(".public") && $0.hasSuffix(".staging") }, "no staging folder is left behind: \(siblings)")
    }

    @Test func buildRefusesToReplaceAFolderItDidNotWrite() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let precious = fixture.root.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: precious.appendingPathComponent("notes.txt"))
        let run = try CLI.run(["build", "--root", fixture.root.path, "--out", precious.path])
        #expect(run.status == 2)
        #expect(try String(contentsOf: precious.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func checkPrintsSortedJSON() throws {
        var changes = try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "amount: 3600", "amount: 3600.001")
        changes.merge(try SiteFixture.edit("content/compounds/hexie/compound.yaml", "buildings: 2", "bulidings: 2")) { a, _ in a }
        let fixture = try SiteFixture(changes)
        defer { fixture.remove() }
        let run = try CLI.run(["check", "--root", fixture.root.path, "--format", "json"])
        #expect(run.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items.map { $0["file"] as? String } == ["content/compounds/hexie/compound.yaml", "content/compounds/hexie/ledger/2026-10.yaml"])
        #expect(items.map { $0["rule"] as? String } == ["IN-002", "IN-003"])
        #expect(items.first?["line"] as? Int == 3 && items.first?["column"] as? Int == 1)
        #expect(Set(items.first?.keys.map { $0 } ?? []) == ["file", "line", "column", "severity", "rule", "message"])
    }

    @Test func checkSpeaksEnglishWhenAsked() throws {
        let fixture = try SiteFixture(try SiteFixture.edit("content/compounds/hexie/compound.yaml", "buildings: 2", "bulidings: 2"))
        defer { fixture.remove() }
        let flag = try CLI.run(["check", "--root", fixture.root.path, "--lang", "en"])
        #expect(flag.stdout.contains("unknown key bulidings; did you mean buildings?"), "\(flag.stdout)")
        let env = try CLI.run(["check", "--root", fixture.root.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(env.stdout.contains("did you mean buildings?"))
        #expect(env.status == 1)
    }

    /// `--lang` and `--root` work before the command as after it, in either spelling.
    @Test func sharedOptionsWorkBeforeTheCommand() throws {
        let fixture = try SiteFixture(try SiteFixture.edit("content/compounds/hexie/compound.yaml", "buildings: 2", "bulidings: 2"))
        defer { fixture.remove() }
        let root = fixture.root.path
        for arguments in [["--lang", "en", "check", "--root", root], ["--root", root, "--lang=en", "check"], ["--root=\(root)", "check", "--lang", "en"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 1 && run.stdout.contains("did you mean buildings?"), "\(arguments): \(run.status) \(run.stdout) \(run.stderr)")
        }
        #expect(try CLI.run(["--lang", "en", "chekc"]).stderr.contains("did you mean check?"))
    }

    /// `check` reads the templates as `build` does: a typo in one fails both, with the same message and status.
    @Test func aTemplateTypoFailsCheckAsItFailsBuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let template = fixture.root.appendingPathComponent("templates/notice.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try text.replacingOccurrences(of: "{{", with: "{{titel}}{{", options: [], range: text.range(of: "{{")).write(to: template, atomically: true, encoding: .utf8)
        let check = try CLI.run(["check", "--root", fixture.root.path])
        let build = try CLI.run(["build", "--root", fixture.root.path])
        #expect(check.status == 2 && build.status == 2, "\(check.stderr)")
        #expect(check.stderr.contains("templates/notice.mustache:") && check.stderr.contains("没有名为 {{titel}} 的值"), "\(check.stderr)")
        #expect(check.stderr == build.stderr, "the same words for the same fault")
        #expect(try CLI.run(["check", "--root", fixture.root.path, "--format", "json"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path))
    }

    @Test func cleanCheckExitsZero() throws {
        let run = try CLI.run(["check", "--root", SiteFixture.repository.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.isEmpty)
    }

    @Test func usageAndInputOutputFailuresExitTwo() throws {
        #expect(try CLI.run(["check", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["build", "--base-url", "example.org"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        let missing = try CLI.run(["check", "--root", CLI.temporaryFolder().path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("content/"))
        #expect(try CLI.run(["--help"]).status == 0)
    }

    @Test func baseURLFlagOverridesSiteYAML() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://board.example.net/x/"]).status == 0)
        let sitemap = try String(contentsOf: fixture.root.appendingPathComponent("public/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://board.example.net/x/hexie/</loc>"))
    }
}
