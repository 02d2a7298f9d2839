import Foundation
import Testing
import NoticeboardTestSupport
@testable import NoticeboardOpenData

/// `noticeboard portal`: the 街道's page over many boards, from their published data alone.
@Suite struct PortalTests {
    /// Two boards (the sample, and a second 社区 made by `init`), one served over HTTP: every compound of both is named.
    @Test func aPortalOverTwoBoardsNamesEveryCompoundOfBoth() throws {
        let work = CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let songyuan = work.appendingPathComponent("songyuan")
        #expect(try CLI.run(["init", songyuan.path, "--community", "松园社区", "--base-url", "https://gongshi.example.cn/songyuan/"]).status == 0)
        #expect(try CLI.run(["build", "--root", songyuan.path]).status == 0)
        let server = try OpenDataSupport.Server(serving: songyuan.appendingPathComponent("public"))
        defer { server.stop() }
        let out = work.appendingPathComponent("street")
        let run = try CLI.run(["portal", "--out", out.path, try CLI.sampleBuild().path, server.base])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for board in [try CLI.sampleBuild(), songyuan.appendingPathComponent("public")] {
            let overview = try JSONDecoder().decode(OverviewData.self, from: Data(contentsOf: board.appendingPathComponent("overview/data.json")))
            #expect(!overview.compounds.isEmpty)
            for row in overview.compounds {
                #expect(page.contains(">\(row.name)</a>"), "\(row.name)")
                #expect(page.contains("href=\"\(overview.baseURL)\(row.compound)/\""), "linked to its board: \(row.compound)")
            }
        }
        #expect(page.contains("永康北路社区") && page.contains("松园社区") && page.contains("需要关注"))
        // The stylesheet under its digest's name, as a build names it, and linked.
        let stylesheet = try #require(page.firstMatch(of: #/href="(style\.[0-9a-f]{8}\.css)"/#)?.output.1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(String(stylesheet)).path))
        // Built again into the same folder: it is the tool's, and replaced.
        #expect(try CLI.run(["portal", "--out", out.path, try CLI.sampleBuild().path]).status == 0)
        // A folder the tool did not write is refused.
        let foreign = work.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: foreign.appendingPathComponent("blog.html"))
        #expect(try CLI.run(["portal", "--out", foreign.path, try CLI.sampleBuild().path]).status == 2)
    }

    /// As the README says a city is built: each 社区 an independent job under GNU parallel, then the portal over
    /// their outputs.
    @Test func threeCommunitiesBuiltWithParallelAndThePortalOverThem() throws {
        guard let parallel = OpenDataSupport.tool("parallel") else {
            #expect(!OpenDataSupport.inCI, "GNU parallel is missing: scripts/install-packages.sh --for-tests installs it")
            print("⚠︎ skipped: GNU parallel is not installed (apt-get install parallel)")
            return
        }
        let work = CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let names = ["songyuan": "松园社区", "zhuyuan": "竹园社区", "meiyuan": "梅园社区"]
        for (slug, name) in names {
            let made = try CLI.run(["init", work.appendingPathComponent(slug).path, "--community", name, "--base-url", "https://gongshi.example.cn/\(slug)/"])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let built = try CLI.run(["--will-cite", "--halt", "now,fail=1", "-j", "2", CLI.binary.path + " build --root {}", ":::"]
                                                + names.keys.sorted().map { work.appendingPathComponent($0).path }, binary: parallel)
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        let out = work.appendingPathComponent("street")
        let portal = try CLI.run(["portal", "--out", out.path] + names.keys.sorted().map { work.appendingPathComponent("\($0)/public").path })
        #expect(portal.status == 0, "\(portal.stderr)")
        #expect(portal.stdout.contains("3 个社区"))
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for name in names.values { #expect(page.contains(name)) }
    }
}
