import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// ORG-001 … ORG-005: one broken fixture and one passing fixture each.
@Suite struct OrganisationRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let smallA = "content/compounds/xiao-a/compound.yaml"
    static let hexieBranch = "content/branches/hexie.yaml"
    static let joint = "content/branches/pianqu.yaml"

    @Test func org001LargeCompoundInAJointBranch() async throws {
        let change = try edits(try SiteFixture.edit(Self.smallA, "households: 40", "households: 100"), try packWith("ORG-002: off"))
        let at = try position(of: "100", in: Self.smallA, after: change)
        expectOne(try await findings(change), .org001, Self.smallA, at.line, at.column, containing: "100 户", "不少于 100 户", "片区联合党支部")
    }

    @Test func org001JustBelowTheThresholdIsAllowedInAJointBranch() async throws {
        #expect(try await findings(try SiteFixture.edit(Self.smallA, "households: 40", "households: 99")).isEmpty)
    }

    @Test func org002LargeCompoundWithoutCommittee() async throws {
        let text = try SiteFixture.text(Self.compound)
        let start = text.range(of: "committee:")!.lowerBound, end = text.range(of: "account:")!.lowerBound
        let change: [String: String?] = [Self.compound: text.replacingCharacters(in: start..<end, with: "")]
        expectOne(try await findings(change), .org002, Self.compound, 2, 13, containing: "120 户", "应成立物管会")
    }

    @Test func org003CompoundInNoBranch() async throws {
        let change: [String: String?] = ["content/compounds/xiao-c/compound.yaml": "name: 小C院\nhouseholds: 20\nstation: {use: hexie}\ninstitutions: [unit_head_reporting, red_white_council, residents_convention]\n"]
        expectOne(try await findings(change), .org003, "content/compounds/xiao-c/compound.yaml", 1, 1, containing: "小C院（xiao-c）不属于任何党支部")
    }

    @Test func org003CompoundInTwoBranches() async throws {
        let change: [String: String?] = ["content/branches/extra.yaml": "name: 另一联合党支部\nkind: joint\ncompounds: [xiao-b, xiao-a]\nsecretary: 某书记\n"]
        let d = try await findings(change)
        // Branches are read in file-name order: extra.yaml lists them first, so pianqu.yaml's listings are the second ones.
        #expect(d.count == 2 && d.allSatisfy { $0.rule == .org003 && $0.location.file == Self.joint && $0.notes.first?.location.file == "content/branches/extra.yaml" })
        #expect(d.contains { $0.message.zh.contains("小A院已属于「另一联合党支部」，不能再列入「片区联合党支部」") })
    }

    @Test func org004GroupNamesABuildingTheCompoundDoesNotHave() async throws {
        let change = try SiteFixture.edit(Self.hexieBranch, "buildings: [\"1\"]", "buildings: [\"1\", \"3\"]")
        let at = try position(of: "\"3\"", in: Self.hexieBranch, after: change)
        expectOne(try await findings(change), .org004, Self.hexieBranch, at.line, at.column, containing: "3 号楼", "最多 2 栋")
    }

    @Test func org004CentreHouseholdOutsideItsGroup() async throws {
        let change = try SiteFixture.edit(Self.hexieBranch, "unit: 1-1-101", "unit: 2-1-101")
        let at = try position(of: "{name: 丙中心", in: Self.hexieBranch)
        expectOne(try await findings(change), .org004, Self.hexieBranch, at.line, at.column, containing: "丙中心（2-1-101）住 2 号楼")
    }

    @Test func org005OwnBranchCoveringTwoCompounds() async throws {
        let change = try SiteFixture.edit(Self.joint, "kind: joint", "kind: own")
        let at = try position(of: "[xiao-a", in: Self.joint)
        expectOne(try await findings(change), .org005, Self.joint, at.line, at.column, containing: "应只覆盖 1 个小区，现覆盖 2 个")
    }
}
