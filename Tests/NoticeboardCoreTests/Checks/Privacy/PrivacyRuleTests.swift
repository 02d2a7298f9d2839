import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// PRV-001 … PRV-003: one broken fixture and one passing fixture each.
@Suite struct PrivacyRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let services = "content/compounds/hexie/services/2026-10.md"

    @Test func prv001IdentityCardNumberInANotice() async throws {
        let change = try SiteFixture.edit("content/notices/tongzhi.md", "请按时缴费。", "请11010519491231002X家按时缴费。")
        expectOne(try await findings(change), .prv001, "content/notices/tongzhi.md", 5, 2, containing: "身份证号码（110105…）")
    }

    @Test func prv001EighteenDigitsWithAWrongCheckCharacterAreNotAnIdentityCard() async throws {
        #expect(try await findings(try SiteFixture.edit("content/notices/tongzhi.md", "请按时缴费。", "编号110105194912310021。")).isEmpty)
    }

    @Test func prv002MobileNumberOutsideAPublicPhone() async throws {
        let change = try SiteFixture.edit(Self.services, "note: 充电桩待修}", "note: 充电桩待修，联系13912345678}")
        let at = try position(of: "13912345678", in: Self.services, after: change)
        expectOne(try await findings(change), .prv002, Self.services, at.line, at.column, containing: "139****5678", severity: .warning)
    }

    @Test func prv002PublishedAndUnpublishedMemberPhonesAreNotWarned() async throws {
        let phones = try SiteFixture.edit(Self.compound, [
            ("{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group}", "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group, phone: \"13912345678\", phone_public: true}"),
            ("{name: 戊委员, role: 委员, party_member: true, nominated_by: residents}", "{name: 戊委员, role: 委员, party_member: true, nominated_by: residents, phone: \"13800001111\"}"),
        ])
        let reused = try SiteFixture.edit(Self.services, "feedback: {phone: 0351-1234567}", "feedback: {phone: 13912345678}")
        #expect(try await findings(try edits(phones, reused)).isEmpty)
    }

    @Test func prv002PagesShowUnpublishedNumbersMasked() async throws {
        let phones = try SiteFixture.edit(Self.compound, "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group}",
                                      "{name: 甲书记, role: 主任, party_member: true, nominated_by: party_group, phone: \"13912345678\", phone_public: true}")
        let note = try SiteFixture.edit(Self.services, "note: 充电桩待修}", "note: 充电桩待修，联系13800001111或13912345678}")
        let (fixture, out) = try await SiteFixture.built(try edits(phones, note))
        defer { fixture.remove() }
        let page = try SiteFixture.read(out, "hexie/services/2026-10/index.html")
        #expect(page.contains("联系138****1111或13912345678"))
        #expect(!page.contains("13800001111"))
        #expect(try SiteFixture.read(out, "hexie/index.html").contains("tel:13912345678"))
    }

    @Test func prv003ExemptionNamesAUnit() async throws {
        let change = try SiteFixture.edit(Self.october, "reason: 低保户减免", "reason: 3-1-202低保户减免")
        expectOne(try await findings(change), .prv003, Self.october, 11, 7, containing: "门牌号「3-1-202」")
    }

    @Test func prv003ExemptionNamesAPerson() async throws {
        let change = try SiteFixture.edit(Self.october, "reason: 低保户减免", "reason: 丙中心家低保户减免")
        expectOne(try await findings(change), .prv003, Self.october, 11, 7, containing: "人名「丙中心」")
    }
}
