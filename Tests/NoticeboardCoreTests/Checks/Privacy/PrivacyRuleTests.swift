import Testing
import NoticeboardTestSupport

/// PRV-001 … PRV-003: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/PrivacyRuleTests/`).
@Suite struct PrivacyRuleTests {
    @Test func prv001IdentityCardNumberInANotice() async throws {
        try await expectMarked("PrivacyRuleTests/prv001IdentityCardNumberInANotice", containing: "身份证号码（110105…）")
    }

    @Test func prv001EighteenDigitsWithAWrongCheckCharacterAreNotAnIdentityCard() async throws {
        try await expectMarked("PrivacyRuleTests/prv001EighteenDigitsWithAWrongCheckCharacterAreNotAnIdentityCard")
    }

    @Test func prv002MobileNumberOutsideAPublicPhone() async throws {
        try await expectMarked("PrivacyRuleTests/prv002MobileNumberOutsideAPublicPhone", containing: "139****5678")
    }

    @Test func prv002PublishedAndUnpublishedMemberPhonesAreNotWarned() async throws {
        try await expectMarked("PrivacyRuleTests/prv002PublishedAndUnpublishedMemberPhonesAreNotWarned")
    }

    /// A published phone stays as written on the pages; another, warned of, is masked there.
    @Test func prv002PagesShowUnpublishedNumbersMasked() async throws {
        let name = "PrivacyRuleTests/prv002PagesShowUnpublishedNumbersMasked"
        try await expectMarked(name, containing: "138****1111")
        let (fixture, out) = try await SiteFixture.built(try MarkedCase(name).changes)
        defer { fixture.remove() }
        let page = try SiteFixture.read(out, "hexie/services/2026-10/index.html")
        #expect(page.contains("联系138****1111或13912345678"))
        #expect(!page.contains("13800001111"))
        #expect(try SiteFixture.read(out, "hexie/index.html").contains("tel:13912345678"))
    }

    @Test func prv003ExemptionNamesAUnit() async throws {
        try await expectMarked("PrivacyRuleTests/prv003ExemptionNamesAUnit", containing: "门牌号「3-1-202」")
    }

    @Test func prv003ExemptionNamesAPerson() async throws {
        try await expectMarked("PrivacyRuleTests/prv003ExemptionNamesAPerson", containing: "人名「丙中心」")
    }
}
