import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// A page's file path under the output folder and what its template receives.
package struct PageData {
    package let path: String
    package let value: Value
}

/// The community and its supervision channels, on every page (`site.…`).
package struct SiteView: TemplateView {
    package let community: String
    package let street: String
    package let place: String
    package let partyCommittee: String?
    package let supervisionPhone: String?
    package let feedbackURL: String?

    package static let fields: TemplateFields<SiteView> = [
        .text("community") { $0.community }, .text("street") { $0.street }, .text("place") { $0.place },
        .text("partyCommittee") { $0.partyCommittee }, .text("supervisionPhone") { $0.supervisionPhone },
        .text("feedbackURL") { $0.feedbackURL },
    ]
}

/// The page itself (`page.…`): the way back to the site's root, its absolute address and the share image, and
/// the sheet posted at the gate with the same content, if it has one. Its title and description (also for
/// shared cards) are the page template's words, in the blocks `{{$title}}` and `{{$description}}` that the
/// layout places.
package struct PageInfo: TemplateView {
    package let root: String
    package let url: String
    package let image: String
    /// The A4 sheet of the same record, for a page that has one (a statement, a service list, a year).
    package let sheet: String?
    /// The links of the stylesheet and the emblem, from this page (their names carry their digests).
    package let stylesheet: String
    package let emblem: String

    package static let fields: TemplateFields<PageInfo> = [
        .text("root") { $0.root }, .text("url") { $0.url }, .text("image") { $0.image }, .text("sheet") { $0.sheet },
        .text("stylesheet") { $0.stylesheet }, .text("emblem") { $0.emblem },
        // `<meta name="generator">`: which version made the page.
        .text("generator") { _ in "noticeboard \(NoticeboardVersion.current)" },
    ]
}

/// One step of the breadcrumbs above the page; the page itself is the last step, named by its template
/// (`{{$crumb}}`).
package struct Crumb: TemplateView {
    package let label: String
    package let href: String

    package static let fields: TemplateFields<Crumb> = [.text("label") { $0.label }, .text("href") { $0.href }]
}

/// What every page's template receives besides its own content.
package struct PageFrame: TemplateView {
    package let site: SiteView
    package let page: PageInfo
    package let crumbs: [Crumb]

    package static let fields: TemplateFields<PageFrame> = [
        .view("site") { $0.site }, .view("page") { $0.page }, .views("crumbs") { $0.crumbs },
    ]
}

/// A label and a link, the most common row of the pages.
package struct LinkView: TemplateView {
    package let label: String
    package let link: String

    package static let fields: TemplateFields<LinkView> = [.text("label") { $0.label }, .text("link") { $0.link }]
}

/// A name and a link (partner compounds, compounds sharing a station).
package struct NamedLink: TemplateView {
    package let name: String
    package let link: String

    package static let fields: TemplateFields<NamedLink> = [.text("name") { $0.name }, .text("link") { $0.link }]
}

/// Builds every page's values from the community: the site, the way back to the root, the title.
package struct PageContext {
    package let community: Community
    package let baseURL: String
    /// Each compound's statement fingerprints, computed once per build.
    package let fingerprints: [String: [Month: StatementFingerprint]]
    /// Where the stylesheet and the emblem are published (`StaticFiles`).
    package let assets: AssetPaths

    /// The published paths of the files every page links.
    package struct AssetPaths: Sendable {
        package let stylesheet: String
        package let emblem: String

        package init(stylesheet: String, emblem: String) {
            self.stylesheet = stylesheet
            self.emblem = emblem
        }
    }

    /// The latest month any compound has a record of (`latestMonth(of:)`).
    package let latestMonth: Month?

    package init(community: Community, baseURL: String, fingerprints: [String: [Month: StatementFingerprint]], assets: AssetPaths,
                 latestMonth: Month?) {
        self.community = community
        self.baseURL = baseURL
        self.fingerprints = fingerprints
        self.assets = assets
        self.latestMonth = latestMonth
    }

    package var site: SiteView {
        let site = community.site
        return SiteView(community: site.community, street: site.street, place: [site.city, site.district, site.street].compactMap { $0 }.joined(),
                        partyCommittee: site.partyCommittee?.name, supervisionPhone: site.supervision?.phone,
                        feedbackURL: site.supervision?.feedbackURL)
    }

    /// The frame of a page at `path`, below the pages `crumbs` names and links; `sheet`, the A4 sheet posted
    /// with the same content. Links start from `root`: relative by default, so the site works from a disk as
    /// well as hosted.
    package func frame(_ path: String, crumbs: [(String, String)], root: String? = nil, sheet: String? = nil) -> PageFrame {
        let root = root ?? SitePaths.rootPrefix(of: path)
        let info = PageInfo(root: root, url: SitePaths.absolute(path, baseURL: baseURL), image: baseURL + assets.emblem, sheet: sheet,
                            stylesheet: root + assets.stylesheet, emblem: root + assets.emblem)
        return PageFrame(site: site, page: info, crumbs: crumbs.map { Crumb(label: $0.0, href: root + $0.1) })
    }

    /// A page at `path` with its own content, below the pages `crumbs` names and links; `sheet`, the A4 sheet
    /// posted with the same content.
    package func page<Content: TemplateView>(_ path: String, crumbs: [(String, String)], root: String? = nil, sheet: String? = nil,
                                             _ content: Content) -> PageData {
        PageData(path: path, value: Page(frame: frame(path, crumbs: crumbs, root: root, sheet: sheet), content: content).value)
    }

    /// The pages above a compound's own pages: the community and the compound.
    package func compoundCrumbs(_ compound: Compound) -> [(String, String)] {
        [(community.site.community, SitePaths.community), (compound.name, SitePaths.compound(compound.slug))]
    }
}

/// A page with nothing of its own beyond the frame (404).
package struct NoContent: TemplateView {
    package static let fields: TemplateFields<NoContent> = []
}

/// A month's bundle of sheets, already rendered: the month, and how many sheets.
package struct MonthBundleContent: TemplateView {
    package let sheetsHTML: String
    package let monthLabel: String
    package let count: Int

    package static let fields: TemplateFields<MonthBundleContent> = [
        .markup("sheetsHTML") { $0.sheetsHTML }, .text("monthLabel") { $0.monthLabel }, .number("count") { $0.count },
    ]
}
