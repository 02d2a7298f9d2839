import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// PMH-001 … PMH-003: one broken fixture and one passing fixture each.
@Suite struct HouseholdRuleTests {
    static let plate = "content/compounds/hexie/households/1-1-101.md"

    @Test func pmh001PlateWithoutDuty() async throws {
        let change = try SiteFixture.edit(Self.plate, "duty: 1号楼环境卫生监督\n", "")
        expectOne(try await findings(change), .pmh001, Self.plate, 2, 1, containing: "丙中心（1-1-101）的党员户牌缺少职责")
    }

    @Test func pmh002PlateWithoutPost() async throws {
        let change = try SiteFixture.edit(Self.plate, "post: 环境卫生先锋岗\n", "")
        expectOne(try await findings(change), .pmh002, Self.plate, 2, 1, containing: "未写先锋岗", severity: .warning)
    }

    @Test func pmh003TwoPlatesClaimOneArea() async throws {
        let second = "content/compounds/hexie/households/2-1-201.md"
        let text = try SiteFixture.text(Self.plate).replacingOccurrences(of: "1-1-101", with: "2-1-201").replacingOccurrences(of: "丙中心", with: "丁党员")
        let d = try await findings([second: text])
        let at = try position(of: "1号楼1单元", in: Self.plate)
        expectOne(d, .pmh003, second, at.line, at.column, containing: "责任区「1号楼1单元」已由 丙中心（1-1-101）认领", severity: .warning)
        #expect(d.first?.notes.first?.location == SourceLocation(file: Self.plate, line: at.line, column: at.column))
    }

    /// Blank is not present: an empty or spaces-only text says nothing, so the plate lacks it.
    @Test(arguments: ["commitment: \"\"", "commitment: \" \"", "commitment: \"\u{3000}\""])
    func pmh001ABlankCommitmentIsMissing(blank: String) async throws {
        let d = try await findings(try SiteFixture.edit(Self.plate, "commitment: 随叫随到", blank))
        #expect(d.map(\.rule) == [.pmh001], "\(d.map(\.message.zh))")
    }
}
