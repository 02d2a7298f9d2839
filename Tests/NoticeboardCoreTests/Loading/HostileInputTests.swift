import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Input meant to break the tool, or that would by accident: every case ends in a positioned diagnostic
/// or a clear refusal, never a crash, a hang, or a read outside the site root.
@Suite struct HostileInputTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let ledger = "content/compounds/hexie/ledger/2026-10.yaml"
    static let notice = "content/notices/tongzhi.md"

    /// The fixture with hexie's October statement moved to `month` (its file, its month and dates) and posted on `posted`.
    static func october(movedTo month: String, posted: String) throws -> [String: String?] {
        let october = try SiteFixture.text(ledger)
        return [ledger: nil, "content/compounds/hexie/ledger/\(month).yaml": october.replacingOccurrences(of: "2026-10", with: month)
            .replacingOccurrences(of: "posted: 2026-11-05", with: "posted: \(posted)")]
    }

    // The last month a record may name: the months after it are counted, never made (3000-01 trapped before).

    @Test func aStatementOfTheLastMonthARecordMayNameIsCheckedWithoutATrap() async throws {
        let d = try await findings(try Self.october(movedTo: "2999-12", posted: "2999-12-31"))
        let missing = try #require(d.first { $0.rule == .fin003 }, "the months between are missing")
        #expect(missing.message.zh.contains("缺少 2026-10 至 2999-11 这 11678 个月的收支明细") && missing.message.zh.contains("年份是否写错"), "a span, not 11,678 months")
        #expect(missing.message.zh.count < 200)
    }

    /// Four months missing are a span with their count; under a year apart, no word about the year.
    @Test func aFewMonthsMissingAreASpan() async throws {
        let missing = try #require(try await findings(try Self.october(movedTo: "2027-02", posted: "2027-03-05")).first { $0.rule == .fin003 })
        #expect(missing.message.zh.contains("缺少 2026-10 至 2027-01 这 4 个月的收支明细") && !missing.message.zh.contains("年份"), "\(missing.message.zh)")
        #expect(missing.message.en.contains("2026-10 to 2027-01 (4 months)"), "\(missing.message.en)")
    }

    // Numbers past any record's size: IN-003 with the bound, and no sum can trap.

    @Test func aNineteenDigitCountIsIN003WithTheBound() async throws {
        let changes = try SiteFixture.edit(Self.compound, "eligible: 120", "eligible: 9999999999999999999")
        let d = try await findings(changes)
        let at = try position(of: "9999999999999999999", in: Self.compound, after: changes)
        expectOne(d, .in003, Self.compound, at.line, at.column, containing: "超出范围", "100,000")
    }

    @Test func aCountJustPastTheBoundIsIN003() async throws {
        let changes = try SiteFixture.edit(Self.ledger, "due: 120", "due: 100001")
        let d = try await findings(changes)
        let at = try position(of: "100001", in: Self.ledger, after: changes)
        expectOne(d, .in003, Self.ledger, at.line, at.column, containing: "最大为 100,000")
    }

    @Test func anAmountPastAHundredMillionYuanIsIN003() async throws {
        let changes = try SiteFixture.edit(Self.ledger, "amount: 3600", "amount: 100000000.01")
        let d = try await findings(changes)
        let at = try position(of: "100000000.01", in: Self.ledger, after: changes)
        expectOne(d, .in003, Self.ledger, at.line, at.column, containing: "¥100,000,000.00")
    }

    /// Found by the fuzz test: a compound with no buildings made an empty range of building numbers.
    @Test func aCompoundWithNoBuildingsIsACheckedFindingNotATrap() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2", "buildings: 0"))
        #expect(d.map(\.rule) == [.org004], "\(d.map(\.message.zh))")
    }

    @Test func sumsNeverTrap() {
        let most = Money(fen: .max)
        #expect((most + Money(fen: 1)).fen == .max)
        #expect((Money(fen: .min) - Money(fen: 1)).fen == .min)
    }

    // YAML read through libyaml's events: what records never need is refused where it is written.

    @Test func anAliasBombIsRefusedAtItsFirstAnchor() async throws {
        let bomb = "name: 和谐小区\nlol: &a [x, x, x, x, x, x, x, x, x]\nlol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nlol3: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        let d = try await findings([Self.compound: bomb])
        expectOne(d, .in001, Self.compound, 2, 6, containing: "锚点和别名")
    }

    @Test func anAliasAloneIsRefusedToo() async throws {
        let changes = try SiteFixture.edit(Self.compound, "buildings: 2", "buildings: *two")
        let d = try await findings(changes)
        let at = try position(of: "*two", in: Self.compound, after: changes)
        expectOne(d, .in001, Self.compound, at.line, at.column, containing: "锚点和别名")
    }

    @Test func deepNestingIsRefusedWithoutRecursion() async throws {
        let deep = "name: 和谐小区\nx: " + String(repeating: "[", count: 100_000) + "\n"
        let d = try await findings([Self.compound: deep])
        expectOne(d, .in001, Self.compound, 2, 3 + YAMLDocument.deepest, containing: "嵌套超过")  // the root mapping is the first level
    }

    @Test func aSecondDocumentIsRefusedWhereItStarts() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2\n", "buildings: 2\n---\nname: 又一个\n"))
        expectOne(d, .in001, Self.compound, 4, 1, containing: "expected a single document")
    }

    // Links: never followed, each an IN-004 naming it.

    @Test func linksToTheFolderItselfEndQuicklyAsIN004() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let content = fixture.root.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("loop1").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("compounds/loop2").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("usr").path, withDestinationPath: "/usr")
        let d = try await fixture.check().diagnostics
        #expect(d.filter { $0.rule == .in004 }.map(\.location.file).sorted() == ["content/compounds/loop2", "content/loop1", "content/usr"])
        #expect(d.allSatisfy { $0.rule == .in004 }, "\(d.map(\.message.zh))")
    }

    @Test func aLinkedSeedsFolderIsIN004AndNotReadThrough() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let elsewhere = FixtureFiles.scratchFolder("noticeboard-seeds")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.moveItem(at: fixture.root.appendingPathComponent("seeds"), to: elsewhere)
        try Data("secret_key: SECRET\n".utf8).write(to: elsewhere.appendingPathComponent("pack.yaml"))
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("seeds").path, withDestinationPath: elsewhere.path)
        let d = try await fixture.check().diagnostics
        expectOne(d, .in004, "seeds", 1, 1, containing: "符号链接")
    }

    // Nothing outside the site root: the rule pack comes from seeds/.

    @Test(arguments: ["../../../../etc/shadow", "/etc/passwd", "seeds/../content/site.yaml", "content/site.yaml"])
    func aRulePackOutsideSeedsIsIN005WithoutQuotingIt(path: String) async throws {
        let changes = try SiteFixture.edit("content/site.yaml", "rules: seeds/pack.yaml", "rules: \(path)")
        let d = try await findings(changes)
        expectOne(d, .in005, "content/site.yaml", 4, 8, containing: "seeds/")
        #expect(!(d.first?.message.zh.contains("root:") ?? true))
    }

    // Smaller.

    @Test func aNulByteIsIN001AtItsPlace() async throws {
        let d = try await findings([Self.notice: "---\ntitle: 收费通知\ndate: 2026-09-25\n---\n请按时\u{0}缴费。\n"])
        expectOne(d, .in001, Self.notice, 5, 4, containing: "空字符")
    }

    @Test func aSlugTheSiteUsesIsIN004() async throws {
        let d = try await findings(["content/compounds/notices/compound.yaml": "name: 通知院\nhouseholds: 30\nstation: {use: hexie}\ninstitutions: [unit_head_reporting, red_white_council, residents_convention]\n"])
        #expect(d.contains { $0.rule == .in004 && $0.location.file == "content/compounds/notices" && $0.message.zh.contains("重名") }, "\(d.map(\.message.zh))")
    }

    @Test func aNoticeNamedLikeAPageIsIN004() async throws {
        let d = try await findings(["content/notices/index.html.md": "---\ntitle: 首页\ndate: 2026-09-25\n---\n正文\n"])
        #expect(d.contains { $0.rule == .in004 && $0.location.file == "content/notices/index.html.md" }, "\(d.map(\.message.zh))")
    }

    @Test(arguments: ["https://", "https:///x/", "https://exa mple.org/", "https://example.org", "example.org/"])
    func aBaseURLNeedsAHostAndASlash(url: String) {
        #expect(!BaseURL.isValid(url))
    }

    @Test func aRecordFileOverFiveMegabytesIsIN001WithItsSize() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let line = "  - {date: 2026-10-03, item: 卫生费, amount: 1, voucher: S-9}\n"
        let big = String(repeating: line, count: 6 * 1024 * 1024 / line.utf8.count)
        try Data(("month: 2026-11\nincome:\n" + big).utf8).write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-11.yaml"))
        let d = try await fixture.check().diagnostics
        expectOne(d, .in001, "content/compounds/hexie/ledger/2026-11.yaml", 1, 1, containing: "KB", "5 MB")
    }
}
