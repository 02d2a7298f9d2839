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

/// IN-001 … IN-005: each breaks the valid fixture in one place and expects exactly one finding, at that place.
@Suite struct InputRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let ledger = "content/compounds/hexie/ledger/2026-10.yaml"

    @Test func validFixtureHasNoFindings() async throws {
        let d = try await findings([:])
        #expect(d.isEmpty, "\(d.map { "\($0.location) \($0.rule.rawValue) \($0.message.zh)" })")
    }

    // IN-001

    @Test func yamlSyntaxErrorQuotesTheParserAndItsPosition() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2", "buildings: [2"))
        expectOne(d, .in001, Self.compound, 4, 10, containing: "YAML 格式错误")
    }

    @Test func markdownRecordWithoutFrontMatter() async throws {
        let d = try await findings(["content/notices/tongzhi.md": "title: 收费通知\n"])
        expectOne(d, .in001, "content/notices/tongzhi.md", 1, 1, containing: "前言块")
    }

    @Test func frontMatterWithoutClosingFence() async throws {
        let d = try await findings(["content/notices/tongzhi.md": "---\ntitle: 收费通知\ndate: 2026-09-25\n"])
        expectOne(d, .in001, "content/notices/tongzhi.md", 1, 1, containing: "结束的 ---")
    }

    @Test func duplicateKeysAreSyntaxErrors() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2", "buildings: 2\nbuildings: 3"))
        expectOne(d, .in001, Self.compound, 3, 1, containing: "键重复：buildings")
    }

    /// Two keys a reader cannot tell apart are one key written twice, though their bytes differ
    /// (é as one code point, and as e with a combining accent).
    @Test func keysThatReadAlikeAreDuplicates() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2", "buildings: 2\ncaf\u{E9}: 1\ncafe\u{301}: 2"))
        expectOne(d, .in001, Self.compound, 4, 1, containing: "键重复：caf")
    }

    @Test func fileThatIsNotUTF8() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC4, 0xE3]).write(to: fixture.root.appendingPathComponent("content/notices/tongzhi.md"))
        let d = try await fixture.check().diagnostics
        expectOne(d, .in001, "content/notices/tongzhi.md", 1, 1, containing: "UTF-8")
    }

    @Test func frontMatterLinesCountFromTheTopOfTheFile() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/hexie/households/1-1-101.md", "joined: 1990", "joined: 九零年"))
        expectOne(d, .in003, "content/compounds/hexie/households/1-1-101.md", 4, 9, containing: "九零年")
    }

    // IN-002

    @Test func unknownKeySuggestsTheClosestOne() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "buildings: 2", "bulidings: 2"))
        expectOne(d, .in002, Self.compound, 3, 1, containing: "是否应为 buildings")
    }

    @Test func missingRequiredKeyPointsAtTheMapping() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "households: 120\n", ""))
        expectOne(d, .in002, Self.compound, 1, 1, containing: "缺少必填项 households")
    }

    @Test func missingKeyInANestedRecordNamesItsPath() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "{name: 己委员, role: 委员, party_member: false, nominated_by: self}",
                                                   "{name: 己委员, role: 委员, nominated_by: self}"))
        expectOne(d, .in002, Self.compound, 12, 7, containing: "committee.members[3].party_member")
    }

    @Test func wrongType() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "households: 120", "households: 很多"))
        expectOne(d, .in002, Self.compound, 2, 13, containing: "大于 0 的整数")
    }

    @Test func badEnumerationValueListsTheChoices() async throws {
        let d = try await findings(try SiteFixture.edit("content/branches/pianqu.yaml", "kind: joint", "kind: 联合"))
        expectOne(d, .in002, "content/branches/pianqu.yaml", 2, 7, containing: "joint（联合党支部）")
    }

    @Test func enumerationAcceptsTheChineseLabel() async throws {
        #expect(try await findings(try SiteFixture.edit("content/branches/pianqu.yaml", "kind: joint", "kind: 联合党支部")).isEmpty)
    }

    @Test func baseURLMustBeAbsoluteAndEndInSlash() async throws {
        let d = try await findings(try SiteFixture.edit("content/site.yaml", "https://example.org/board/", "example.org/board"))
        expectOne(d, .in002, "content/site.yaml", 3, 11, containing: "以 / 结尾")
    }

    @Test func brokenApprovalIsOneErrorNotACascade() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/hexie/approvals/A-1.md", "budget: \"3,000.00\"", "budget: 三千"))
        expectOne(d, .in003, "content/compounds/hexie/approvals/A-1.md", 3, 9, containing: "三千")
    }

    @Test func missingSiteFile() async throws {
        let d = try await findings(["content/site.yaml": nil])
        #expect(d.contains { $0.rule == .in002 && $0.location.file == "content/site.yaml" })
    }

    // IN-003

    @Test func amountWithThreeDecimals() async throws {
        let d = try await findings(try SiteFixture.edit(Self.ledger, "amount: 3600", "amount: 3600.125"))
        expectOne(d, .in003, Self.ledger, 4, 49, containing: "最多两位小数")
    }

    @Test func negativeAmount() async throws {
        let d = try await findings(try SiteFixture.edit(Self.ledger, "amount: 3600", "amount: -3600"))
        expectOne(d, .in003, Self.ledger, 4, 49, containing: "不为负")
    }

    @Test func impossibleDate() async throws {
        let d = try await findings(try SiteFixture.edit(Self.ledger, "posted: 2026-11-05", "posted: 2026-11-31"))
        expectOne(d, .in003, Self.ledger, 14, 9, containing: "YYYY-MM-DD")
    }

    @Test func malformedMonthAndQuarter() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "quarter: 2026-Q3", "quarter: 2026Q3"))
        expectOne(d, .in003, "content/compounds/hexie/evaluations/2026-Q3.yaml", 1, 10, containing: "YYYY-Qn")
    }

    @Test func amountsWithSeparatorsAreExact() async throws {
        #expect(try await findings(try SiteFixture.edit(Self.ledger, "amount: 3600", "amount: \"3,600.00\"")).isEmpty)
    }

    // IN-004

    @Test func statementMonthDisagreesWithFileName() async throws {
        let d = try await findings(try SiteFixture.edit(Self.ledger, "month: 2026-10", "month: 2026-11"))
        expectOne(d, .in004, Self.ledger, 1, 8, containing: "与文件名 2026-10.yaml 不一致")
    }

    @Test func plateUnitDisagreesWithFileName() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/hexie/households/1-1-101.md", "unit: 1-1-101", "unit: 1-1-102"))
        expectOne(d, .in004, "content/compounds/hexie/households/1-1-101.md", 3, 7, containing: "1-1-102")
    }

    @Test func compoundFolderThatIsNotASlug() async throws {
        let d = try await findings(["content/compounds/Xiao_C/compound.yaml": "name: 小C院\nhouseholds: 20\n"])
        expectOne(d, .in004, "content/compounds/Xiao_C", 1, 1, containing: "Xiao_C")
    }

    @Test func unexpectedFileIsNotSilentlyIgnored() async throws {
        let d = try await findings(["content/compounds/hexie/ledgers/2026-10.yaml": "month: 2026-10\n"])
        expectOne(d, .in004, "content/compounds/hexie/ledgers/2026-10.yaml", 1, 1, containing: "不认识的文件")
    }

    // IN-005

    @Test func expenseCitesAnApprovalThatDoesNotExist() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/hexie/ledger/2026-09.yaml", "approval: A-1", "approval: A-2"))
        expectOne(d, .in005, "content/compounds/hexie/ledger/2026-09.yaml", 6, 93, containing: "找不到审批记录 A-2，是否应为 A-1")
    }

    @Test func branchNamesAnUnknownCompound() async throws {
        let d = try await findings(try SiteFixture.edit("content/branches/pianqu.yaml", "[xiao-a, xiao-b]", "[xiao-a, xiao-b, xiao-c]"))
        expectOne(d, .in005, "content/branches/pianqu.yaml", 3, 29, containing: "找不到小区 xiao-c")
    }

    @Test func stationUseNamesACompoundWithoutAStation() async throws {
        let d = try await findings(try SiteFixture.edit("content/compounds/xiao-a/compound.yaml", "use: hexie", "use: xiao-b"))
        expectOne(d, .in005, "content/compounds/xiao-a/compound.yaml", 3, 16, containing: "xiao-b")
    }

    @Test func sharedWithNamesAnUnknownCompound() async throws {
        let d = try await findings(try SiteFixture.edit(Self.compound, "shared_with: [xiao-a, xiao-b]", "shared_with: [xiao-a, xiao-z]"))
        expectOne(d, .in005, Self.compound, 24, 25, containing: "xiao-z")
    }

    @Test func rulePackNamesAnUnknownRule() async throws {
        let d = try await findings(try SiteFixture.edit("seeds/pack.yaml", "{STN-002: warning}", "{STN-092: warning}"))
        expectOne(d, .in005, "seeds/pack.yaml", 8, 12, containing: "STN-092，是否应为 STN-002")
    }

    @Test func rulePackThatDoesNotExist() async throws {
        let d = try await findings(try SiteFixture.edit("content/site.yaml", "rules: seeds/pack.yaml", "rules: seeds/missing.yaml"))
        expectOne(d, .in005, "content/site.yaml", 4, 8, containing: "seeds/missing.yaml")
    }

    // Collected, not fail-fast

    @Test func everyProblemIsReportedInOneRun() async throws {
        var changes = try SiteFixture.edit(Self.ledger, "amount: 3600", "amount: 1.234")
        changes.merge(try SiteFixture.edit(Self.compound, "buildings: 2", "bulidings: 2")) { a, _ in a }
        changes.merge(try SiteFixture.edit("content/branches/pianqu.yaml", "kind: joint", "kind: 联合")) { a, _ in a }
        let rules = try await findings(changes).map(\.rule).sorted { $0.rawValue < $1.rawValue }
        #expect(rules == [.in002, .in002, .in003])
    }

    // IN-006

    @Test func aPlaceholderLeftInAPublishedRecordIsIN006AtItsPlace() async throws {
        let services = "content/compounds/hexie/services/2026-10.md"
        let text = try SiteFixture.text(services).replacingOccurrences(of: "| 收费 | 10月 |\n", with: "| 收费 | 10月 |\n\n本月重点：（在这里写本月要办的事，可用 Markdown 表格）\n")
        let d = try await findings([services: text])
        let at = try position(of: "（在这里", in: services, after: [services: text])
        expectOne(d, .in006, services, at.line, at.column, containing: "占位文字「（在这里写本月要办的事，可用 Markdown 表格）」")
        #expect(d.first?.message.en.contains("placeholder") == true)
    }

    @Test func aPlaceholderInADraftIsNotAFinding() async throws {
        let services = "content/compounds/hexie/services/2026-10.md"
        let text = try SiteFixture.text(services).replacingOccurrences(of: "month: 2026-10\n", with: "month: 2026-10\ndraft: true\n")
            .replacingOccurrences(of: "| 收费 | 10月 |\n", with: "| 收费 | 10月 |\n（在这里写本月要办的事）\n")
        #expect(try await findings([services: text]).allSatisfy { $0.rule != .in006 })
    }
}
