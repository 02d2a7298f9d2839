import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// The loader on the repository's sample community.
@Suite struct LoaderTests {
    /// The sample, loaded once for every test of the suite: 43 compounds.
    static let loaded = Task { try await ContentLoader(root: SiteFixture.repository).load() }

    static func sample() async throws -> (Community, [Diagnostic]) {
        let (community, diagnostics) = try await loaded.value
        return (try #require(community), diagnostics)
    }

    @Test func sampleLoadsCleanWithEveryCompound() async throws {
        let (community, diagnostics) = try await Self.sample()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.zh))")
        #expect(community.compounds.count == 43)
        #expect(community.site.community == "永康北路社区")
        #expect(community.rulePack.thresholds.ownBranchMinHouseholds == 100)
    }

    @Test func sampleOrganisationFollowsTheSourceArticle() async throws {
        let (community, _) = try await Self.sample()
        let large = community.compounds.filter { $0.households.value >= 100 }
        #expect(large.count == 8)
        let joint = community.branches.filter { $0.kind.value == .joint }
        #expect(joint.count == 2)
        #expect(joint.map(\.compounds.count).reduce(0, +) == 34)
        let yizhong = try #require(community.compound("yizhong-sushe"))
        #expect(yizhong.households.value == 96)
        #expect(community.branch(of: "yizhong-sushe")?.kind.value == .own)
        #expect(yizhong.plates.count == 23)
        for compound in community.compounds {
            #expect(community.branches(covering: compound.slug).count == 1, "\(compound.slug)")
        }
    }

    @Test func sampleFiguresAddUp() async throws {
        let (community, _) = try await Self.sample()
        for compound in community.compounds {
            for (index, statement) in compound.statements.enumerated() {
                #expect(statement.balances, "\(compound.slug) \(statement.month.value)")
                if index > 0 { #expect(statement.opening.value == compound.statements[index - 1].closing.value) }
            }
            if compound.committee != nil { #expect(compound.statements.last?.month.value.description == "2026-10", "\(compound.slug)") }
        }
        let detailed = ["xinyuan", "yizhong-sushe", "changsheng-west-1"].compactMap(community.compound)
        #expect(detailed.allSatisfy { $0.statements.count >= 3 && !$0.approvals.isEmpty && !$0.evaluations.isEmpty && !$0.notices.isEmpty })
    }

    @Test func valuesKeepTheirLocation() async throws {
        let (community, _) = try await Self.sample()
        let statement = try #require(community.compound("xinyuan")?.statements.last)
        let path = "content/compounds/xinyuan/ledger/2026-10.yaml"
        let lines = try String(contentsOf: SiteFixture.repository.appendingPathComponent(path), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let closingLine = try #require(lines.firstIndex { $0.hasPrefix("closing:") }) + 1
        #expect(statement.closing.location == SourceLocation(file: path, line: closingLine, column: 10))
        let firstIncome = try #require(statement.income.first)
        #expect(firstIncome.amount.location.line == 4)
        #expect(firstIncome.amount.location.file == path)
    }

    @Test func recordsAreSortedByPeriod() async throws {
        let (community, _) = try await Self.sample()
        let xinyuan = try #require(community.compound("xinyuan"))
        #expect(xinyuan.statements.map(\.month.value.description) == ["2026-08", "2026-09", "2026-10"])
        #expect(xinyuan.serviceLists.map(\.month.value.description) == ["2026-08", "2026-09", "2026-10"])
    }

    @Test func missingContentFolderIsAnInputOutputError() async throws {
        let empty = FixtureFiles.scratchFolder("noticeboard-empty")
        await #expect(throws: InputOutputError.self) { try await ContentLoader(root: empty).load() }
    }
}
