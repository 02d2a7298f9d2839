import Testing
import NoticeboardTestSupport

/// ORG-001 … ORG-005: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/OrganisationRuleTests/`).
@Suite struct OrganisationRuleTests {
    /// ORG-002 is turned off by the case's pack: the compound of 100 households has no committee either.
    @Test func org001LargeCompoundInAJointBranch() async throws {
        try await expectMarked("OrganisationRuleTests/org001LargeCompoundInAJointBranch", containing: "100 户", "不少于 100 户", "片区联合党支部")
    }

    @Test func org001JustBelowTheThresholdIsAllowedInAJointBranch() async throws {
        try await expectMarked("OrganisationRuleTests/org001JustBelowTheThresholdIsAllowedInAJointBranch")
    }

    @Test func org002LargeCompoundWithoutCommittee() async throws {
        try await expectMarked("OrganisationRuleTests/org002LargeCompoundWithoutCommittee", containing: "120 户", "应成立物管会")
    }

    @Test func org003CompoundInNoBranch() async throws {
        try await expectMarked("OrganisationRuleTests/org003CompoundInNoBranch", containing: "小C院（xiao-c）不属于任何党支部")
    }

    /// Branches are read in file-name order: extra.yaml lists them first, so pianqu.yaml's listings are the second ones.
    @Test func org003CompoundInTwoBranches() async throws {
        let d = try await expectMarked("OrganisationRuleTests/org003CompoundInTwoBranches", containing: "已属于「另一联合党支部」，不能再列入「片区联合党支部」")
        #expect(d.contains { $0.message.zh.contains("小A院已属于「另一联合党支部」") } && d.contains { $0.message.zh.contains("小B院已属于「另一联合党支部」") })
    }

    @Test func org004GroupNamesABuildingTheCompoundDoesNotHave() async throws {
        try await expectMarked("OrganisationRuleTests/org004GroupNamesABuildingTheCompoundDoesNotHave", containing: "3 号楼", "最多 2 栋")
    }

    @Test func org004CentreHouseholdOutsideItsGroup() async throws {
        try await expectMarked("OrganisationRuleTests/org004CentreHouseholdOutsideItsGroup", containing: "丙中心（2-1-101）住 2 号楼")
    }

    @Test func org005OwnBranchCoveringTwoCompounds() async throws {
        try await expectMarked("OrganisationRuleTests/org005OwnBranchCoveringTwoCompounds", containing: "应只覆盖 1 个小区，现覆盖 2 个")
    }
}
