import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// FIN-001 … FIN-009, FEE-001 and FEE-002: one broken fixture and one passing fixture each.
@Suite struct FinanceRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let september = "content/compounds/hexie/ledger/2026-09.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let approval = "content/compounds/hexie/approvals/A-1.md"

    @Test func fin001ClosingDoesNotBalanceAndTheMessageGivesEveryNumber() async throws {
        let change = try SiteFixture.edit(Self.october, "closing: \"4,400.00\"", "closing: \"4,440.00\"")
        let d = try await findings(change)
        expectOne(d, .fin001, Self.october, 6, 10, containing: "期初 800.00 + 收入 3,600.00 − 支出 0.00 = 4,400.00，期末却填写 4,440.00（相差 40.00）")
        #expect(d.first?.message.en == "opening 800.00 + income 3,600.00 − expenses 0.00 = 4,400.00, but closing is 4,440.00 (off by 40.00)")
    }

    @Test func fin001IsExactToTheFen() async throws {
        let off = try SiteFixture.edit(Self.october, "closing: \"4,400.00\"", "closing: \"4,400.01\"")
        #expect(try await findings(off).map(\.rule) == [.fin001])
        let exact = try SiteFixture.edit(Self.october, [("amount: 3600", "amount: 3600.10"), ("closing: \"4,400.00\"", "closing: 4400.1")])
        #expect(try await findings(exact).isEmpty)
    }

    @Test func fin002OpeningIsNotLastMonthsClosing() async throws {
        let change = try SiteFixture.edit(Self.october, [("opening: \"800.00\"", "opening: \"810.00\""), ("closing: \"4,400.00\"", "closing: \"4,410.00\"")])
        let d = try await findings(change)
        expectOne(d, .fin002, Self.october, 2, 10, containing: "2026年10月期初 810.00 应等于2026年9月期末 800.00（相差 10.00）")
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.september, line: 7, column: 10))
    }

    @Test func fin003MonthMissingBetweenStatements() async throws {
        let december = "content/compounds/hexie/ledger/2026-12.yaml"
        let change: [String: String?] = [
            december: "month: 2026-12\nopening: \"4,400.00\"\nclosing: \"4,400.00\"\nprepared_by: 戊委员\nchecked_by: [辛监督]\nposted: 2027-01-05\n",
            "content/compounds/hexie/services/2026-12.md": "---\nmonth: 2026-12\nitems: []\nfeedback: {place: 服务站}\n---\n",
        ]
        expectOne(try await findings(change), .fin003, december, 1, 8, containing: "缺少 2026-11 的收支明细")
    }

    @Test func fin004EntryDatedOutsideTheMonth() async throws {
        let change = try SiteFixture.edit(Self.october, "date: 2026-10-03", "date: 2026-11-03")
        let at = try position(of: "2026-11-03", in: Self.october, after: change)
        expectOne(try await findings(change), .fin004, Self.october, at.line, at.column, containing: "2026-11-03 不在本月（2026-10）内")
    }

    /// A ledger line's category is one of the rule pack's (IN-005, with the nearest as a suggestion),
    /// in YAML and in a spreadsheet's 分类 column.
    @Test func in005CategoryMustBeThePacks() async throws {
        #expect(try await findings(try SiteFixture.edit(Self.september, "approval: A-1}", "approval: A-1, category: 维修}")).isEmpty)
        let change = try SiteFixture.edit(Self.september, "approval: A-1}", "approval: A-1, category: 维修费}")
        let at = try position(of: "维修费", in: Self.september, after: change)
        expectOne(try await findings(change), .in005, Self.september, at.line, at.column, containing: "找不到规则包 categories 中的分类 维修费，是否应为 维修？")
        // A pack that lists its own categories replaces the default list.
        let pack = try edits(try SiteFixture.edit(Self.september, "approval: A-1}", "approval: A-1, category: 维修}"),
                         try SiteFixture.edit("seeds/pack.yaml", "thresholds:", "categories: [管道, 照明]\nthresholds:"))
        #expect(try await findings(pack).map(\.rule) == [.in005])
    }

    @Test func fin005VoucherUsedTwiceAcrossMonths() async throws {
        let change = try SiteFixture.edit(Self.october, "voucher: S-2", "voucher: S-1")
        let at = try position(of: "S-1", in: Self.october, after: change)
        let d = try await findings(change)
        expectOne(d, .fin005, Self.october, at.line, at.column, containing: "凭证号 S-1 重复：已用于「卫生费」")
        let first = try position(of: "S-1", in: Self.september)
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.september, line: first.line, column: first.column))
    }

    @Test func fin005EntryWithoutVoucher() async throws {
        let change = try SiteFixture.edit(Self.october, ", voucher: S-2}", "}")
        expectOne(try await findings(change), .fin005, Self.october, 4, 5, containing: "「10-12月卫生费」（3,600.00）没有凭证号")
    }

    @Test func fin006MajorExpenseWithoutApproval() async throws {
        let change = try SiteFixture.edit(Self.september, ", approval: A-1}", "}")
        expectOne(try await findings(change), .fin006, Self.september, 6, 5, containing: "支出 2,500.00 元", "重大支出标准（2,000.00 元）")
    }

    @Test func fin006ThresholdIsInclusive() async throws {
        func unapproved(threshold: String) throws -> [String: String?] {
            try edits(try SiteFixture.edit(Self.september, ", approval: A-1}", "}"),
                  try SiteFixture.edit("seeds/pack.yaml", "major_expense_min: \"2,000.00\"", "major_expense_min: \"\(threshold)\""))
        }
        #expect(try await findings(try unapproved(threshold: "2,500.00")).map(\.rule) == [.fin006])
        #expect(try await findings(try unapproved(threshold: "2,500.01")).isEmpty)
    }

    @Test func fin006ExpensesOverTheBudget() async throws {
        let change = try SiteFixture.edit(Self.approval, "budget: \"3,000.00\"", "budget: \"2,000.00\"")
        let at = try position(of: "\"2,500.00\"", in: Self.september)
        let d = try await findings(change)
        expectOne(d, .fin006, Self.september, at.line, at.column, containing: "累计 2,500.00 元，超出决议预算 2,000.00 元（超出 500.00 元）")
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.approval, line: 3, column: 9))
    }

    @Test func fin006ResolvedAfterTheExpense() async throws {
        let change = try SiteFixture.edit(Self.approval, "resolution:   {date: 2026-08-12", "resolution:   {date: 2026-09-08")
        let at = try position(of: "2026-09-08", in: Self.september)
        expectOne(try await findings(change), .fin006, Self.september, at.line, at.column, containing: "2026-09-08 不晚于决议日期 2026-09-08")
    }

    @Test func fin006StepsOutOfOrder() async throws {
        let change = try SiteFixture.edit(Self.approval, "deliberation: {date: 2026-08-09", "deliberation: {date: 2026-08-13")
        let at = try position(of: "2026-08-12", in: Self.approval)
        expectOne(try await findings(change), .fin006, Self.approval, at.line, at.column, containing: "决议日期 2026-08-12 早于审议日期 2026-08-13")
    }

    @Test func fin006MissingStep() async throws {
        let change = try SiteFixture.edit(Self.approval, "consultation: {date: 2026-08-05, by: 居民议事会}\n", "")
        expectOne(try await findings(change), .fin006, Self.approval, 2, 1, containing: "缺少商议步骤")
    }

    @Test func fin006ResolutionThatDidNotPass() async throws {
        let change = try SiteFixture.edit(Self.approval, "for: 30, against: 1", "for: 15, against: 15")
        let at = try position(of: "15,", in: Self.approval, after: change)
        expectOne(try await findings(change), .fin006, Self.approval, at.line, at.column, containing: "赞成 15 票、反对 15 票")
    }

    @Test func fin007SamePersonInTwoCapacities() async throws {
        let change = try SiteFixture.edit(Self.compound, "{name: 庚代表, capacity: owner_representative}", "{name: 戊委员, capacity: owner_representative}")
        let at = try position(of: "{name: 戊委员, capacity: owner", in: Self.compound, after: change)
        expectOne(try await findings(change), .fin007, Self.compound, at.line, at.column, containing: "戊委员 已作为物管会成员共管账户，不能再作为业主代表")
    }

    @Test func fin007BranchSecretaryManagerIsSomeoneElse() async throws {
        let change = try SiteFixture.edit(Self.compound, "{name: 甲书记, capacity: branch_secretary}", "{name: 乙某, capacity: branch_secretary}")
        let at = try position(of: "{name: 乙某", in: Self.compound, after: change)
        expectOne(try await findings(change), .fin007, Self.compound, at.line, at.column, containing: "乙某", "书记是 甲书记")
    }

    @Test func fin007MissingCapacity() async throws {
        let change = try SiteFixture.edit(Self.compound, "    - {name: 庚代表, capacity: owner_representative}\n", "")
        expectOne(try await findings(change), .fin007, Self.compound, 14, 3, containing: "缺少业主代表")
    }

    @Test func fin008CheckedByTheAccountManager() async throws {
        let change = try edits(try SiteFixture.edit(Self.compound, "supervisors: [辛监督]", "supervisors: [辛监督, 庚代表]"),
                           try SiteFixture.edit(Self.october, "checked_by: [辛监督]", "checked_by: [庚代表]"))
        let at = try position(of: "[庚代表]", in: Self.october, after: change)
        expectOne(try await findings(change), .fin008, Self.october, at.line, at.column, containing: "庚代表 是账户共管人", "（监督小组：辛监督、庚代表）")
    }

    @Test func fin008CheckedByThePreparer() async throws {
        let change = try edits(try SiteFixture.edit(Self.compound, "supervisors: [辛监督]", "supervisors: [辛监督, 戊委员]"),
                           try SiteFixture.edit(Self.october, "checked_by: [辛监督]", "checked_by: [戊委员]"))
        let d = try await findings(change)
        #expect(d.map(\.rule) == [.fin008] && d.first?.message.zh.contains("戊委员 是本表制表人") == true)
    }

    @Test func fin008NotChecked() async throws {
        let change = try SiteFixture.edit(Self.october, "checked_by: [辛监督]\n", "")
        expectOne(try await findings(change), .fin008, Self.october, 1, 1, containing: "没有监督小组审核")
    }

    @Test func fin008OneProperCheckerIsEnough() async throws {
        #expect(try await findings(try SiteFixture.edit(Self.october, "checked_by: [辛监督]", "checked_by: [戊委员, 辛监督]")).isEmpty)
    }

    @Test func fin009PostedLate() async throws {
        let change = try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-11")
        expectOne(try await findings(change), .fin009, Self.october, 14, 9, containing: "2026-11-11 才公示，应在 2026-11-10 前", severity: .warning)
        #expect(try await findings(try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-10")).isEmpty)
    }

    @Test func fee001DecisionNotRecorded() async throws {
        let change = try SiteFixture.edit(Self.compound, "  decided: {date: 2021-07-01, by: 居民议事会, approved: 100, of: 120}\n", "")
        expectOne(try await findings(change), .fee001, Self.compound, 20, 3, containing: "没有记录民主协商决定")
    }

    @Test func fee001DecisionWithoutVotes() async throws {
        let change = try SiteFixture.edit(Self.compound, ", approved: 100, of: 120}", "}")
        let at = try position(of: "{date: 2021-07-01", in: Self.compound)
        expectOne(try await findings(change), .fee001, Self.compound, at.line, at.column, containing: "缺少 approved、of")
    }

    @Test func fee002CollectionDoesNotAddUp() async throws {
        let change = try SiteFixture.edit(Self.october, "paid: 118", "paid: 117")
        expectOne(try await findings(change), .fee002, Self.october, 9, 9, containing: "已缴 117 户 + 减免 2 户 = 119 户，与应缴 120 户不符：1 户未缴")
    }

    @Test func fee002ExemptionWithoutReason() async throws {
        let change = try SiteFixture.edit(Self.october, "{count: 2, reason: 低保户减免}", "{count: 2}")
        expectOne(try await findings(change), .fee002, Self.october, 11, 7, containing: "减免 2 户没有写明原因")
    }

    @Test func severityOverridesFromTheRulePack() async throws {
        let broken = try SiteFixture.edit(Self.october, "closing: \"4,400.00\"", "closing: \"4,440.00\"")
        let lowered = try await findings(try edits(broken, try packWith("FIN-001: warning")))
        #expect(lowered.map(\.rule) == [.fin001] && lowered.first?.severity == .warning)
        #expect(try await findings(try edits(broken, try packWith("FIN-001: 关闭"))).isEmpty)
        let raised = try await findings(try edits(try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-30"), try packWith("FIN-009: error")))
        #expect(raised.first?.severity == .error)
    }
}
