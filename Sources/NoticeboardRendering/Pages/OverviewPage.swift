import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// `overview/`: the community's supervision overview (社区督查) for the 社区党委's monthly meeting — for
/// each compound, grouped by branch: the latest month posted and whether it went up in time, drafts still
/// open, months missing, fee collection, the last evaluation's satisfaction and the check's warnings; and
/// the last twelve months as a grid, told by symbol and word as well as colour.
package struct OverviewContent: TemplateView {
    /// How a month stands: its `key` (for the stylesheet) and one flag per state, true for this one; the
    /// templates give each state its symbol and word (`month-state-symbol`, `month-state-word`).
    package struct Cell: TemplateView {
        package let state: MonthState

        package static let fields: TemplateFields<Cell> = TemplateFields(
            [.text("key") { $0.state.rawValue }] + MonthState.allCases.map { state in .flag(state.flag) { $0.state == state } })
    }

    /// The compound's latest posted month, and how it stands.
    package struct Latest: TemplateView {
        package let label: String, link: String
        package let state: Cell

        package static let fields: TemplateFields<Latest> = [.text("label") { $0.label }, .text("link") { $0.link }, .view("state") { $0.state }]
    }

    package struct Row: TemplateView {
        package let name: String, link: String
        package let latest: Latest?
        package let drafts: Int, missing: Int, warnings: Int
        package let rate: String?, satisfaction: String?
        package let cells: [Cell]

        package static let fields: TemplateFields<Row> = [
            .text("name") { $0.name }, .text("link") { $0.link }, .view("latest") { $0.latest },
            .number("drafts") { $0.drafts }, .number("missing") { $0.missing }, .number("warnings") { $0.warnings },
            .text("rate") { $0.rate }, .text("satisfaction") { $0.satisfaction }, .views("cells") { $0.cells },
        ]
    }

    package struct Group: TemplateView {
        /// Nil for the compounds no branch covers (the template names them).
        package let name: String?
        package let rows: [Row]

        package static let fields: TemplateFields<Group> = [.text("name") { $0.name }, .views("rows") { $0.rows }]
    }

    /// A month of the grid, linked to its bundle of sheets when it has one.
    package struct MonthColumn: TemplateView {
        package let label: String
        package let link: String?

        package static let fields: TemplateFields<MonthColumn> = [.text("label") { $0.label }, .text("link") { $0.link }]
    }

    package let groups: [Group]
    package let months: [MonthColumn]
    /// The grid's first and last month; nil before any compound has a record.
    package let firstMonth: String?, lastMonth: String?
    package let deadline: Int
    package let legend: [Cell]

    package static let fields: TemplateFields<OverviewContent> = [
        .views("groups") { $0.groups }, .views("months") { $0.months }, .text("firstMonth") { $0.firstMonth },
        .text("lastMonth") { $0.lastMonth }, .number("deadline") { $0.deadline }, .views("legend") { $0.legend },
    ]
}

/// How a compound's month stands on the overview. Its symbol and word are the templates'.
package enum MonthState: String, CaseIterable, Sendable {
    case onTime = "on-time", late, undated, draft, missing, notYet = "not-yet"

    /// The name of the state's flag in the templates (`{{#late}}逾期{{/late}}`).
    package var flag: String {
        switch self {
        case .onTime: "onTime"
        case .notYet: "notYet"
        default: rawValue
        }
    }
}

extension PageContext {
    /// How `month` stands for `compound`: posted by the pack's day of the next month, posted later, posted
    /// without a date, still a draft, missing, or before the compound's first statement.
    package func state(of month: Month, in compound: Compound) -> MonthState {
        if let statement = compound.statements.first(where: { $0.month.value == month }) {
            guard let posted = statement.posted?.value, let deadline = deadline(of: month) else { return .undated }
            return posted <= deadline ? .onTime : .late
        }
        if compound.draftStatements.contains(where: { $0.month.value == month }) { return .draft }
        guard let first = compound.allStatements.map(\.month.value).min(), first <= month else { return .notYet }
        return .missing
    }

    /// The day `month`'s statement is due: the rule pack's `post_within_days` of the next month.
    package func deadline(of month: Month) -> Day? {
        let next = month.next
        return Day(year: next.year, month: next.month, day: min(community.rulePack.thresholds.postWithinDays, Month.daysIn(year: next.year, month: next.month)))
    }

    /// How many days after its deadline `month`'s statement was posted; nil when it was not posted late.
    package func daysLate(of month: Month, in compound: Compound) -> Int? {
        guard let posted = compound.statements.first(where: { $0.month.value == month })?.posted?.value, let deadline = deadline(of: month),
              posted > deadline else { return nil }
        return posted.ordinal - deadline.ordinal
    }

    /// The latest month any compound has a record of, posted or draft: the community's "now", taken from the
    /// records (no clock: the same records give the same pages).
    package var latestMonth: Month? {
        community.compounds.flatMap { $0.allStatements.map(\.month.value) + $0.allServiceLists.map(\.month.value) }.max()
    }

    /// `overview/index.html`; `warnings` counts the check's warnings by compound slug.
    package func overviewPage(warnings: [String: [Diagnostic]]) -> PageData {
        // The twelve months up to the latest any compound has a record of (no clock: the same records, the same page).
        let latestMonth = community.compounds.flatMap { $0.allStatements.map(\.month.value) + $0.allServiceLists.map(\.month.value) }.max()
        var window: [Month] = []
        if var month = latestMonth {
            for _ in 0..<12 {
                window.insert(month, at: 0)
                month = month.previous
            }
        }
        // Months with a bundle of sheets to print (a posted statement or service list).
        let bundled = Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) })
        let groups = compoundsByBranch().map { branch, compounds in
            OverviewContent.Group(name: branch?.name, rows: compounds.map { compound in
                let latest = compound.statements.last
                let collection = compound.statements.last { $0.collection != nil }?.collection
                let evaluation = compound.evaluations.last
                let results = evaluation?.results ?? []
                let cells = window.map { OverviewContent.Cell(state: state(of: $0, in: compound)) }
                return OverviewContent.Row(
                    name: compound.name, link: SitePaths.compound(compound.slug),
                    latest: latest.map {
                        .init(label: $0.month.value.chinese, link: SitePaths.statement(compound.slug, $0.month.value),
                              state: .init(state: state(of: $0.month.value, in: compound)))
                    },
                    drafts: compound.draftStatements.count + compound.draftServiceLists.count,
                    missing: cells.filter { $0.state == .missing }.count, warnings: warnings[compound.slug]?.count ?? 0,
                    rate: collection?.rate,
                    satisfaction: evaluation.map { _ in
                        Formatting.percent(results.map { $0.satisfied + $0.basic }.reduce(0, +), of: results.map(\.total).reduce(0, +))
                    }, cells: cells)
            })
        }
        let content = OverviewContent(
            groups: groups, months: window.map { .init(label: "\($0.month)月", link: bundled.contains($0) ? SitePaths.monthBundle($0) : nil) },
            firstMonth: window.first?.chinese, lastMonth: window.last?.chinese, deadline: community.rulePack.thresholds.postWithinDays,
            legend: MonthState.allCases.map { .init(state: $0) })
        return page(SitePaths.overview, crumbs: [(community.site.community, SitePaths.community)], content)
    }

    /// The compounds grouped by the branch that covers them, branches in the order people say their names
    /// and compounds likewise; compounds no branch covers (an error the check reports) last.
    package func compoundsByBranch() -> [(branch: Branch?, compounds: [Compound])] {
        let byBranch = Dictionary(grouping: community.compounds) { community.branch(of: $0.slug)?.id ?? "" }
        return byBranch.map { id, compounds in
            (community.branches.first { $0.id == id },
             compounds.sorted { $0.name != $1.name ? NameOrder.ascending($0.name, $1.name) : $0.slug < $1.slug })
        }.sorted { a, b in
            if (a.branch == nil) != (b.branch == nil) { return b.branch == nil }
            let (x, y) = (a.branch?.name ?? "", b.branch?.name ?? "")
            return x != y ? NameOrder.ascending(x, y) : (a.branch?.id ?? "") < (b.branch?.id ?? "")
        }
    }
}

/// `overview/index.html`: the 社区's view of every compound's months.
package enum OverviewPage: PageKind {
    package static let templates: [PageTemplate] = [.overview]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        [site.htmlPage(.overview) { site.pageContext.overviewPage(warnings: site.warnings) }]
    }
}

extension PageTemplate {
    package static let overview = PageTemplate("overview", Page<OverviewContent>.shape)
}
