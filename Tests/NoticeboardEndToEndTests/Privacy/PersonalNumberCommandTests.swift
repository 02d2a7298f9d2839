import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Personal numbers through the program: masked in what it prints and in every page it writes.
@Suite struct PersonalNumberCommandTests {
    static let notice = "content/notices/tongzhi.md"

    @Test func theBuildStopsAndPrintsOnlyTheMaskedName() throws {
        let fixture = try SiteFixture(["content/notices/13812345678.md": "---\ntitle: 通知\ndate: 2026-09-25\n---\n正文\n"])
        defer { fixture.remove() }
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/notices/138****5678.md:1:1: error[IN-004]"), "\(run.stderr)")
        #expect(!(run.stdout + run.stderr).contains("13812345678"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path))
    }

    /// A number inside a name, followed on the page by the template's own digits (`2026年10月`), is masked
    /// all the same: the value is masked before the template puts anything around it.
    @Test func aNumberInsideANameIsMaskedOnEveryPage() throws {
        let fixture = try SiteFixture(try edits(
            try SiteFixture.edit("content/compounds/hexie/compound.yaml", "name: 和谐小区\n", "name: 和谐小区13812345678\n"),
            [Self.notice: "---\ntitle: 收费通知\ndate: 2026-09-25\n---\n请联系 138-1234-5678 或 １３９１２３４５６７８。\n"]))
        defer { fixture.remove() }
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try CLI.snapshot(fixture.root.appendingPathComponent("public"))
        var sawMask = false
        for (path, bytes) in pages where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("13812345678") && !text.contains("1234-5678") && !text.contains("１２３４５６７８"), "\(path)")
            sawMask = sawMask || text.contains("和谐小区138****5678")
        }
        #expect(sawMask)
        let notice = String(decoding: pages["/notices/tongzhi/index.html"] ?? Data(), as: UTF8.self)
        #expect(notice.contains("138-****-5678") && notice.contains("１３９****５６７８"), "\(notice)")
    }
}
