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

    /// The absolute address of a page as a resident types it, for a sheet to print under its QR code: without
    /// `https://` (a browser adds it) or a query, in parts that each end at a `/`, where a printed line may break
    /// (`gongshi.example.cn/`, `yongkang/`, `xinyuan/`, `ledger/`, `2026-10/`).
    package static func typedAddress(_ page: String, baseURL: String) -> [String] {
        var address = Substring(absolute(page, baseURL: baseURL))
        for scheme in ["https://", "http://"] where address.hasPrefix(scheme) { address = address.dropFirst(scheme.count) }
        var parts: [String] = [], part = ""
        for character in address {
            part.append(character)
            if character == "/" { parts.append(part); part = "" }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }

    /// `../` as many times as `page` lies below the root, so that links work from a disk as well as hosted.
    package static func rootPrefix(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// The absolute URL of a page under `base_url`, as a folder (`…/xinyuan/ledger/2026-11/`) for index pages.
    package static func absolute(_ page: String, baseURL: String) -> String {
        baseURL + (page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page)
    }
}
