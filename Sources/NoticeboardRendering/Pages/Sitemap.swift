import MustacheEngine
import NoticeboardValues

/// The sitemap: every page's absolute address.
package struct SitemapContent: TemplateView {
    package let urls: [String]

    package static let fields: TemplateFields<SitemapContent> = [.texts("urls") { $0.urls }]
}

extension SiteRenderer {
    /// `sitemap.xml` of `paths`: keyed like a page, since its list of a city's addresses takes a while to render.
    package func sitemap(of paths: [String]) -> SitePage {
        let sitemap = SitemapContent(urls: paths.filter { $0 != SitePaths.notFound }.sorted().map { SitePaths.absolute($0, baseURL: baseURL) }).value
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
