import Foundation
import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

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

    /// The latest month any compound of `community` has a record of, posted or draft: the community's "now",
    /// taken from the records (no clock: the same records give the same pages). Made once a build
    /// (`PageContext.latestMonth`): every compound's pages ask for it.
    package static func latestMonth(of community: Community) -> Month? {
        community.compounds.lazy.flatMap { $0.allStatements.map(\.month.value) + $0.allServiceLists.map(\.month.value) }.max()
    }

    /// The months the overview shows: those with a record, of the twelve up to the latest (no clock: the same
    /// records, the same page).
    package var overviewWindow: [Month] {
        let recorded = Set(community.compounds.flatMap { $0.allStatements.map(\.month.value) + $0.allServiceLists.map(\.month.value) })
        var window: [Month] = []
        if var month = latestMonth {
            for _ in 0..<12 {
                if recorded.contains(month) { window.insert(month, at: 0) }
                month = month.previous
            }
        }
        return window
    }

    /// `overview/index.html`; `warnings`, the check's warnings by compound slug.
    package func overviewPage(warnings: [String: [Diagnostic]]) -> PageData {
        let asOf = latestMonth, window = overviewWindow
        // Months with a bundle of sheets to print (a posted statement or service list).
        let bundled = Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) })
        let bound = community.rulePack.thresholds.evaluationSatisfiedMin
        var nowStates: [MonthState] = []
        var attention: [OverviewContent.Attention] = []
        let groups = compoundsByBranch().map { branch, compounds in
            OverviewContent.Group(name: branch?.name, rows: compounds.map { compound in
                let noCommittee = compound.committee == nil && compound.allStatements.isEmpty
                let now = asOf.flatMap { noCommittee ? nil : state(of: $0, in: compound) }
                if let now { nowStates.append(now) }
                let missing = missingMonths(of: compound, upTo: asOf)
                attention += needs(of: compound, missing: missing, warnings: warnings[compound.slug] ?? [])
                let latest = compound.statements.last
                let collection = compound.statements.last { $0.collection != nil }?.collection
                return OverviewContent.Row(
                    name: compound.name, link: SitePaths.compound(compound.slug), now: now.map { .init(state: $0) }, noCommittee: noCommittee,
                    latest: latest.map {
                        .init(label: $0.month.value.chinese, link: SitePaths.statement(compound.slug, $0.month.value),
                              state: .init(state: state(of: $0.month.value, in: compound)))
                    },
                    drafts: compound.draftStatements.count + compound.draftServiceLists.count,
                    missing: missing.count, warnings: (warnings[compound.slug]?.count).flatMap { $0 == 0 ? nil : $0 },
                    rate: collection?.rate,
                    satisfaction: compound.evaluations.last.map { evaluation in
                        let (satisfied, rated) = evaluation.satisfiedOfRated
                        return .init(share: evaluation.satisfaction, bound: "\(NSDecimalNumber(decimal: bound * 100).intValue)%",
                                     low: rated > 0 && Decimal(satisfied) < bound * Decimal(rated))
                    },
                    cells: window.map { .init(label: "\($0.month)月", state: .init(state: state(of: $0, in: compound))) })
            })
        }
        let content = OverviewContent(
            asOf: asOf?.chinese, compoundCount: community.compounds.count,
            counts: MonthState.allCases.compactMap { state in
                let count = nowStates.filter { $0 == state }.count
                return count == 0 ? nil : .init(state: .init(state: state), count: count)
            },
            noCommittee: Optional(groups.flatMap(\.rows).filter(\.noCommittee).count).flatMap { $0 == 0 ? nil : $0 },
            attention: attention, groups: groups,
            months: window.map { .init(label: "\($0.month)月", link: bundled.contains($0) ? SitePaths.monthBundle($0) : nil) },
            deadline: community.rulePack.thresholds.postWithinDays, legend: MonthState.allCases.map { .init(state: $0) })
        return page(SitePaths.overview, crumbs: [(community.site.community, SitePaths.community)], content)
    }

    /// The months from `compound`'s first statement to `last` with no statement posted.
    func missingMonths(of compound: Compound, upTo last: Month?) -> [Month] {
        guard var month = compound.allStatements.map(\.month.value).min(), let last else { return [] }
        var missing: [Month] = []
        while month <= last {
            if state(of: month, in: compound) == .missing { missing.append(month) }
            month = month.next
        }
        return missing
    }

    /// What `compound` should see to, in the order a meeting takes it: its `missing` months, each month's drafts not
    /// posted, a committee that never posted, then each warning of the check (a late posting is FIN-009's).
    func needs(of compound: Compound, missing: [Month], warnings: [Diagnostic]) -> [OverviewContent.Attention] {
        let slug = compound.slug, home = SitePaths.compound(slug)
        func item(since: String?, link: String) -> OverviewContent.Attention {
            .init(compound: compound.name, compoundLink: home, since: since, link: link)
        }
        var items: [OverviewContent.Attention] = []
        if let first = missing.first {
            var missingItem = item(since: first.chinese, link: home)
            missingItem.missing = .init(count: missing.count)
            items.append(missingItem)
        }
        let draftStatements = Set(compound.draftStatements.map(\.month.value)), draftLists = Set(compound.draftServiceLists.map(\.month.value))
        for month in draftStatements.union(draftLists).sorted() {
            var draft = item(since: month.chinese, link: home)
            draft.draft = .init(statement: draftStatements.contains(month), serviceList: draftLists.contains(month))
            items.append(draft)
        }
        if compound.committee != nil && compound.allStatements.isEmpty {
            var none = item(since: nil, link: home)
            none.noStatement = true
            items.append(none)
        }
        for warning in warnings {
            let (since, link) = record(at: warning.location.file, of: compound)
            var found = item(since: since, link: link)
            found.warning = .init(rule: warning.rule.rawValue, message: warning.message.zh, file: warning.location.file, line: warning.location.line)
            items.append(found)
        }
        return items
    }

    /// The month or quarter of the record in `file`, and its page (the compound's when it has none of its own).
    private func record(at file: String, of compound: Compound) -> (since: String?, link: String) {
        let slug = compound.slug
        if let statement = compound.allStatements.first(where: { $0.location.file == file }) {
            let month = statement.month.value
            return (month.chinese, statement.isDraft ? SitePaths.compound(slug) : SitePaths.statement(slug, month))
        }
        if let list = compound.allServiceLists.first(where: { $0.location.file == file }) {
            let month = list.month.value
            return (month.chinese, list.isDraft ? SitePaths.compound(slug) : SitePaths.serviceList(slug, month))
        }
        if let evaluation = compound.evaluations.first(where: { $0.location.file == file }) {
            return (evaluation.quarter.value.chinese, SitePaths.evaluation(slug, evaluation.quarter.value))
        }
        return (nil, SitePaths.compound(slug))
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

/// `overview/`: the 社区's view of every compound's months, and its figures as data beside it (what the 街道's
/// portal reads).
package enum OverviewPage: PageKind {
    package static let templates: [PageTemplate] = [.overview]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        [site.htmlPage(.overview, { site.pageContext.overviewPage(warnings: site.warnings) }) { page in
            let context = site.pageContext, latest = context.latestMonth
            let byRule = site.warnings.mapValues { warnings in warnings.reduce(into: [String: Int]()) { $0[$1.rule.rawValue, default: 0] += 1 } }
            return OverviewData(community: site.community, window: context.overviewWindow, state: { context.state(of: $0, in: $1).rawValue },
                                missing: { context.missingMonths(of: $0, upTo: latest).count }, baseURL: site.baseURL,
                                licence: DataPackage.licence(of: site.community.site), warnings: byRule, mask: site.mask).files(beside: page)
        }]
    }
}

extension PageTemplate {
    package static let overview = PageTemplate("overview", Page<OverviewContent>.shape)
}
