import Testing
import NoticeboardTestSupport

/// SVC-005: an item that fewer residents than the threshold rated satisfactory is answered under issues
/// (`Tests/Fixtures/checks/AnsweredEvaluationTests/`).
@Suite struct AnsweredEvaluationTests {
    @Test func svc005LowSatisfactionWithoutAnAnswer() async throws {
        try await expectMarked("AnsweredEvaluationTests/svc005LowSatisfactionWithoutAnAnswer", containing: "楼道清扫", "40/80", "50.0%", "60%")
    }

    @Test func svc005AnsweredUnderIssuesPasses() async throws {
        try await expectMarked("AnsweredEvaluationTests/svc005AnsweredUnderIssuesPasses")
    }
}
