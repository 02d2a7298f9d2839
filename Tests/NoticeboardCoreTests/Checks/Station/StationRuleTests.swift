import Foundation
import Testing
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// STN-001, STN-002 and INS-001: one broken fixture and one passing fixture each.
@Suite struct StationRuleTests {
    static let compound = "content/compounds/hexie/compound.yaml"

    @Test func stn001CompoundWithoutStation() async throws {
        let change = try SiteFixture.edit("content/compounds/xiao-b/compound.yaml", "station: {use: hexie}\n", "")
        expectOne(try await findings(change), .stn001, "content/compounds/xiao-b/compound.yaml", 1, 1, containing: "小B院没有登记党群服务站")
    }

    @Test func stn002StationMissingAnItemOfThePack() async throws {
        let change = try SiteFixture.edit("seeds/pack.yaml", "eight_haves: {place: 有场所, sign: 有牌子}", "eight_haves: {place: 有场所, sign: 有牌子, rules: 有制度, staff: 有人员}")
        let at = try position(of: "[place, sign]", in: Self.compound)
        expectOne(try await findings(change), .stn002, Self.compound, at.line, at.column, containing: "未达到“八有”：缺有制度、有人员", severity: .warning)
    }

    @Test func stn002UnknownItemIsAnUnresolvedReference() async throws {
        let change = try SiteFixture.edit(Self.compound, "eight_haves: [place, sign]", "eight_haves: [place, sign, plaec]")
        let at = try position(of: "plaec", in: Self.compound, after: change)
        expectOne(try await findings(change), .in005, Self.compound, at.line, at.column, containing: "plaec，是否应为 place")
    }

    @Test func ins001InstitutionsMissing() async throws {
        let change = try SiteFixture.edit("content/compounds/xiao-a/compound.yaml", "institutions: [unit_head_reporting, red_white_council, residents_convention]", "institutions: [居民公约]")
        let at = try position(of: "[居民公约]", in: "content/compounds/xiao-a/compound.yaml", after: change)
        expectOne(try await findings(change), .ins001, "content/compounds/xiao-a/compound.yaml", at.line, at.column,
                  containing: "小A院未登记制度：单元长报到、红白理事会", severity: .warning)
    }
}
