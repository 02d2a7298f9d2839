import Testing
import NoticeboardTestSupport

/// SVC-001 … SVC-004 and SVC-006: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/ServiceRuleTests/`).
@Suite struct ServiceRuleTests {
    @Test func svc001StatementMonthWithoutServiceList() async throws {
        try await expectMarked("ServiceRuleTests/svc001StatementMonthWithoutServiceList", containing: "2026年9月有收支明细，但没有服务清单")
    }

    @Test func svc002QuarterWithoutEvaluation() async throws {
        try await expectMarked("ServiceRuleTests/svc002QuarterWithoutEvaluation", containing: "2026年第三季度有收支公示，但没有居民评议记录")
    }

    /// Only October (Q4, the latest) remains: no earlier quarter is judged.
    @Test func svc002TheLatestQuarterNeedsNoEvaluationYet() async throws {
        try await expectMarked("ServiceRuleTests/svc002TheLatestQuarterNeedsNoEvaluationYet")
    }

    @Test func svc003ServiceListWithoutFeedbackChannel() async throws {
        try await expectMarked("ServiceRuleTests/svc003ServiceListWithoutFeedbackChannel/without-a-channel", containing: "没有写居民提意见的渠道")
        try await expectMarked("ServiceRuleTests/svc003ServiceListWithoutFeedbackChannel/with-the-sites-feedback-url")
    }

    /// A published list of no services; the same list as a draft is not warned about (its month then lacks a
    /// published list, SVC-001).
    @Test func svc006ServiceListWithoutServices() async throws {
        let d = try await expectMarked("ServiceRuleTests/svc006ServiceListWithoutServices/published",
                                       containing: "2026年10月服务清单一项服务也没有：请在 items 里写上本月的服务事项")
        #expect(d.first?.message.en.contains("the service list of 2026-10 names no service") == true)
        try await expectMarked("ServiceRuleTests/svc006ServiceListWithoutServices/draft")
    }

    @Test func svc004MoreParticipantsThanHouseholds() async throws {
        try await expectMarked("ServiceRuleTests/svc004MoreParticipantsThanHouseholds", containing: "参加评议 130 户，多于小区总户数 120 户")
    }

    @Test func svc004ResultsExceedParticipants() async throws {
        try await expectMarked("ServiceRuleTests/svc004ResultsExceedParticipants", containing: "60 + 基本满意 15 + 不满意 5 = 80，多于参加评议的 79 户")
    }
}
