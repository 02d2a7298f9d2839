import Foundation
import Testing

/// Builds after a change render only the pages whose inputs changed, and their output is exactly
/// what a build from nothing gives: nothing stale survives, nothing edited by hand is kept.
@Suite struct IncrementalBuildTests {
    /// Builds the fixture into `out` (default `public/`); returns how many pages were rendered.
    static func build(_ fixture: SiteFixture, into out: URL? = nil) throws -> Int {
        var arguments = ["build", "--root", fixture.root.path]
        if let out { arguments += ["--out", out.path] }
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        guard let match = run.stdout.firstMatch(of: /渲染 (\d+) 页/) else {
            Issue.record("no rendered count in \(run.stdout)")
            return -1
        }
        return Int(match.1)!
    }

    /// What a build from nothing gives for the fixture as it is now.
    static func fromScratch(_ fixture: SiteFixture) throws -> [String: Data] {
        let out = CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try build(fixture, into: out)
        return try CommandLineTests.snapshot(out)
    }

    static func write(_ text: String, _ path: String, in fixture: SiteFixture) throws {
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent(path))
    }

    @Test func aChangedStatementRendersOnlyThePagesItReaches() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let all = try Self.build(fixture)
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        try Self.write(SiteFixture.edit(path, "item: 10-12月卫生费", "item: 10—12月卫生费")[path]!!, path, in: fixture)
        let rendered = try Self.build(fixture)
        // The statement's page and sheet, the month's bundle, and nothing of September, the other compounds or notices.
        #expect(rendered >= 3 && rendered < all / 2, "\(rendered) of \(all)")
        let page = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/print.html"), encoding: .utf8)
        #expect(page.contains("10—12月卫生费"))
        #expect(try CommandLineTests.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture))
    }

    @Test func aChangedTemplateRendersEveryPage() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let all = try Self.build(fixture)
        let footer = fixture.root.appendingPathComponent("templates/footer.mustache")
        try (String(contentsOf: footer, encoding: .utf8) + "<!-- 新页脚 -->\n").write(to: footer, atomically: true, encoding: .utf8)
        #expect(try Self.build(fixture) == all)
        #expect(try CommandLineTests.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture))
    }

    @Test func aPageEditedByHandIsRenderedAgain() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        _ = try Self.build(fixture)
        let out = fixture.root.appendingPathComponent("public")
        let original = try CommandLineTests.snapshot(out)
        try Data("<p>改过的页面</p>".utf8).write(to: out.appendingPathComponent("hexie/index.html"))
        // Any change of the inputs makes the build run; the page's own key did not change.
        try Self.write(SiteFixture.files["content/notices/tongzhi.md"]! + "\n", "content/notices/tongzhi.md", in: fixture)
        _ = try Self.build(fixture)
        #expect(try CommandLineTests.snapshot(out) == original)
    }

    @Test func removedRecordsLeaveNoPagesBehind() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        _ = try Self.build(fixture)
        try Self.write(SiteFixture.files["content/notices/tongzhi.md"]! + "\n", "content/notices/tongzhi.md", in: fixture)
        _ = try Self.build(fixture)  // the first output is now kept beside public/ for the next build to reuse
        let kept = fixture.root.appendingPathComponent(".public.previous")
        #expect(FileManager.default.fileExists(atPath: kept.path))
        try Data("stray".utf8).write(to: kept.appendingPathComponent("stray.html"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/compounds/hexie/notices/gongyue.md"))
        _ = try Self.build(fixture)
        let out = fixture.root.appendingPathComponent("public")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("hexie/notices/gongyue/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("stray.html").path))
        #expect(try CommandLineTests.snapshot(out) == Self.fromScratch(fixture))
    }
}
