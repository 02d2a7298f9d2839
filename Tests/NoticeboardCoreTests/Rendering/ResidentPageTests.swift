import Foundation
import Testing
@testable import NoticeboardCore

/// What residents see of the checks on the pages.
@Suite struct ResidentPageTests {
    @Test func statementPageShowsTheChecksResidentsGainFrom() async throws {
        let (fixture, out) = try await RenderingTests.build()
        defer { fixture.remove() }
        let page = try RenderingTests.read(out, "hexie/ledger/2026-10/index.html")
        #expect(page.contains("✓ 账目相符"))
        #expect(page.contains("<dt>监督小组审核</dt><dd>辛监督</dd>"))
        let compound = try RenderingTests.read(out, "hexie/index.html")
        #expect(compound.contains("委员 3 人，其中党员 2 人（66.7%）"))
    }
}
