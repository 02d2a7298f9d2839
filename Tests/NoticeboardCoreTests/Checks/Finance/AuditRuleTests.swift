import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// FIN-010 … FIN-014: what an audit of small accounts looks for beyond arithmetic; one broken fixture and one
/// passing fixture each, messages carrying the evidence and pointing at the place.
@Suite struct AuditRuleTests {
    static let september = "content/compounds/hexie/ledger/2026-09.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let evaluation = "content/compounds/hexie/evaluations/2026-Q3.yaml"

    /// October with these expenses (and the closing they leave), income 3,600 on the 3rd as in the fixture.
    static func october(_ expenses: [String], closing: String) throws -> [String: String?] {
        try SiteFixture.edit(october, [("expenses: []", "expenses:\n" + expenses.map { "  - \($0)" }.joined(separator: "\n")),
                                   ("closing: \"4,400.00\"", "closing: \"\(closing)\"")])
    }

    // FIN-010

    @Test func fin010TwoPaymentsJustUnderTheThresholdToOneShop() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 购买灯具, amount: \"1,950.00\", voucher: Z-2, payee: 五金店}",
                                   "{date: 2026-10-07, item: 购买电线, amount: \"1,900.00\", voucher: Z-3, payee: 五金店}"], closing: "550.00")
        let d = try await findings(change)
        let at = try position(of: "\"1,900.00\"", in: Self.october, after: change)
        expectOne(d, .fin010, Self.october, at.line, at.column, containing: "五金店", "2 笔", "¥3,850.00", "¥2,000.00", "2026-10-05 购买灯具 ¥1,950.00",
                  severity: .warning)
        let first = try position(of: "\"1,950.00\"", in: Self.october, after: change)
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.october, line: first.line, column: first.column))
    }

    @Test func fin010CountsAcrossTheMonthBoundary() async throws {
        let change = try edits(
            try SiteFixture.edit(Self.september, [("payee: 维修部, approval: A-1}", "payee: 维修部, approval: A-1}\n  - {date: 2026-09-28, item: 购买灯具, amount: \"1,950.00\", voucher: Z-9, payee: 五金店}"),
                                              ("closing: \"800.00\"", "closing: \"-1,150.00\"")]),
            try SiteFixture.edit(Self.october, [("opening: \"800.00\"", "opening: \"-1,150.00\""),
                                            ("expenses: []", "expenses:\n  - {date: 2026-10-05, item: 购买电线, amount: \"1,900.00\", voucher: Z-3, payee: 五金店}"),
                                            ("closing: \"4,400.00\"", "closing: \"550.00\"")]))
        let d = try await findings(change).filter { $0.rule == .fin010 }
        #expect(d.count == 1 && d.first?.location.file == Self.october, "\(d.map(\.message.zh))")
    }

    @Test func fin010PaymentsThatStayUnderTheThresholdTogether() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 购买灯具, amount: 900, voucher: Z-2, payee: 五金店}",
                                   "{date: 2026-10-07, item: 购买电线, amount: 950, voucher: Z-3, payee: 五金店}"], closing: "2,550.00")
        #expect(try await findings(change).isEmpty)
    }

    // FIN-011

    @Test func fin011APaymentToACommitteeMemberWithoutAnApproval() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 垫付水费报销, amount: 100, voucher: Z-2, payee: 戊委员}"], closing: "4,300.00")
        let d = try await findings(change)
        let at = try position(of: "{date: 2026-10-05", in: Self.october, after: change)
        expectOne(d, .fin011, Self.october, at.line, at.column, containing: "戊委员", "物管会成员", "¥100.00", "垫付水费报销", severity: .warning)
    }

    @Test func fin011ASupervisorPaidOnAnApprovalPasses() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 管道配件, amount: 100, voucher: Z-2, payee: 辛监督, approval: A-1}"], closing: "4,300.00")
        #expect(try await findings(change).isEmpty)
    }

    // FIN-012

    @Test func fin012AnExpenseBeforeTheIncomeThatPaidForIt() async throws {
        let change = try Self.october(["{date: 2026-10-02, item: 清运垃圾, amount: 1000, voucher: Z-2, payee: 清运队}"], closing: "3,400.00")
        let d = try await findings(change)
        let at = try position(of: "amount: 1000", in: Self.october, after: change)
        expectOne(d, .fin012, Self.october, at.line, at.column + 8, containing: "2026-10-02", "清运垃圾", "-¥200.00")
    }

    @Test func fin012IncomeComesFirstOnTheSameDay() async throws {
        let change = try Self.october(["{date: 2026-10-03, item: 清运垃圾, amount: 1000, voucher: Z-2, payee: 清运队}"], closing: "3,400.00")
        #expect(try await findings(change).isEmpty)
    }

    // FIN-013

    @Test func fin013PostedBeforeTheMonthEnded() async throws {
        let change = try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-10-15")
        let at = try position(of: "2026-10-15", in: Self.october, after: change)
        expectOne(try await findings(change), .fin013, Self.october, at.line, at.column, containing: "2026-10-15", "该月结束之前")
    }

    @Test func fin013ACorrectionDatedBeforeThePosting() async throws {
        let change = try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-05\ncorrections:\n  - {date: 2026-11-02, what: 改正摘要, why: 笔误}")
        let at = try position(of: "2026-11-02", in: Self.october, after: change)
        let d = try await findings(change)
        expectOne(d, .fin013, Self.october, at.line, at.column, containing: "更正日期 2026-11-02 早于", "2026-11-05")
    }

    @Test func fin013PostedAfterTheMonthWithALaterCorrectionPasses() async throws {
        let change = try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-01\ncorrections:\n  - {date: 2026-11-09, what: 改正摘要, why: 笔误}")
        #expect(try await findings(change).isEmpty)
    }

    // FIN-014

    @Test func fin014TheSameAmountToTheSamePayeeTwice() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 楼道保洁, amount: 300, voucher: Z-2, payee: 保洁公司}",
                                   "{date: 2026-10-20, item: 楼道保洁费, amount: 300, voucher: Z-3, payee: 保洁公司}"], closing: "3,800.00")
        let d = try await findings(change)
        let at = try position(of: "{date: 2026-10-20", in: Self.october, after: change)
        expectOne(d, .fin014, Self.october, at.line, at.column, containing: "保洁公司", "¥300.00", "凭证 Z-2", "凭证 Z-3", severity: .warning)
    }

    @Test func fin014DifferentAmountsPass() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 楼道保洁, amount: 300, voucher: Z-2, payee: 保洁公司}",
                                   "{date: 2026-10-20, item: 垃圾袋, amount: 45, voucher: Z-3, payee: 保洁公司}"], closing: "4,055.00")
        #expect(try await findings(change).isEmpty)
    }

    /// A pack that names the new thresholds uses them; one that leaves them out keeps working with the defaults.
    @Test func thresholdsComeFromThePack() async throws {
        let low = try SiteFixture.edit(Self.evaluation, "{item: 楼道清扫, satisfied: 60, basic: 15, unsatisfied: 5}", "{item: 楼道清扫, satisfied: 20, basic: 20, unsatisfied: 40}")
        let pack = try SiteFixture.edit("seeds/pack.yaml", "post_within_days: 10", "post_within_days: 10\n  evaluation_satisfied_min: 0.5\n  split_window_days: 3")
        #expect(try await findings(try edits(low, pack)).isEmpty)
        let split = try Self.october(["{date: 2026-10-03, item: 购买灯具, amount: \"1,950.00\", voucher: Z-2, payee: 五金店}",
                                  "{date: 2026-10-07, item: 购买电线, amount: \"1,900.00\", voucher: Z-3, payee: 五金店}"], closing: "550.00")
        #expect(try await findings(try edits(split, pack)).isEmpty, "4 days apart, outside a 3-day window")
        #expect(try await findings(split).map(\.rule) == [.fin010], "inside the default 30 days")
    }
}
