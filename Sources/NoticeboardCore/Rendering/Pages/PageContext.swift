import MustacheEngine

/// A page's file path under the output folder and what its template receives.
struct PageData {
    let path: String
    let value: Value
}

/// The community and its supervision channels, on every page (`site.…`).
struct SiteView: TemplateView {
    let community: String
    let street: String
    let place: String
    let partyCommittee: String?
    let supervisionPhone: String?
    let feedbackURL: String?

    static let fields: TemplateFields<SiteView> = [
        .text("community") { $0.community }, .text("street") { $0.street }, .text("place") { $0.place },
        .text("partyCommittee") { $0.partyCommittee }, .text("supervisionPhone") { $0.supervisionPhone },
        .text("feedbackURL") { $0.feedbackURL },
    ]
}

/// The page itself (`page.…`): its title and description (also for shared cards), the way back to the
/// site's root, its absolute address and the share image.
struct PageInfo: TemplateView {
    let title: String
    let description: String
    let root: String
    let url: String
    let image: String
    /// The links of the stylesheet and the emblem, from this page (their names carry their digests).
    let stylesheet: String
    let emblem: String

    static let fields: TemplateFields<PageInfo> = [
        .text("title") { $0.title }, .text("description") { $0.description }, .text("root") { $0.root },
        .text("url") { $0.url }, .text("image") { $0.image }, .text("stylesheet") { $0.stylesheet }, .text("emblem") { $0.emblem },
        // `<meta name="generator">`: which version made the page.
        .text("generator") { _ in "noticeboard \(NoticeboardVersion.current)" },
    ]
}

/// One step of the breadcrumbs; the current page has no link.
struct Crumb: TemplateView {
    let label: String
    let href: String?

    static let fields: TemplateFields<Crumb> = [.text("label") { $0.label }, .text("href") { $0.href }]
}

/// What every page's template receives besides its own content.
struct PageFrame: TemplateView {
    let site: SiteView
    let page: PageInfo
    let crumbs: [Crumb]

    static let fields: TemplateFields<PageFrame> = [
        .view("site") { $0.site }, .view("page") { $0.page }, .views("crumbs") { $0.crumbs },
    ]
}

/// A label and a link, the most common row of the pages.
struct LinkView: TemplateView {
    let label: String
    let link: String

    static let fields: TemplateFields<LinkView> = [.text("label") { $0.label }, .text("link") { $0.link }]
}

/// A name and a link (partner compounds, compounds sharing a station).
struct NamedLink: TemplateView {
    let name: String
    let link: String

    static let fields: TemplateFields<NamedLink> = [.text("name") { $0.name }, .text("link") { $0.link }]
}

/// Builds every page's values from the community: the site, the way back to the root, the title.
struct PageContext {
    let community: Community
    let baseURL: String
    /// Each compound's statement fingerprints, computed once per build.
    let fingerprints: [String: [Month: StatementFingerprint]]
    /// Where the stylesheet and the emblem are published (`StaticFiles`).
    let assets: AssetPaths

    /// The published paths of the files every page links.
    struct AssetPaths {
        let stylesheet: String
        let emblem: String
    }

    var site: SiteView {
        let site = community.site
        return SiteView(community: site.community, street: site.street, place: [site.city, site.district, site.street].compactMap { $0 }.joined(),
                        partyCommittee: site.partyCommittee?.name, supervisionPhone: site.supervision?.phone,
                        feedbackURL: site.supervision?.feedbackURL)
    }

    /// The frame of a page at `path`. Links start from `root`: relative by default, so the site works
    /// from a disk as well as hosted.
    func frame(_ path: String, title: String, description: String, crumbs: [(String, String?)], root: String? = nil) -> PageFrame {
        let root = root ?? SitePaths.rootPrefix(of: path)
        let info = PageInfo(title: title, description: description, root: root, url: SitePaths.absolute(path, baseURL: baseURL),
                            image: baseURL + assets.emblem, stylesheet: root + assets.stylesheet, emblem: root + assets.emblem)
        // The current page is named, not linked.
        let crumbs = crumbs.enumerated().map { index, crumb in
            Crumb(label: crumb.0, href: index < crumbs.count - 1 ? crumb.1.map { root + $0 } : nil)
        }
        return PageFrame(site: site, page: info, crumbs: crumbs)
    }

    /// A page at `path` with its own content.
    func page<Content: TemplateView>(_ path: String, title: String, description: String, crumbs: [(String, String?)],
                                     root: String? = nil, _ content: Content) -> PageData {
        PageData(path: path, value: Page(frame: frame(path, title: title, description: description, crumbs: crumbs, root: root), content: content).value)
    }

    /// The first crumbs of every compound page: community, compound.
    func compoundCrumbs(_ compound: Compound) -> [(String, String?)] {
        [(community.site.community, SitePaths.community), (compound.name, SitePaths.compound(compound.slug))]
    }
}

/// A page with nothing of its own beyond the frame (404).
struct NoContent: TemplateView {
    static let fields: TemplateFields<NoContent> = []
}

/// A print page around sheets already rendered (a sheet's own page, a month's bundle).
struct SheetsContent: TemplateView {
    let sheetsHTML: String
    let monthLabel: String?

    static let fields: TemplateFields<SheetsContent> = [.text("sheetsHTML") { $0.sheetsHTML }, .text("monthLabel") { $0.monthLabel }]
}
