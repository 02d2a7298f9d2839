import Foundation
import Testing
@testable import NoticeboardCore

/// STN, INS, SVC, PMH and PRV rules: one broken fixture and one passing fixture each.
@Suite struct ServiceRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let services = "content/compounds/hexie/services/2026-10.md"
    static let evaluation = "content/compounds/hexie/evaluations/2026-Q3.yaml"
    static let plate = "content/compounds/hexie/households/1-1-101.md"

    @Test func stn001CompoundWithoutStation() async throws {
        let change = SiteFixture.edit("content/compounds/xiao-b/compound.yaml", "station: {use: hexie}\n", "")
        expectOne(try await findings(change), .stn001, "content/compounds/xiao-b/compound.yaml", 1, 1, containing: "小B院没有登记党群服务站")
    }

    @Test func stn002StationMissingAnItemOfThePack() async throws {
        let change = SiteFixture.edit("seeds/pack.yaml", "eight_haves: {place: 有场所, sign: 有牌子}", "eight_haves: {place: 有场所, sign: 有牌子, rules: 有制度, staff: 有人员}")
        let at = position(of: "[place, sign]", in: Self.compound)
        expectOne(try await findings(change), .stn002, Self.compound, at.line, at.column, containing: "未达到“八有”：缺有制度、有人员", severity: .warning)
    }

    @Test func stn002UnknownItemIsAnUnresolvedReference() async throws {
        let change = SiteFixture.edit(Self.compound, "eight_haves: [place, sign]", "eight_haves: [place, sign, plaec]")
        let at = position(of: "plaec", in: Self.compound, after: change)
        expectOne(try await findings(change), .in005, Self.compound, at.line, at.column, containing: "plaec，是否应为 place")
    }

    @Test func ins001InstitutionsMissing() async throws {
        let change = SiteFixture.edit("content/compounds/xiao-a/compound.yaml", "institutions: [unit_head_reporting, red_white_council, residents_convention]", "institutions: [居民公约]")
        let at = position(of: "[居民公约]", in: "content/compounds/xiao-a/compound.yaml", after: change)
        expectOne(try await findings(change), .ins001, "content/compounds/xiao-a/compound.yaml", at.line, at.column,
                  containing: "小A院未登记制度：单元长报到、红白理事会", severity: .warning)
    }

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
        let change = SiteFixture.edit(Self.services, "feedback: {phone: 0351-1234567}\n", "")
        expectOne(try await findings(change), .svc003, Self.services, 2, 1, containing: "没有写居民提意见的渠道")
        let withSiteURL = edits(change, SiteFixture.edit("content/site.yaml", "  phone: 0351-1234567", "  phone: 0351-1234567\n  feedback_url: https://example.org/yijian"))
        #expect(try await findings(withSiteURL).isEmpty)
    }

    @Test func svc004MoreParticipantsThanHouseholds() async throws {
        let change = SiteFixture.edit(Self.evaluation, "participants: 80", "participants: 130")
        expectOne(try await findings(change), .svc004, Self.evaluation, 3, 15, containing: "参加评议 130 户，多于小区总户数 120 户")
    }

    @Test func svc004ResultsExceedParticipants() async throws {
        let change = SiteFixture.edit(Self.evaluation, "participants: 80", "participants: 79")
        let at = position(of: "{item: 楼道清扫", in: Self.evaluation)
        expectOne(try await findings(change), .svc004, Self.evaluation, at.line, at.column, containing: "60 + 基本满意 15 + 不满意 5 = 80，多于参加评议的 79 户")
    }

    @Test func pmh001PlateWithoutDuty() async throws {
        let change = SiteFixture.edit(Self.plate, "duty: 1号楼环境卫生监督\n", "")
        expectOne(try await findings(change), .pmh001, Self.plate, 2, 1, containing: "丙中心（1-1-101）的党员户牌缺少职责")
    }

    @Test func pmh002PlateWithoutPost() async throws {
        let change = SiteFixture.edit(Self.plate, "post: 环境卫生先锋岗\n", "")
        expectOne(try await findings(change), .pmh002, Self.plate, 2, 1, containing: "未写先锋岗", severity: .warning)
    }

    @Test func pmh003TwoPlatesClaimOneArea() async throws {
        let second = "content/compounds/hexie/households/2-1-201.md"
        let text = SiteFixture.files[Self.plate]!.replacingOccurrences(of: "1-1-101", with: "2-1-201").replacingOccurrences(of: "丙中心", with: "丁党员")
        let d = try await findings([second: text])
        let at = position(of: "1号楼1单元", in: Self.plate)
        expectOne(d, .pmh003, second, at.line, at.column, containing: "责任区「1号楼1单元」已由 丙中心（1-1-101）认领", severity: .warning)
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.plate, line: at.line, column: at.column))
    }

    @Test func prv001IdentityCardNumberInANotice() async throws {
        let change = SiteFixture.edit("content/notices/tongzhi.md", "请按时缴费。", "请11010519491231002X家按时缴费。")
        expectOne(try await findings(change), .prv001, "content/notices/tongzhi.md", 5, 2, containing: "身份证号码（110105…）")
    }

    @Test func prv001EighteenDigitsWithAWrongCheckCharacterAreNotAnIdentityCard() async throws {
        #expect(try await findings(SiteFixture.edit("content/notices/tongzhi.md", "请按时缴费。", "编号110105194912310021。")).isEmpty)
    }

    @Test func prv002MobileNumberOutsideAPublicPhone() async throws {
        let change = SiteFixture.edit(Self.services, "note: 充电桩待修}", "note: 充电桩待修，联系13912345678}")
        let at = position(of: "13912345678", in: Self.services, after: change)
        expectOne(try await findings(change), .prv002, Self.services, at.line, at.column, containing: "139****5678", severity: .warning)
    }

    @Test func prv002PublishedAndUnpublishedMemberPhonesAreNotWarned() async throws {
        let phones = SiteFixture.edit(Self.compound, [
            ("{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group}", "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group, phone: \"13912345678\", phone_public: true}"),
            ("{name: 戊委员, role: 委员, party_member: true, nominated_by: residents}", "{name: 戊委员, role: 委员, party_member: true, nominated_by: residents, phone: \"13800001111\"}"),
        ])
        let reused = SiteFixture.edit(Self.services, "feedback: {phone: 0351-1234567}", "feedback: {phone: 13912345678}")
        #expect(try await findings(edits(phones, reused)).isEmpty)
    }

    @Test func prv002PagesShowUnpublishedNumbersMasked() async throws {
        let phones = SiteFixture.edit(Self.compound, "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group}",
                                      "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group, phone: \"13912345678\", phone_public: true}")
        let note = SiteFixture.edit(Self.services, "note: 充电桩待修}", "note: 充电桩待修，联系13800001111或13912345678}")
        let (fixture, out) = try await RenderingTests.build(edits(phones, note))
        defer { fixture.remove() }
        let page = try RenderingTests.read(out, "hexie/services/2026-10/index.html")
        #expect(page.contains("联系138****1111或13912345678"))
        #expect(!page.contains("13800001111"))
        #expect(try RenderingTests.read(out, "hexie/index.html").contains("tel:13912345678"))
    }

    @Test func prv003ExemptionNamesAUnit() async throws {
        let change = SiteFixture.edit(Self.october, "reason: 低保户减免", "reason: 3-1-202低保户减免")
        expectOne(try await findings(change), .prv003, Self.october, 11, 7, containing: "门牌号「3-1-202」")
    }

    @Test func prv003ExemptionNamesAPerson() async throws {
        let change = SiteFixture.edit(Self.october, "reason: 低保户减免", "reason: 丙中心家低保户减免")
        expectOne(try await findings(change), .prv003, Self.october, 11, 7, containing: "人名「丙中心」")
    }

    @Test func statementPageShowsTheChecksResidentsGainFrom() async throws {
        let (fixture, out) = try await RenderingTests.build()
        defer { fixture.remove() }
        let page = try RenderingTests.read(out, "hexie/ledger/2026-10/index.html")
        #expect(page.contains("✓ 账目相符"))
        #expect(page.contains("<dt>监督小组审核</dt><dd>辛监督</dd>"))
        let compound = try RenderingTests.read(out, "hexie/index.html")
        #expect(compound.contains("委员 3 人，其中党员 2 人（66.7%）"))
    }
}
