/// `index.html`: every compound with its households, branch and latest statement; community notices.
struct CommunityContent: TemplateView {
    struct CompoundRow: TemplateView {
        let name: String
        let link: String
        let households: Int
        let branch: String?
        let branchKind: String?
        let latest: LatestStatement?

        static let fields: [TemplateField<CompoundRow>] = [
            .text("name") { $0.name }, .text("link") { $0.link }, .number("households") { $0.households },
            .text("branch") { $0.branch }, .text("branchKind") { $0.branchKind }, .view("latest") { $0.latest },
        ]
    }

    struct LatestStatement: TemplateView {
        let label: String
        let link: String
        let closing: String
        let balances: Bool
        let checked: Bool

        static let fields: [TemplateField<LatestStatement>] = [
            .text("label") { $0.label }, .text("link") { $0.link }, .text("closing") { $0.closing },
            .flag("balances") { $0.balances }, .flag("checked") { $0.checked },
        ]
    }

    let compounds: [CompoundRow]
    let compoundCount: Int
    let householdCount: Int
    let branchCount: Int
    let committeeCount: Int
    let notices: [NoticeRow]
    let bundles: [LinkView]

    static let fields: [TemplateField<CommunityContent>] = [
        .views("compounds") { $0.compounds }, .number("compoundCount") { $0.compoundCount },
        .number("householdCount") { $0.householdCount }, .number("branchCount") { $0.branchCount },
        .number("committeeCount") { $0.committeeCount }, .views("notices") { $0.notices }, .views("bundles") { $0.bundles },
    ]
}

/// A notice in a list of notices.
struct NoticeRow: TemplateView {
    let title: String
    let date: String
    let kind: String
    let link: String

    static let fields: [TemplateField<NoticeRow>] = [
        .text("title") { $0.title }, .text("date") { $0.date }, .text("kind") { $0.kind }, .text("link") { $0.link },
    ]
}

extension PageContext {
    func communityPage() -> PageData {
        let compounds = community.compounds.map { compound in
            let branch = community.branch(of: compound.slug)
            let latest = compound.statements.last.map { latest in
                CommunityContent.LatestStatement(label: latest.month.value.chinese, link: SitePaths.statement(compound.slug, latest.month.value),
                                                 closing: latest.closing.value.withYuanSign, balances: latest.balances,
                                                 checked: !latest.checkedBy.isEmpty)
            }
            // 「片区联合党支部」 already says it is joint.
            let kind = branch.flatMap { $0.name.holds($0.kind.value.label) ? nil : $0.kind.value.label }
            return CommunityContent.CompoundRow(name: compound.name, link: SitePaths.compound(compound.slug), households: compound.households.value,
                                                branch: branch?.name, branchKind: kind, latest: latest)
        }
        let months = Set(community.compounds.flatMap { $0.statements.map(\.month.value) }).sorted(by: >)
        let content = CommunityContent(
            compounds: compounds, compoundCount: community.compounds.count,
            householdCount: community.compounds.map(\.households.value).reduce(0, +), branchCount: community.branches.count,
            committeeCount: community.compounds.filter { $0.committee != nil }.count,
            notices: community.notices.map { noticeRow($0, link: SitePaths.communityNotice($0.name)) },
            bundles: months.prefix(6).map { LinkView(label: $0.chinese, link: SitePaths.monthBundle($0)) })
        return page(SitePaths.community, title: "\(community.site.community) 小区公示栏",
                    description: "\(community.site.community)\(community.compounds.count)个小区的每月收支明细、服务清单和党员户公示",
                    crumbs: [(community.site.community, nil)], content)
    }

    /// `404.html`: served for any address, so its links are absolute.
    func notFoundPage() -> PageData {
        page(SitePaths.notFound, title: "页面不存在 · \(community.site.community) 小区公示栏", description: "找不到这个页面",
             crumbs: [(community.site.community, SitePaths.community), ("页面不存在", nil)], root: baseURL, NoContent())
    }

    func noticeRow(_ notice: Notice, link: String) -> NoticeRow {
        NoticeRow(title: notice.title, date: notice.date.chinese, kind: notice.kind.label, link: link)
    }
}
