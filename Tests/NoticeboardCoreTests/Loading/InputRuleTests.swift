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

/// IN-001 … IN-006: each breaks the valid fixture in one place (`Tests/Fixtures/checks/InputRuleTests/`) and
/// expects exactly the findings marked there.
@Suite struct InputRuleTests {
    @Test func validFixtureHasNoFindings() async throws {
        let d = try await findings([:])
        #expect(d.isEmpty, "\(d.map { "\($0.location) \($0.rule.rawValue) \($0.message.zh)" })")
    }

    // IN-001

    @Test func yamlSyntaxErrorQuotesTheParserAndItsPosition() async throws {
        try await expectMarked("InputRuleTests/yamlSyntaxErrorQuotesTheParserAndItsPosition", containing: "YAML 格式错误")
    }

    @Test func markdownRecordWithoutFrontMatter() async throws {
        try await expectMarked("InputRuleTests/markdownRecordWithoutFrontMatter", containing: "前言块")
    }

    @Test func frontMatterWithoutClosingFence() async throws {
        try await expectMarked("InputRuleTests/frontMatterWithoutClosingFence", containing: "结束的 ---")
    }

    @Test func duplicateKeysAreSyntaxErrors() async throws {
        try await expectMarked("InputRuleTests/duplicateKeysAreSyntaxErrors", containing: "键重复：buildings")
    }

    /// Two keys a reader cannot tell apart are one key written twice, though their bytes differ
    /// (é as one code point, and as e with a combining accent).
    @Test func keysThatReadAlikeAreDuplicates() async throws {
        try await expectMarked("InputRuleTests/keysThatReadAlikeAreDuplicates", containing: "键重复：caf")
    }

    @Test func fileThatIsNotUTF8() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        // Bytes that are no UTF-8 cannot stand in a case's text file: written here.
        try FixtureFiles.write(Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC4, 0xE3]), to: fixture.root.appendingPathComponent("content/notices/tongzhi.md"))
        let d = try await fixture.check().diagnostics
        expectOne(d, .in001, "content/notices/tongzhi.md", 1, 1, containing: "UTF-8")
    }

    @Test func frontMatterLinesCountFromTheTopOfTheFile() async throws {
        try await expectMarked("InputRuleTests/frontMatterLinesCountFromTheTopOfTheFile", containing: "九零年")
    }

    // IN-002

    @Test func unknownKeySuggestsTheClosestOne() async throws {
        try await expectMarked("InputRuleTests/unknownKeySuggestsTheClosestOne", containing: "是否应为 buildings")
    }

    @Test func missingRequiredKeyPointsAtTheMapping() async throws {
        try await expectMarked("InputRuleTests/missingRequiredKeyPointsAtTheMapping", containing: "缺少必填项 households")
    }

    @Test func missingKeyInANestedRecordNamesItsPath() async throws {
        try await expectMarked("InputRuleTests/missingKeyInANestedRecordNamesItsPath", containing: "committee.members[3].party_member")
    }

    @Test func wrongType() async throws {
        try await expectMarked("InputRuleTests/wrongType", containing: "大于 0 的整数")
    }

    @Test func badEnumerationValueListsTheChoices() async throws {
        try await expectMarked("InputRuleTests/badEnumerationValueListsTheChoices", containing: "joint（联合党支部）")
    }

    @Test func enumerationAcceptsTheChineseLabel() async throws {
        try await expectMarked("InputRuleTests/enumerationAcceptsTheChineseLabel")
    }

    @Test func baseURLMustBeAbsoluteAndEndInSlash() async throws {
        try await expectMarked("InputRuleTests/baseURLMustBeAbsoluteAndEndInSlash", containing: "以 / 结尾")
    }

    @Test func brokenApprovalIsOneErrorNotACascade() async throws {
        try await expectMarked("InputRuleTests/brokenApprovalIsOneErrorNotACascade", containing: "三千")
    }

    /// The findings about the missing file are marked in its `.removed` stand-in, at 1:1.
    @Test func missingSiteFile() async throws {
        try await expectMarked("InputRuleTests/missingSiteFile")
    }

    // IN-003

    @Test func amountWithThreeDecimals() async throws {
        try await expectMarked("InputRuleTests/amountWithThreeDecimals", containing: "最多两位小数")
    }

    @Test func negativeAmount() async throws {
        try await expectMarked("InputRuleTests/negativeAmount", containing: "不为负")
    }

    @Test func impossibleDate() async throws {
        try await expectMarked("InputRuleTests/impossibleDate", containing: "YYYY-MM-DD")
    }

    @Test func malformedMonthAndQuarter() async throws {
        try await expectMarked("InputRuleTests/malformedMonthAndQuarter", containing: "YYYY-Qn")
    }

    @Test func amountsWithSeparatorsAreExact() async throws {
        try await expectMarked("InputRuleTests/amountsWithSeparatorsAreExact")
    }

    // IN-004

    @Test func statementMonthDisagreesWithFileName() async throws {
        try await expectMarked("InputRuleTests/statementMonthDisagreesWithFileName", containing: "与文件名 2026-10.yaml 不一致")
    }

    @Test func plateUnitDisagreesWithFileName() async throws {
        try await expectMarked("InputRuleTests/plateUnitDisagreesWithFileName", containing: "1-1-102")
    }

    /// The finding about the folder is marked in `Xiao_C.marks`, at 1:1.
    @Test func compoundFolderThatIsNotASlug() async throws {
        try await expectMarked("InputRuleTests/compoundFolderThatIsNotASlug", containing: "Xiao_C")
    }

    @Test func unexpectedFileIsNotSilentlyIgnored() async throws {
        try await expectMarked("InputRuleTests/unexpectedFileIsNotSilentlyIgnored", containing: "不认识的文件")
    }

    // IN-005

    @Test func expenseCitesAnApprovalThatDoesNotExist() async throws {
        try await expectMarked("InputRuleTests/expenseCitesAnApprovalThatDoesNotExist", containing: "找不到审批记录 A-2，是否应为 A-1")
    }

    @Test func branchNamesAnUnknownCompound() async throws {
        try await expectMarked("InputRuleTests/branchNamesAnUnknownCompound", containing: "找不到小区 xiao-c")
    }

    @Test func stationUseNamesACompoundWithoutAStation() async throws {
        try await expectMarked("InputRuleTests/stationUseNamesACompoundWithoutAStation", containing: "xiao-b")
    }

    @Test func sharedWithNamesAnUnknownCompound() async throws {
        try await expectMarked("InputRuleTests/sharedWithNamesAnUnknownCompound", containing: "xiao-z")
    }

    @Test func rulePackNamesAnUnknownRule() async throws {
        try await expectMarked("InputRuleTests/rulePackNamesAnUnknownRule", containing: "STN-092，是否应为 STN-002")
    }

    @Test func rulePackThatDoesNotExist() async throws {
        try await expectMarked("InputRuleTests/rulePackThatDoesNotExist", containing: "seeds/missing.yaml")
    }

    // Collected, not fail-fast

    @Test func everyProblemIsReportedInOneRun() async throws {
        try await expectMarked("InputRuleTests/everyProblemIsReportedInOneRun")
    }

    // IN-006

    @Test func aPlaceholderLeftInAPublishedRecordIsIN006AtItsPlace() async throws {
        let d = try await expectMarked("InputRuleTests/aPlaceholderLeftInAPublishedRecordIsIN006AtItsPlace",
                                       containing: "占位文字「（在这里写本月要办的事，可用 Markdown 表格）」")
        #expect(d.first?.message.en.contains("placeholder") == true)
    }

    @Test func aPlaceholderInADraftIsNotAFinding() async throws {
        // The draft's only finding is that its month's statement has no published list yet (SVC-001).
        try await expectMarked("InputRuleTests/aPlaceholderInADraftIsNotAFinding")
    }
}
