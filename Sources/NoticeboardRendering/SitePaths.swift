import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// Where each page lives under `public/` (docs/site.md), and how pages link to each other.
package enum SitePaths {
    package static let community = "index.html"
    package static let sitemap = "sitemap.xml"
    package static let notFound = "404.html"
    package static func compound(_ slug: String) -> String { "\(slug)/index.html" }
    package static func statement(_ slug: String, _ month: Month) -> String { "\(slug)/ledger/\(month)/index.html" }
    package static func statementSheet(_ slug: String, _ month: Month) -> String { "\(slug)/ledger/\(month)/print.html" }
    package static func serviceList(_ slug: String, _ month: Month) -> String { "\(slug)/services/\(month)/index.html" }
    package static func serviceSheet(_ slug: String, _ month: Month) -> String { "\(slug)/services/\(month)/print.html" }
    package static func approval(_ slug: String, _ id: String) -> String { "\(slug)/approvals/\(id)/index.html" }
    package static func evaluation(_ slug: String, _ quarter: Quarter) -> String { "\(slug)/evaluations/\(quarter)/index.html" }
    package static func households(_ slug: String) -> String { "\(slug)/households/index.html" }
    package static func householdSheets(_ slug: String) -> String { "\(slug)/households/print.html" }
    package static func compoundNotice(_ slug: String, _ name: String) -> String { "\(slug)/notices/\(name)/index.html" }
    package static func communityNotice(_ name: String) -> String { "notices/\(name)/index.html" }
    package static func monthBundle(_ month: Month) -> String { "print/\(month)/index.html" }
    package static func year(_ slug: String, _ year: Int) -> String { "\(slug)/ledger/\(year)/index.html" }
    package static func yearSheet(_ slug: String, _ year: Int) -> String { "\(slug)/ledger/\(year)/print.html" }
    package static let overview = "overview/index.html"

    /// `../` as many times as `page` lies below the root, so that links work from a disk as well as hosted.
    package static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// The absolute URL of a page under `base_url`, as a folder (`…/xinyuan/ledger/2026-11/`) for index pages.
    package static func absolute(_ page: String, baseURL: String) -> String {
        baseURL + (page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page)
    }
}
