import MustacheEngine
import NoticeboardModel
import NoticeboardValues

/// A template a site must provide in `templates/` (its file name without `.mustache`), with the names its
/// pages' values offer it at every depth: a template naming anything else is refused when templates load.
package struct PageTemplate: Sendable, Hashable {
    package let name: String
    package let shape: Shape

    package init(_ name: String, _ shape: Shape) {
        self.name = name
        self.shape = shape
    }

    package static func == (a: PageTemplate, b: PageTemplate) -> Bool { a.name == b.name }
    package func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A kind of page of the site: the templates its pages are rendered with, and its pages.
package protocol PageKind: SendableMetatype {
    static var templates: [PageTemplate] { get }
    /// Its pages in the site, keyed by their values.
    static func pages(in site: SiteRenderer) -> [SitePage]
}

/// A kind of page each compound has for each month it posted (a statement, a service list): its pages are
/// placed month by month, and their sheets make up the month's bundle.
package protocol MonthlyPageKind: SendableMetatype {
    static var templates: [PageTemplate] { get }
    /// The compound's page of `month`, if it has one.
    static func page(of compound: Compound, in month: Month, site: SiteRenderer) -> SitePage?
}

/// Every kind of page, in the order their pages are placed. A new kind is its file (its view, its templates
/// and its pages), its templates in `templates/`, and its line here.
package enum PageKinds {
    package static let all: [any PageKind.Type] = [
        CommunityPages.self, NotFoundPage.self, OverviewPage.self, CommunityNoticePages.self,
        CompoundPages.self, YearPages.self, ApprovalPages.self, EvaluationPages.self, HouseholdPages.self, CompoundNoticePages.self,
    ]
    package static let monthly: [any MonthlyPageKind.Type] = [StatementPages.self, ServiceListPages.self]

    /// Every template a site must provide: the kinds', the month's bundle and the sitemap.
    package static var templates: [PageTemplate] {
        all.flatMap { $0.templates } + monthly.flatMap { $0.templates } + [.monthBundle, .sitemap]
    }
}
