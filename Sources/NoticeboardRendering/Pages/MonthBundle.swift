import MustacheEngine
import NoticeboardModel
import NoticeboardValues

/// `print/<YYYY-MM>/index.html`: every sheet of the month in one print job, assembled from the sheets of the
/// month's statement and service list pages, in the compounds' order.
extension SiteRenderer {
    /// The bundle keyed by its own values and the keys of the sheets' print pages (each holds its sheet's key);
    /// `sheets` gives the rendered sheets when the bundle must be rendered.
    package func monthBundle(_ month: Month, printKeys: [PageKey], sheets: @escaping @Sendable () -> [String]) -> SitePage {
        let key = PageKey(.monthBundle, bundleData(month, sheetsHTML: "", count: printKeys.count).value, parts: printKeys)
        return SitePage {
            [PageOutput(path: SitePaths.monthBundle(month), format: .html, key: key) {
                let rendered = sheets()
                // Made room for at once: a city's month is tens of megabytes, which growing step by step copies again.
                var html = ""
                html.reserveCapacity(rendered.reduce(0) { $0 + $1.utf8.count })
                for sheet in rendered { html += sheet }
                return file(bundleData(month, sheetsHTML: html, count: rendered.count), .monthBundle)
            }]
        }
    }

    private func bundleData(_ month: Month, sheetsHTML: String, count: Int) -> PageData {
        pageContext.page(SitePaths.monthBundle(month), crumbs: [(community.site.community, SitePaths.community)],
                         MonthBundleContent(sheetsHTML: sheetsHTML, monthLabel: month.chinese, count: count))
    }
}

extension PageTemplate {
    package static let monthBundle = PageTemplate("month-bundle", Page<MonthBundleContent>.shape)
}
