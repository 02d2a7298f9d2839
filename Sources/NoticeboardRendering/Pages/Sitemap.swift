import MustacheEngine
import NoticeboardValues

/// The sitemap: every page's absolute address.
package struct SitemapContent: TemplateView {
    package let urls: [String]

    package static let fields: TemplateFields<SitemapContent> = [.texts("urls") { $0.urls }]
}

extension SiteRenderer {
    /// `sitemap.xml` of the pages among `paths` (not the data beside them): keyed like a page, since its list of a
    /// city's addresses takes a while to render.
    package func sitemap(of paths: [String]) -> SitePage {
        let pages = paths.filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
        let sitemap = SitemapContent(urls: pages.sorted().map { SitePaths.absolute($0, baseURL: baseURL) }).value
        return SitePage {
            [PageOutput(path: SitePaths.sitemap, format: .xml, key: PageKey(.sitemap, sitemap)) {
                file(PageData(path: SitePaths.sitemap, value: sitemap), .sitemap)
            }]
        }
    }
}

extension PageTemplate {
    package static let sitemap = PageTemplate("sitemap", SitemapContent.shape)
}
