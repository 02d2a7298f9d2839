import MustacheEngine
import NoticeboardValues

/// What `overview.mustache` receives: the community's supervision overview (社区督查) for the 社区党委's
/// monthly meeting. It leads with the month the records reach (数据截至), how the compounds stand in it and
/// what needs attention; then, for each compound grouped by branch, that month's state, the latest month
/// posted, drafts open, months missing, fee collection, the last evaluation's satisfaction, the warnings, and
/// the months that have records, told by symbol and word as well as colour.
package struct OverviewContent: TemplateView {
    /// How a month stands: its `key` (for the stylesheet) and one flag per state, true for this one; the
    /// templates give each state its symbol and word (`month-state-symbol`, `month-state-word`).
    package struct Cell: TemplateView {
        package let state: MonthState

        package static let fields: TemplateFields<Cell> = TemplateFields(
            [.text("key") { $0.state.rawValue }] + MonthState.allCases.map { state in .flag(state.flag) { $0.state == state } })
    }

    /// A month of a compound's row, with the month it is (the column's heading, said again on a phone).
    package struct MonthCell: TemplateView {
        package let label: String
        package let state: Cell

        package static let fields: TemplateFields<MonthCell> = [.text("label") { $0.label }, .view("state") { $0.state }]
    }

    /// The compound's latest posted month, and how it stands.
    package struct Latest: TemplateView {
        package let label: String, link: String
        package let state: Cell

        package static let fields: TemplateFields<Latest> = [.text("label") { $0.label }, .text("link") { $0.link }, .view("state") { $0.state }]
    }

    /// The satisfied share of the last evaluation; `low` under the rule pack's SVC-005 bound (`bound`).
    package struct Satisfaction: TemplateView {
        package let share: String, bound: String
        package let low: Bool

        package static let fields: TemplateFields<Satisfaction> = [.text("share") { $0.share }, .text("bound") { $0.bound }, .flag("low") { $0.low }]
    }

    package struct Row: TemplateView {
        package let name: String, link: String
        /// How the month of the records (数据截至) stands for the compound; nil when nothing is due of it.
        package let now: Cell?
        /// No committee and no statement: nothing is due, and the row says why.
        package let noCommittee: Bool
        package let latest: Latest?
        package let drafts: Int, missing: Int
        /// Nil for none (a number is never false to a template).
        package let warnings: Int?
        package let rate: String?
        package let satisfaction: Satisfaction?
        package let cells: [MonthCell]

        package static let fields: TemplateFields<Row> = [
            .text("name") { $0.name }, .text("link") { $0.link }, .view("now") { $0.now }, .flag("noCommittee") { $0.noCommittee },
            .view("latest") { $0.latest }, .number("drafts") { $0.drafts }, .number("missing") { $0.missing },
            .number("warnings") { $0.warnings }, .text("rate") { $0.rate }, .view("satisfaction") { $0.satisfaction },
            .views("cells") { $0.cells },
        ]
    }

    package struct Group: TemplateView {
        /// Nil for the compounds no branch covers (the template names them).
        package let name: String?
        package let rows: [Row]

        package static let fields: TemplateFields<Group> = [.text("name") { $0.name }, .views("rows") { $0.rows }]
    }

    /// A month with records, linked to its bundle of sheets when it has one.
    package struct MonthColumn: TemplateView {
        package let label: String
        package let link: String?

        package static let fields: TemplateFields<MonthColumn> = [.text("label") { $0.label }, .text("link") { $0.link }]
    }

    /// How many compounds stand in a state in the month of the records.
    package struct Count: TemplateView {
        package let state: Cell
        package let count: Int

        package static let fields: TemplateFields<Count> = [.view("state") { $0.state }, .number("count") { $0.count }]
    }

    /// One thing a compound should see to: what (one of the parts is set), since when, and where to look.
    package struct Attention: TemplateView {
        /// Months due and not posted: how many, the first of them in `since`.
        package struct Missing: TemplateView {
            package let count: Int
            package static let fields: TemplateFields<Missing> = [.number("count") { $0.count }]
        }
        /// A month's records still in draft: its statement, its service list, or both.
        package struct Draft: TemplateView {
            package let statement: Bool, serviceList: Bool
            package static let fields: TemplateFields<Draft> = [
                .flag("statement") { $0.statement }, .flag("serviceList") { $0.serviceList }, .flag("both") { $0.statement && $0.serviceList },
            ]
        }
        /// A warning of the check, as `check` prints it: its rule, its words, its file and line.
        package struct Warning: TemplateView {
            package let rule: String, message: String, file: String
            package let line: Int
            package static let fields: TemplateFields<Warning> = [
                .text("rule") { $0.rule }, .text("message") { $0.message }, .text("file") { $0.file }, .number("line") { $0.line },
            ]
        }

        package let compound: String, compoundLink: String
        /// The month or quarter it is of; nil when it is of the compound as a whole.
        package let since: String?
        /// The page to look at.
        package let link: String
        package var missing: Missing? = nil
        package var draft: Draft? = nil
        package var noStatement = false
        package var warning: Warning? = nil

        package static let fields: TemplateFields<Attention> = [
            .text("compound") { $0.compound }, .text("compoundLink") { $0.compoundLink }, .text("since") { $0.since },
            .text("link") { $0.link }, .view("missing") { $0.missing }, .view("draft") { $0.draft },
            .flag("noStatement") { $0.noStatement }, .view("warning") { $0.warning },
        ]
    }

    /// The latest month any compound has a record of (数据截至); nil before any record.
    package let asOf: String?
    package let compoundCount: Int
    /// The compounds by their state in `asOf`, states that no compound is in left out.
    package let counts: [Count]
    /// Compounds without a committee that never posted: nothing is due of them. Nil for none.
    package let noCommittee: Int?
    package let attention: [Attention]
    /// Nil when nothing needs attention.
    package var attentionCount: Int? { attention.isEmpty ? nil : attention.count }
    package let groups: [Group]
    package let months: [MonthColumn]
    package let deadline: Int
    package let legend: [Cell]

    package static let fields: TemplateFields<OverviewContent> = [
        .text("asOf") { $0.asOf }, .number("compoundCount") { $0.compoundCount }, .views("counts") { $0.counts },
        .number("noCommittee") { $0.noCommittee }, .views("attention") { $0.attention }, .number("attentionCount") { $0.attentionCount }, .views("groups") { $0.groups },
        .views("months") { $0.months }, .number("deadline") { $0.deadline }, .views("legend") { $0.legend },
    ]
}
