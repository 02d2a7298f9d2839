import Testing
import NoticeboardTestSupport

/// STN-001, STN-002 and INS-001: one broken fixture and one passing fixture each (`Tests/Fixtures/checks/StationRuleTests/`).
@Suite struct StationRuleTests {
    @Test func stn001CompoundWithoutStation() async throws {
        try await expectMarked("StationRuleTests/stn001CompoundWithoutStation", containing: "小B院没有登记党群服务站")
    }

    /// The case's pack names two items more than the station has.
    @Test func stn002StationMissingAnItemOfThePack() async throws {
        try await expectMarked("StationRuleTests/stn002StationMissingAnItemOfThePack", containing: "未达到“八有”：缺有制度、有人员")
    }

    @Test func stn002UnknownItemIsAnUnresolvedReference() async throws {
        try await expectMarked("StationRuleTests/stn002UnknownItemIsAnUnresolvedReference", containing: "plaec，是否应为 place")
    }

    @Test func ins001InstitutionsMissing() async throws {
        try await expectMarked("StationRuleTests/ins001InstitutionsMissing", containing: "小A院未登记制度：单元长报到、红白理事会")
    }
}
