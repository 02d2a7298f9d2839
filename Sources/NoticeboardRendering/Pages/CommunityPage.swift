import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// `index.html`: every compound with its households and latest statement, grouped by the party branch
/// that covers it, in the order people say the names; community notices.
package struct CommunityContent: TemplateView {
    /// A party branch (片区) and the compounds it covers.
    package struct BranchGroup: TemplateView {
        /// Nil for the compounds no branch covers (the template names them).
        package let name: String?
        package let kind: String?
        package let anchor: String
        package let compounds: [CompoundRow]
        /// A compound's own branch (单独建支), which the home page's directory lists by the compound alone.
        package let own: Bool

        package static let fields: TemplateFields<BranchGroup> = [
            .text("name") { $0.name }, .text("kind") { $0.kind }, .text("anchor") { $0.anchor }, .views("compounds") { $0.compounds },
            .number("count") { $0.compounds.count }, .flag("own") { $0.own },
        ]
    }

    package struct CompoundRow: TemplateView {
        package let name: String
        package let link: String
        package let households: Int
        package let latest: LatestStatement?
        /// Months that should be posted and are not, up to the community's latest month; statements still drafts.
        package let missing: Int, drafts: Int

        package static let fields: TemplateFields<CompoundRow> = [
            .text("name") { $0.name }, .text("link") { $0.link }, .number("households") { $0.households },
            .view("latest") { $0.latest }, .number("missing") { $0.missing > 0 ? $0.missing : nil }, .number("drafts") { $0.drafts > 0 ? $0.drafts : nil },
        ]
    }

    package struct LatestStatement: TemplateView {
        package let label: String
        package let link: String
        package let closing: String
        package let balances: Bool
        package let checked: Bool
        /// Days it was posted after the rule pack's deadline, when late.
        package let lateDays: Int?
        /// Its page's corrections, when it was corrected after posting.
        package let correctionsLink: String?

        package static let fields: TemplateFields<LatestStatement> = [
            .text("label") { $0.label }, .text("link") { $0.link }, .text("closing") { $0.closing },
            .flag("balances") { $0.balances }, .flag("checked") { $0.checked }, .number("lateDays") { $0.lateDays },
            .text("correctionsLink") { $0.correctionsLink },
        ]
    }

    package let groups: [BranchGroup]
    package let compoundCount: Int
    package let householdCount: Int
    package let branchCount: Int
    package let committeeCount: Int
    package let notices: [NoticeRow]
    package let bundles: [LinkView]
    package let overviewLink: String

    package static let fields: TemplateFields<CommunityContent> = [
        .views("groups") { $0.groups }, .flag("hasOwnBranches") { $0.groups.contains(where: \.own) }, .number("compoundCount") { $0.compoundCount },
        .number("householdCount") { $0.householdCount }, .number("branchCount") { $0.branchCount },
        .number("committeeCount") { $0.committeeCount }, .views("notices") { $0.notices }, .views("bundles") { $0.bundles },
        .text("overviewLink") { $0.overviewLink },
    ]
}

/// A notice in a list of notices.
package struct NoticeRow: TemplateView {
    package let title: String
    package let date: String
    package let kind: String
    package let link: String

    package static let fields: TemplateFields<NoticeRow> = [
        .text("title") { $0.title }, .text("date") { $0.date }, .text("kind") { $0.kind }, .text("link") { $0.link },
    ]
}

extension PageContext {
    package func communityPage() -> PageData {
        func row(_ compound: Compound) -> CommunityContent.CompoundRow {
            let latest = compound.statements.last.map { latest in
                let month = latest.month.value, link = SitePaths.statement(compound.slug, month)
                return CommunityContent.LatestStatement(label: month.chinese, link: link, closing: latest.closing.value.withYuanSign,
                                                        balances: latest.balances, checked: !latest.checkedBy.isEmpty,
                                                        lateDays: daysLate(of: month, in: compound),
                                                        correctionsLink: latest.corrections.isEmpty ? nil : link + "#corrections")
            }
            return CommunityContent.CompoundRow(name: compound.name, link: SitePaths.compound(compound.slug), households: compound.households.value,
                                                latest: latest, missing: missingMonths(of: compound, upTo: latestMonth).count,
                                                drafts: compound.draftStatements.count)
        }
        let groups = compoundsByBranch().map { branch, compounds in
            // 「片区联合党支部」 already says it is joint.
            CommunityContent.BranchGroup(name: branch?.name,
                                         kind: branch.flatMap { $0.name.holds($0.kind.value.label) ? nil : $0.kind.value.label },
                                         anchor: "branch-\(branch?.id ?? "none")", compounds: compounds.map(row),
                                         own: branch?.kind.value == .own && compounds.count == 1)
        }
        let months = Set(community.compounds.flatMap { $0.statements.map(\.month.value) }).sorted(by: >)
        let content = CommunityContent(
            groups: groups, compoundCount: community.compounds.count,
            householdCount: community.compounds.map(\.households.value).reduce(0, +), branchCount: community.branches.count,
            committeeCount: community.compounds.filter { $0.committee != nil }.count,
            notices: community.notices.map { noticeRow($0, link: SitePaths.communityNotice($0.name)) },
            bundles: months.prefix(6).map { LinkView(label: $0.chinese, link: SitePaths.monthBundle($0)) }, overviewLink: SitePaths.overview)
        return page(SitePaths.community, crumbs: [], content)
    }

    /// `404.html`: served for any address, so its links start from the host's root (`/board/style.css`): the
    /// same on the web server and in the preview, which serves the site under that path too.
    package func notFoundPage() -> PageData {
        page(SitePaths.notFound, crumbs: [(community.site.community, SitePaths.community)], root: BaseURL.path(of: baseURL), NoContent())
    }

    package func noticeRow(_ notice: Notice, link: String) -> NoticeRow {
        NoticeRow(title: notice.title, date: notice.date.chinese, kind: notice.kind.label, link: link)
    }
}

/// `index.html`: the community's home page.
package enum CommunityPages: PageKind {
    package static let templates: [PageTemplate] = [.community]

    package static func pages(in site: SiteRenderer) -> [SitePage] { [site.htmlPage(.community) { site.pageContext.communityPage() }] }
}

/// `404.html`.
package enum NotFoundPage: PageKind {
    package static let templates: [PageTemplate] = [.notFound]

    package static func pages(in site: SiteRenderer) -> [SitePage] { [site.htmlPage(.notFound) { site.pageContext.notFoundPage() }] }
}

extension PageTemplate {
    package static let community = PageTemplate("community", Page<CommunityContent>.shape)
    package static let notFound = PageTemplate("404", Page<NoContent>.shape)
}
