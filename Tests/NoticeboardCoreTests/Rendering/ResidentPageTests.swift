import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// What residents see of the checks on the pages.
@Suite struct ResidentPageTests {
    @Test func statementPageShowsTheChecksResidentsGainFrom() async throws {
        let out = try await SiteFixture.sharedBuild()
        let page = try SiteFixture.read(out, "hexie/ledger/2026-10/index.html")
        #expect(page.contains("✓ 账目相符"))
        #expect(page.contains("<dt>监督小组审核</dt><dd>辛监督</dd>"))
        let compound = try SiteFixture.read(out, "hexie/index.html")
        #expect(compound.contains("委员 3 人，其中党员 2 人（66.7%）"))
    }

    /// Institutions read as text, not as buttons that lead nowhere; the 404 page works from any address
    /// of the host (its links start at base_url's path); the emblem is small.
    @Test func smallFaultsTheCheckersFound() async throws {
        let out = try await SiteFixture.sharedBuild()
        let compound = try SiteFixture.read(out, "hexie/index.html")
        let institutions = try #require(compound.range(of: "<h2>小区制度</h2>\n<p>").map { compound[$0.upperBound...].prefix(while: { $0 != "\n" }) })
        #expect(!institutions.contains("<span class=\"tag\">") && institutions.contains("、"), "\(institutions)")
        let notFound = try SiteFixture.read(out, "404.html")
        #expect(notFound.contains(#"<link rel="stylesheet" href="/board/"# + DigestNames.path(of: "style.css", in: out) + #"">"#) && notFound.contains(#"href="/board/index.html""#))
        let emblem = try Data(contentsOf: out.appendingPathComponent(DigestNames.path(of: "assets/emblem.png", in: out)))
        #expect(emblem.count < 5_000, "the 36 px masthead emblem, also the 300 px share image: \(emblem.count) bytes")
        let css = try SiteFixture.read(out, DigestNames.path(of: "style.css", in: out))
        #expect(css.contains("p, li, dd, td, th, nav { text-wrap-style: pretty; }"), "no character stranded alone on a last line")
        #expect(!css.contains("line-height: 44px"), "a wrapped link keeps its lines beside its bullet")
    }
}
