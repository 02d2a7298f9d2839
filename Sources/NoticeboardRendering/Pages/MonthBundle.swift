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
                return file(bundleData(month, sheetsHTML: rendered.joined(), count: rendered.count), .monthBundle)
            }]
        }
    }

    private func bundleData(_ month: Month, sheetsHTML: String, count: Int) -> PageData {
        let community = community.site.community
        return pageContext.page(SitePaths.monthBundle(month), title: "\(community) \(month.chinese)张贴汇总",
                                description: "\(month.chinese)各小区收支明细与服务清单，共\(count)张",
                                crumbs: [(community, SitePaths.community), ("\(month.chinese)张贴汇总", nil)],
                                SheetsContent(sheetsHTML: sheetsHTML, monthLabel: month.chinese, sheetCount: count))
    }
}

extension PageTemplate {
    package static let monthBundle = PageTemplate("month-bundle", Page<SheetsContent>.shape)
}
