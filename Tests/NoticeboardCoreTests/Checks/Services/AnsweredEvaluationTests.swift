import Testing
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// SVC-005: an item that fewer residents than the threshold rated satisfactory is answered under issues.
@Suite struct AnsweredEvaluationTests {
    static let evaluation = "content/compounds/hexie/evaluations/2026-Q3.yaml"

    @Test func svc005LowSatisfactionWithoutAnAnswer() async throws {
        let change = try SiteFixture.edit(Self.evaluation, "{item: 楼道清扫, satisfied: 60, basic: 15, unsatisfied: 5}",
                                      "{item: 楼道清扫, satisfied: 20, basic: 20, unsatisfied: 40}")
        let at = try position(of: "{item: 楼道清扫", in: Self.evaluation, after: change)
        expectOne(try await findings(change), .svc005, Self.evaluation, at.line, at.column, containing: "楼道清扫", "40/80", "50.0%", "60%",
                  severity: .warning)
    }

    @Test func svc005AnsweredUnderIssuesPasses() async throws {
        let change = try SiteFixture.edit(Self.evaluation, [("{item: 楼道清扫, satisfied: 60, basic: 15, unsatisfied: 5}", "{item: 楼道清扫, satisfied: 20, basic: 20, unsatisfied: 40}"),
                                                         ("  - {raised: 照明不足, response: 已加装}", "  - {raised: 照明不足, response: 已加装}\n  - {item: 楼道清扫, raised: 清扫不及时, response: 已改为每天一次}")])
        #expect(try await findings(change).isEmpty)
    }
}
