import Testing
import NoticeboardTestSupport

/// FIN-010 … FIN-014: what an audit of small accounts looks for beyond arithmetic; one broken fixture and one
/// passing fixture each (`Tests/Fixtures/checks/AuditRuleTests/`), messages carrying the evidence and the marks
/// saying where they point.
@Suite struct AuditRuleTests {
    // FIN-010

    @Test func fin010TwoPaymentsJustUnderTheThresholdToOneShop() async throws {
        try await expectMarked("AuditRuleTests/fin010TwoPaymentsJustUnderTheThresholdToOneShop",
                               containing: "五金店", "2 笔", "¥3,850.00", "¥2,000.00", "2026-10-05 购买灯具 ¥1,950.00")
    }

    /// A payment at the end of September and one early in October are one split, told in October.
    @Test func fin010CountsAcrossTheMonthBoundary() async throws {
        try await expectMarked("AuditRuleTests/fin010CountsAcrossTheMonthBoundary")
    }

    @Test func fin010PaymentsThatStayUnderTheThresholdTogether() async throws {
        try await expectMarked("AuditRuleTests/fin010PaymentsThatStayUnderTheThresholdTogether")
    }

    // FIN-011

    @Test func fin011APaymentToACommitteeMemberWithoutAnApproval() async throws {
        try await expectMarked("AuditRuleTests/fin011APaymentToACommitteeMemberWithoutAnApproval",
                               containing: "戊委员", "物管会成员", "¥100.00", "垫付水费报销")
    }

    @Test func fin011ASupervisorPaidOnAnApprovalPasses() async throws {
        try await expectMarked("AuditRuleTests/fin011ASupervisorPaidOnAnApprovalPasses")
    }

    // FIN-012

    @Test func fin012AnExpenseBeforeTheIncomeThatPaidForIt() async throws {
        try await expectMarked("AuditRuleTests/fin012AnExpenseBeforeTheIncomeThatPaidForIt", containing: "2026-10-02", "清运垃圾", "-¥200.00")
    }

    @Test func fin012IncomeComesFirstOnTheSameDay() async throws {
        try await expectMarked("AuditRuleTests/fin012IncomeComesFirstOnTheSameDay")
    }

    // FIN-013

    @Test func fin013PostedBeforeTheMonthEnded() async throws {
        try await expectMarked("AuditRuleTests/fin013PostedBeforeTheMonthEnded", containing: "2026-10-15", "该月结束之前")
    }

    @Test func fin013ACorrectionDatedBeforeThePosting() async throws {
        try await expectMarked("AuditRuleTests/fin013ACorrectionDatedBeforeThePosting", containing: "更正日期 2026-11-02 早于", "2026-11-05")
    }

    @Test func fin013PostedAfterTheMonthWithALaterCorrectionPasses() async throws {
        try await expectMarked("AuditRuleTests/fin013PostedAfterTheMonthWithALaterCorrectionPasses")
    }

    // FIN-014

    @Test func fin014TheSameAmountToTheSamePayeeTwice() async throws {
        try await expectMarked("AuditRuleTests/fin014TheSameAmountToTheSamePayeeTwice", containing: "保洁公司", "¥300.00", "凭证 Z-2", "凭证 Z-3")
    }

    @Test func fin014DifferentAmountsPass() async throws {
        try await expectMarked("AuditRuleTests/fin014DifferentAmountsPass")
    }

    /// A pack that names the new thresholds uses them; one that leaves them out keeps working with the defaults.
    @Test func thresholdsComeFromThePack() async throws {
        try await expectMarked("AuditRuleTests/thresholdsComeFromThePack/low-satisfaction-under-the-packs-minimum")
        // Two payments 4 days apart: outside the pack's 3-day window, inside the default 30 days.
        try await expectMarked("AuditRuleTests/thresholdsComeFromThePack/split-outside-the-packs-window")
        try await expectMarked("AuditRuleTests/thresholdsComeFromThePack/split-inside-the-default-window", containing: "五金店")
    }
}
