import Testing
import NoticeboardTestSupport

/// COM-001 … COM-004: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/CommitteeRuleTests/`).
@Suite struct CommitteeRuleTests {
    @Test func com001TooFewPartyMembers() async throws {
        try await expectMarked("CommitteeRuleTests/com001TooFewPartyMembers", containing: "3 名成员中党员 1 名", "33.3%", "60%")
    }

    @Test func com001ThreeOfFiveIsExactlySixtyPercentAndPasses() async throws {
        try await expectMarked("CommitteeRuleTests/com001ThreeOfFiveIsExactlySixtyPercentAndPasses/three-of-five")
        try await expectMarked("CommitteeRuleTests/com001ThreeOfFiveIsExactlySixtyPercentAndPasses/three-of-five-under-a-higher-ratio",
                               containing: "5 名成员中党员 3 名", "61%")
    }

    @Test func com002CommitteeSecretaryIsNotTheBranchSecretary() async throws {
        try await expectMarked("CommitteeRuleTests/com002CommitteeSecretaryIsNotTheBranchSecretary", containing: "乙某", "甲书记")
    }

    @Test func com003MemberWithoutNomination() async throws {
        try await expectMarked("CommitteeRuleTests/com003MemberWithoutNomination", containing: "己委员 缺少 nominated_by")
    }

    @Test func com004ElectionBeforeReview() async throws {
        try await expectMarked("CommitteeRuleTests/com004ElectionBeforeReview", containing: "2021-05-12", "2021-06-01")
    }

    @Test func com004MoreVotersThanEligible() async throws {
        try await expectMarked("CommitteeRuleTests/com004MoreVotersThanEligible", containing: "130 户", "120 户")
    }

    @Test func com004HalfOfTheVotesIsNotAMajority() async throws {
        try await expectMarked("CommitteeRuleTests/com004HalfOfTheVotesIsNotAMajority/fifty-of-a-hundred", containing: "赞成 50 户", "100 户的半数")
        try await expectMarked("CommitteeRuleTests/com004HalfOfTheVotesIsNotAMajority/fifty-one-of-a-hundred")
    }
}
