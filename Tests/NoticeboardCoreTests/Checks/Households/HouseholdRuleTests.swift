import Testing
import NoticeboardTestSupport

/// PMH-001 … PMH-003: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/HouseholdRuleTests/`).
@Suite struct HouseholdRuleTests {
    @Test func pmh001PlateWithoutDuty() async throws {
        try await expectMarked("HouseholdRuleTests/pmh001PlateWithoutDuty", containing: "丙中心（1-1-101）的党员户牌缺少职责")
    }

    @Test func pmh002PlateWithoutPost() async throws {
        try await expectMarked("HouseholdRuleTests/pmh002PlateWithoutPost", containing: "未写先锋岗")
    }

    @Test func pmh003TwoPlatesClaimOneArea() async throws {
        try await expectMarked("HouseholdRuleTests/pmh003TwoPlatesClaimOneArea", containing: "责任区「1号楼1单元」已由 丙中心（1-1-101）认领")
    }

    /// Blank is not present: an empty or spaces-only text says nothing, so the plate lacks it.
    @Test(arguments: ["empty", "a-space", "an-ideographic-space"])
    func pmh001ABlankCommitmentIsMissing(blank: String) async throws {
        try await expectMarked("HouseholdRuleTests/pmh001ABlankCommitmentIsMissing/\(blank)", containing: "缺少承诺")
    }
}
