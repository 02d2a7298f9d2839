import Foundation
import Testing
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// SVC-001 … SVC-004: one broken fixture and one passing fixture each.
@Suite struct ServiceRuleTests {
    static let services = "content/compounds/hexie/services/2026-10.md"
    static let evaluation = "content/compounds/hexie/evaluations/2026-Q3.yaml"

    @Test func svc001StatementMonthWithoutServiceList() async throws {
        let change: [String: String?] = ["content/compounds/hexie/services/2026-09.md": nil]
        expectOne(try await findings(change), .svc001, "content/compounds/hexie/ledger/2026-09.yaml", 1, 8, containing: "2026年9月有收支明细，但没有服务清单")
    }

    @Test func svc002QuarterWithoutEvaluation() async throws {
        let change: [String: String?] = [Self.evaluation: nil]
        expectOne(try await findings(change), .svc002, "content/compounds/hexie/ledger/2026-09.yaml", 1, 8,
                  containing: "2026年第三季度有收支公示，但没有居民评议记录", severity: .warning)
    }

    @Test func svc002TheLatestQuarterNeedsNoEvaluationYet() async throws {
        // Only October (Q4, the latest) would remain: no earlier quarter is judged.
        let change: [String: String?] = [Self.evaluation: nil, "content/compounds/hexie/ledger/2026-09.yaml": nil,
                                          "content/compounds/hexie/services/2026-09.md": nil]
        let d = try await findings(change)
        #expect(d.isEmpty, "\(d.map(\.message.zh))")
    }

    @Test func svc003ServiceListWithoutFeedbackChannel() async throws {
        let change = try SiteFixture.edit(Self.services, "feedback: {phone: 0351-1234567}\n", "")
        expectOne(try await findings(change), .svc003, Self.services, 2, 1, containing: "没有写居民提意见的渠道")
        let withSiteURL = try edits(change, try SiteFixture.edit("content/site.yaml", "  phone: 0351-1234567", "  phone: 0351-1234567\n  feedback_url: https://example.org/yijian"))
        #expect(try await findings(withSiteURL).isEmpty)
    }

    @Test func svc004MoreParticipantsThanHouseholds() async throws {
        let change = try SiteFixture.edit(Self.evaluation, "participants: 80", "participants: 130")
        expectOne(try await findings(change), .svc004, Self.evaluation, 3, 15, containing: "参加评议 130 户，多于小区总户数 120 户")
    }

    @Test func svc004ResultsExceedParticipants() async throws {
        let change = try SiteFixture.edit(Self.evaluation, "participants: 80", "participants: 79")
        let at = try position(of: "{item: 楼道清扫", in: Self.evaluation)
        expectOne(try await findings(change), .svc004, Self.evaluation, at.line, at.column, containing: "60 + 基本满意 15 + 不满意 5 = 80，多于参加评议的 79 户")
    }
}
