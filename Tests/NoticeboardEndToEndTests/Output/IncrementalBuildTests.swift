import Foundation
import Testing
import NoticeboardCore
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOpenData
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
import NoticeboardTestSupport

/// Builds after a change render only the pages whose inputs changed, and their output is exactly
/// what a build from nothing gives: nothing stale survives, nothing edited by hand is kept.
@Suite struct IncrementalBuildTests {
    /// Builds the fixture into `out` (default `public/`); returns how many pages were rendered.
    static func build(_ fixture: SiteFixture, into out: URL? = nil) throws -> Int {
        var arguments = ["build", "--root", fixture.root.path]
        if let out { arguments += ["--out", out.path] }
        let run = try CLI.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        guard let match = run.stdout.firstMatch(of: /渲染 (\d+) 页/) else {
            Issue.record("no rendered count in \(run.stdout)")
            return -1
        }
        return Int(match.1)!
    }

    /// What a build from nothing gives for the fixture as it is now.
    static func fromScratch(_ fixture: SiteFixture) throws -> [String: Data] {
        let out = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try build(fixture, into: out)
        return try CLI.snapshot(out)
    }

    static func write(_ text: String, _ path: String, in fixture: SiteFixture) throws {
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent(path))
    }

    @Test func aChangedStatementRendersOnlyThePagesItReaches() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let all = try Self.build(fixture)
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        try Self.write(try SiteFixture.edit(path, "item: 10-12月卫生费", "item: 10—12月卫生费")[path]!!, path, in: fixture)
        let rendered = try Self.build(fixture)
        // The statement's page and sheet, the month's bundle, and nothing of September, the other compounds or notices.
        #expect(rendered >= 3 && rendered < all / 2, "\(rendered) of \(all)")
        let page = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/print.html"), encoding: .utf8)
        #expect(page.contains("10—12月卫生费"))
        #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture))
    }

    /// A record's data goes with its page: a changed statement gives its month's and its year's data new keys, and
    /// the package, which lists every data file's SHA-256 as written; the other data keep theirs. A change that
    /// reaches no data carries the package over.
    @Test func aChangedStatementChangesItsDataAndThePackageOnly() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        func dataKeys() throws -> [String: String] {
            let index = try String(contentsOf: PageIndex.location(for: out), encoding: .utf8)
            return Dictionary(uniqueKeysWithValues: index.split(separator: "\n").dropFirst(2).map { $0.split(separator: "\t") }
                .filter { $0[0].hasSuffix(".json") || $0[0].hasSuffix(".csv") }.map { (String($0[0]), String($0[1])) })
        }
        _ = try Self.build(fixture)
        let before = try dataKeys()
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        try Self.write(try SiteFixture.edit(path, "item: 10-12月卫生费", "item: 10—12月卫生费")[path]!!, path, in: fixture)
        _ = try Self.build(fixture)
        let after = try dataKeys()
        #expect(Set(after.keys) == Set(before.keys))
        #expect(Set(after.keys.filter { before[$0] != after[$0] })
                == ["hexie/ledger/2026-10/data.json", "hexie/ledger/2026-10/data.csv", "hexie/ledger/2026/data.csv", "datapackage.json"])
        let package = try JSONDecoder().decode(DataPackage.self, from: Data(contentsOf: out.appendingPathComponent("datapackage.json")))
        for resource in package.resources {
            let bytes = try Data(contentsOf: out.appendingPathComponent(resource.path))
            #expect(resource.sha256 == bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits, "\(resource.path)")
        }
        try Self.write(try SiteFixture.text("content/notices/tongzhi.md").replacingOccurrences(of: "。", with: "！"), "content/notices/tongzhi.md", in: fixture)
        _ = try Self.build(fixture)
        // A file whose key is the one recorded is carried over, not rendered.
        #expect(try dataKeys() == after)
        #expect(try CLI.snapshot(out) == Self.fromScratch(fixture))
    }

    @Test func aChangedTemplateRendersEveryPage() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let all = try Self.build(fixture)
        let footer = fixture.root.appendingPathComponent("templates/footer.mustache")
        try (String(contentsOf: footer, encoding: .utf8) + "<!-- 新页脚 -->\n").write(to: footer, atomically: true, encoding: .utf8)
        #expect(try Self.build(fixture) == all)
        #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture))
    }

    @Test func aPageEditedByHandIsRenderedAgain() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        _ = try Self.build(fixture)
        let out = fixture.root.appendingPathComponent("public")
        let original = try CLI.snapshot(out)
        try Data("<p>改过的页面</p>".utf8).write(to: out.appendingPathComponent("hexie/index.html"))
        // Any change of the inputs makes the build run; the page's own key did not change.
        try Self.write(try SiteFixture.text("content/notices/tongzhi.md") + "\n", "content/notices/tongzhi.md", in: fixture)
        _ = try Self.build(fixture)
        #expect(try CLI.snapshot(out) == original)
    }

    @Test func removedRecordsLeaveNoPagesBehind() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        _ = try Self.build(fixture)
        try Self.write(try SiteFixture.text("content/notices/tongzhi.md") + "\n", "content/notices/tongzhi.md", in: fixture)
        _ = try Self.build(fixture)  // the first output is now kept beside public/ for the next build to reuse
        let kept = fixture.root.appendingPathComponent(".public.previous")
        #expect(FileManager.default.fileExists(atPath: kept.path))
        try Data("stray".utf8).write(to: kept.appendingPathComponent("stray.html"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/compounds/hexie/notices/gongyue.md"))
        _ = try Self.build(fixture)
        let out = fixture.root.appendingPathComponent("public")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("hexie/notices/gongyue/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("stray.html").path))
        #expect(try CLI.snapshot(out) == Self.fromScratch(fixture))
    }

    /// Monthly pages are carried over by the digests of the files they are made from (`MonthlyReads`, `MonthlySources`),
    /// without their values being made: after every kind of edit those files can take, one after another,
    /// the output is exactly what a build from nothing gives.
    @Test func everyEditAMonthlyPageReadsRebuildsIt() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let all = try Self.build(fixture)
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let url = fixture.root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(path) has no \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        let edits: [(String, () throws -> Void)] = [
            ("a new month", {
                try Self.write("month: 2026-11\nopening: \"4,400.00\"\nincome: []\nexpenses: []\nclosing: \"4,400.00\"\nprepared_by: 戊委员\nchecked_by: [辛监督]\n",
                               "content/compounds/hexie/ledger/2026-11.yaml", in: fixture)
                try Self.write(try SiteFixture.text("content/compounds/hexie/services/2026-10.md").replacingOccurrences(of: "2026-10", with: "2026-11"),
                               "content/compounds/hexie/services/2026-11.md", in: fixture)
            }),
            ("an earlier month's line, which every later month's code chains", {
                try edit("content/compounds/hexie/ledger/2026-09.yaml", "voucher: S-1}", "voucher: S-01}")
            }),
            ("the compound's name", { try edit("content/compounds/hexie/compound.yaml", "name: 和谐小区\n", "name: 和谐家园\n") }),
            ("the committee's name, the statements' issuer", {
                try edit("content/compounds/hexie/compound.yaml", "name: 和谐小区物业管理委员会", "name: 和谐小区物管会")
            }),
            ("the community's name", { try edit("content/site.yaml", "community: 测试社区", "community: 试验社区") }),
            ("the newest month turned back into a draft", {
                try edit("content/compounds/hexie/ledger/2026-11.yaml", "month: 2026-11\n", "month: 2026-11\ndraft: true\n")
            }),
            ("the draft month's service list removed", {
                try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/compounds/hexie/services/2026-11.md"))
            }),
        ]
        for (index, (what, change)) in edits.enumerated() {
            try change()
            let rendered = try Self.build(fixture)
            // A new month leaves the months before the one it follows as they were.
            if index == 0 { #expect(rendered < all, "\(what): \(rendered) of \(all) rendered") }
            #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture), "\(what)")
        }
    }

    /// A new month changes the page of the month before it (its link to the next month), but not that month's
    /// sheet or the month's bundle: paper has no links, so their keys stay and they are not rendered again.
    @Test func aNewMonthLeavesTheSheetsBeforeItAlone() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        func keys() throws -> [String: String] {
            let index = try String(contentsOf: fixture.root.appendingPathComponent(".public.pages"), encoding: .utf8)
            return Dictionary(index.split(separator: "\n").dropFirst(2).map { line in
                let fields = line.split(separator: "\t")
                return (String(fields[0]), String(fields[1]))
            }, uniquingKeysWith: { first, _ in first })
        }
        _ = try Self.build(fixture)
        let before = try keys()
        try Self.write("month: 2026-11\nopening: \"4,400.00\"\nincome: []\nexpenses: []\nclosing: \"4,400.00\"\nprepared_by: 戊委员\nchecked_by: [辛监督]\n",
                       "content/compounds/hexie/ledger/2026-11.yaml", in: fixture)
        try Self.write(try SiteFixture.text("content/compounds/hexie/services/2026-10.md").replacingOccurrences(of: "2026-10", with: "2026-11"),
                       "content/compounds/hexie/services/2026-11.md", in: fixture)
        _ = try Self.build(fixture)
        let after = try keys()
        for page in ["hexie/ledger/2026-10/print.html", "print/2026-10/index.html"] {
            #expect(before[page] != nil && before[page] == after[page], "\(page) would be rendered again")
        }
        #expect(before["hexie/ledger/2026-10/index.html"] != after["hexie/ledger/2026-10/index.html"], "the page links to the new month")
        #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.fromScratch(fixture))
    }
}
