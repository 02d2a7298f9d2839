import Testing
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// COM-001 … COM-004: one broken fixture and one passing fixture each.
@Suite struct CommitteeRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let hexieBranch = "content/branches/hexie.yaml"

    @Test func com001TooFewPartyMembers() async throws {
        let change = try SiteFixture.edit(Self.compound, "{name: 戊委员, role: 委员, party_member: true", "{name: 戊委员, role: 委员, party_member: false")
        let at = try position(of: "- {name: 甲书记, role: 主任", in: Self.compound)
        expectOne(try await findings(change), .com001, Self.compound, at.line, at.column, containing: "3 名成员中党员 1 名", "33.3%", "60%")
    }

    @Test func com001ThreeOfFiveIsExactlySixtyPercentAndPasses() async throws {
        let change = try SiteFixture.edit(Self.compound, "    - {name: 己委员, role: 委员, party_member: false, nominated_by: self}",
            "    - {name: 己委员, role: 委员, party_member: false, nominated_by: self}\n    - {name: 壬委员, role: 委员, party_member: true, nominated_by: self}\n    - {name: 癸委员, role: 委员, party_member: false, nominated_by: residents}")
        #expect(try await findings(change).isEmpty)
        let below = try edits(change, try SiteFixture.edit("seeds/pack.yaml", "committee_party_ratio_min: 0.6", "committee_party_ratio_min: 0.61"))
        #expect(try await findings(below).map(\.rule) == [.com001])
    }

    @Test func com002CommitteeSecretaryIsNotTheBranchSecretary() async throws {
        let change = try SiteFixture.edit(Self.compound, "party_secretary: 甲书记", "party_secretary: 乙某")
        let d = try await findings(change)
        expectOne(d, .com002, Self.compound, 6, 20, containing: "乙某", "甲书记")
        #expect(d.first?.notes.first?.location.file == Self.hexieBranch)
    }

    @Test func com003MemberWithoutNomination() async throws {
        let change = try SiteFixture.edit(Self.compound, "party_member: false, nominated_by: self}", "party_member: false}")
        let at = try position(of: "{name: 己委员", in: Self.compound)
        expectOne(try await findings(change), .com003, Self.compound, at.line, at.column, containing: "己委员 缺少 nominated_by")
    }

    @Test func com004ElectionBeforeReview() async throws {
        let change = try SiteFixture.edit(Self.compound, "date: 2021-06-12", "date: 2021-05-12")
        let at = try position(of: "2021-05-12", in: Self.compound, after: change)
        expectOne(try await findings(change), .com004, Self.compound, at.line, at.column, containing: "2021-05-12", "2021-06-01")
    }

    @Test func com004MoreVotersThanEligible() async throws {
        let change = try SiteFixture.edit(Self.compound, "voted: 100", "voted: 130")
        let at = try position(of: "130", in: Self.compound, after: change)
        expectOne(try await findings(change), .com004, Self.compound, at.line, at.column, containing: "130 户", "120 户")
    }

    @Test func com004HalfOfTheVotesIsNotAMajority() async throws {
        let change = try SiteFixture.edit(Self.compound, "approved: 90}", "approved: 50}")
        let at = try position(of: "50}", in: Self.compound, after: change)
        expectOne(try await findings(change), .com004, Self.compound, at.line, at.column, containing: "赞成 50 户", "100 户的半数")
        #expect(try await findings(try SiteFixture.edit(Self.compound, "approved: 90}", "approved: 51}")).isEmpty)
    }
}
