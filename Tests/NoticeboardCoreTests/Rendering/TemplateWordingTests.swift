import Foundation
import Testing
@testable import NoticeboardCore
import NoticeboardTestSupport

/// The words of the pages are the templates': a district that copies the templates rewords a page by editing
/// them, without a new program; and where a record leaves a part out, the templates' words read as before.
@Suite struct TemplateWordingTests {
    /// One of the words a district may change: where it is written, what it becomes, and where it then shows.
    struct Rewording: Sendable, CustomTestStringConvertible {
        let words: String
        let template: String
        let old: String, new: String
        let page: String
        let expected: [String]
        var changes: @Sendable () throws -> [String: String?] = { [:] }

        var testDescription: String { words }
    }

    static let rewordings: [Rewording] = [
        Rewording(words: "votes", template: "compound.mustache", old: "户同意", new: "户赞成", page: "hexie/index.html",
                  expected: ["民主协商：2021年7月1日，居民议事会，100/120户赞成"]),
        Rewording(words: "buildings", template: "compound.mustache", old: "{{.}}号楼", new: "{{.}}幢", page: "hexie/index.html",
                  expected: ["负责 1幢</p>"]),
        Rewording(words: "election", template: "compound.mustache", old: "居民投票选举：应参加", new: "居民投票：应到", page: "hexie/index.html",
                  expected: ["<p>2021年6月12日居民投票：应到120户，参加100户，赞成90户。</p>"]),
        // October went up on the 20th, after the pack's 10 days: late, in the row, the grid and the legend.
        Rewording(words: "month states", template: "month-state-word.mustache", old: "逾期", new: "迟交", page: "overview/index.html",
                  expected: [#"<span class="state state-late">迟交</span>"#, #"title="迟交">!<span class="word">迟交</span>"#,
                             #"<span class="state state-late">!</span> 迟交"#],
                  changes: { try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "posted: 2026-11-05", "posted: 2026-11-20") }),
        Rewording(words: "month state symbols", template: "month-state-symbol.mustache", old: "✓", new: "√", page: "overview/index.html",
                  expected: [#"title="按时">√<span class="word">按时</span>"#]),
        Rewording(words: "chart summary", template: "year.mustache", old: "{{label}}收入{{income}}、支出{{expenses}}、结余{{closing}}",
                  new: "{{label}}进{{income}}，出{{expenses}}，余{{closing}}", page: "hexie/ledger/2026/index.html",
                  expected: ["9月进¥300.00，出¥2,500.00，余¥800.00；10月进¥3,600.00，出¥0.00，余¥4,400.00。以下表为准。"]),
        Rewording(words: "chart label", template: "year.mustache", old: "年每月收入、支出（柱）和结余（线）", new: "年收支图", page: "hexie/ledger/2026/index.html",
                  expected: [#"role="img" aria-label="2026年收支图"><line class="grid""#]),
        Rewording(words: "page title and crumb", template: "statement.mustache", old: "{{statement.monthLabel}}收支明细{{/", new: "{{statement.monthLabel}}收支公示{{/",
                  page: "hexie/ledger/2026-10/index.html",
                  expected: ["<title>和谐小区 2026年10月收支公示</title>", #"<meta property="og:title" content="和谐小区 2026年10月收支公示">"#,
                             #"<span aria-current="page">2026年10月收支公示</span>"#]),
        Rewording(words: "issuer", template: "issuer.mustache", old: "物业管理委员会", new: "物管会", page: "hexie/ledger/2026-10/print.html",
                  expected: [#"<p class="issuer">和谐小区物管会</p>"#],
                  changes: { try SiteFixture.edit("content/compounds/hexie/compound.yaml", "  name: 和谐小区物业管理委员会\n", "") }),
        Rewording(words: "approval steps", template: "approval.mustache", old: "{{#consultation}}商议{{/consultation}}",
                  new: "{{#consultation}}协商{{/consultation}}", page: "hexie/approvals/A-1/index.html", expected: ["<strong>协商</strong> 2026年8月5日　居民议事会"]),
        Rewording(words: "sheet line heading", template: "statement-sheet-body.mustache", old: "{{#income}}收入 {{incomeLines}} 笔",
                  new: "{{#income}}进账 {{incomeLines}} 笔", page: "hexie/ledger/2026-10/print.html", expected: [#"<th scope="colgroup" colspan="4">进账 1 笔</th>"#]),
        Rewording(words: "QR code label", template: "qr-code.mustache", old: "扫码查看网页版：", new: "扫一扫：", page: "hexie/ledger/2026-10/print.html",
                  expected: [#"aria-label="扫一扫：https://example.org/board/hexie/ledger/2026-10/?v="#]),
    ]

    /// Copies the templates to a site root, changes one word, builds, and finds the new word on the page.
    @Test(arguments: rewordings)
    func aDistrictRewordsAPageByEditingItsTemplate(_ rewording: Rewording) async throws {
        let fixture = try SiteFixture(rewording.changes())
        defer { fixture.remove() }
        let template = fixture.root.appendingPathComponent("templates/\(rewording.template)")
        let text = try String(contentsOf: template, encoding: .utf8)
        try #require(text.contains(rewording.old), "\(rewording.template) says \(rewording.old)")
        try Data(text.replacingOccurrences(of: rewording.old, with: rewording.new).utf8).write(to: template)
        let out = fixture.root.appendingPathComponent("public")
        let result = try await Pipeline(root: fixture.root).build(into: out)
        if case .failed(let check) = result { Issue.record("\(check.diagnostics.map(\.message.zh))") }
        let page = try SiteFixture.read(out, rewording.page)
        for expected in rewording.expected {
            #expect(page.contains(expected), "\(rewording.page) should say \(expected)")
        }
    }

    /// A fee decision without a date, a body, a count in favour, or the households it was put to (FEE-001, here
    /// a warning), reads as the parts it has, joined as before the words moved to the template.
    @Test(arguments: [
        ("{date: 2021-07-01, by: 居民议事会, approved: 100}", "民主协商：2021年7月1日，居民议事会，100户同意</small>"),
        ("{by: 居民议事会, approved: 100, of: 120}", "民主协商：居民议事会，100/120户同意</small>"),
        ("{date: 2021-07-01, approved: 100, of: 120}", "民主协商：2021年7月1日，100/120户同意</small>"),
        ("{approved: 100, of: 120}", "民主协商：100/120户同意</small>"),
        ("{date: 2021-07-01, by: 居民议事会}", "民主协商：2021年7月1日，居民议事会</small>"),
        ("{by: 居民议事会, of: 120}", "民主协商：居民议事会</small>"),
    ])
    func aFeeDecisionReadsAsThePartsItHas(decided: String, expected: String) async throws {
        var changes = try SiteFixture.edit("content/compounds/hexie/compound.yaml",
                                       "decided: {date: 2021-07-01, by: 居民议事会, approved: 100, of: 120}", "decided: \(decided)")
        changes.merge(try SiteFixture.edit("seeds/pack.yaml", "severity: {STN-002: warning}", "severity: {STN-002: warning, FEE-001: warning}")) { $1 }
        let (fixture, out) = try await SiteFixture.built(changes)
        defer { fixture.remove() }
        let page = try SiteFixture.read(out, "hexie/index.html")
        #expect(page.contains(expected), "\(page.components(separatedBy: "\n").filter { $0.contains("民主协商") })")
    }

    /// Where a record leaves a part out, the templates say what the program said before: the committee's
    /// usual name, 委员, the compound's committee as issuer, 未注明原因 (FEE-002, here a warning), 待答复.
    @Test func partsARecordLeavesOutAreWordedByTheTemplates() async throws {
        var changes = try SiteFixture.edit("content/compounds/hexie/compound.yaml", [
            ("  name: 和谐小区物业管理委员会\n", ""), ("{name: 甲书记, role: 主任, party_member", "{name: 甲书记, party_member"),
        ])
        changes.merge(try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "{count: 2, reason: 低保户减免}", "{count: 2}")) { $1 }
        changes.merge(try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "{raised: 照明不足, response: 已加装}", "{raised: 照明不足}")) { $1 }
        changes.merge(try SiteFixture.edit("seeds/pack.yaml", "severity: {STN-002: warning}", "severity: {STN-002: warning, FEE-002: warning}")) { $1 }
        let (fixture, out) = try await SiteFixture.built(changes)
        defer { fixture.remove() }
        let compound = try SiteFixture.read(out, "hexie/index.html")
        #expect(compound.contains("<p>物业管理委员会，党支部书记 甲书记；"))
        #expect(compound.contains(#"<th scope="row" data-label="姓名">甲书记</th><td data-label="职务">委员</td>"#))
        let statement = try SiteFixture.read(out, "hexie/ledger/2026-10/index.html")
        #expect(statement.contains("<dt>发布</dt><dd>和谐小区物业管理委员会</dd>") && statement.contains("<li>免缴：未注明原因 2 户</li>"))
        let sheet = try SiteFixture.read(out, "hexie/ledger/2026-10/print.html")
        #expect(sheet.contains(#"<p class="issuer">和谐小区物业管理委员会</p>"#) && sheet.contains("其中免缴 2 户（未注明原因 2 户）"))
        for page in ["hexie/services/2026-10/print.html", "hexie/ledger/2026/print.html"] {
            #expect(try SiteFixture.read(out, page).contains(#"<p class="issuer">和谐小区物业管理委员会</p>"#), "\(page)")
        }
        #expect(try SiteFixture.read(out, "hexie/evaluations/2026-Q3/index.html").contains(#"<p class="a">答复：待答复</p>"#))
    }
}
