import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// The overview's figures as data (`overview/data.json`, `overview/data.csv`, `overview/warnings.csv`): for each
/// compound the latest month posted and whether it went up in time, drafts open, months missing, the fee
/// collection rate, the last evaluation's satisfaction, the check's warnings by rule, and the
/// income and expenses of its latest year. What the 街道 portal reads of each board.
///
/// Made with the overview page, from the same figures (`Rendering/Pages/OverviewPage.swift`).
package struct OverviewData: Codable, Sendable, Equatable {
    package static let format = "noticeboard-overview-data-1"

    package struct Row: Codable, Sendable, Equatable {
        package let compound: String
        package let name: String
        package let branch: String?
        package let households: Int
        package let latestMonth: String?
        /// `on-time`, `late` or `undated` (no `posted:`), of the latest month posted.
        package let latestState: String?
        package let drafts: Int
        package let missing: Int
        package let collectionRate: String?
        package let satisfaction: String?
        package let warnings: Int
        package let year: Int?
        package let yearIncomeFen: Int64?
        package let yearExpensesFen: Int64?
        package let link: String
        package let warningsByRule: [String: Int]
        /// Each month of the window: `on-time`, `late`, `undated`, `draft`, `missing`, `not-yet`.
        package let months: [String: String]

        enum CodingKeys: String, CodingKey {
            case compound, name, branch, households, latestMonth = "latest_month", latestState = "latest_state", drafts, missing
            case collectionRate = "collection_rate", satisfaction, warnings, year, yearIncomeFen = "year_income_fen"
            case yearExpensesFen = "year_expenses_fen", link, warningsByRule = "warnings_by_rule", months
        }

        package func encode(to encoder: any Encoder) throws { try Self.table.rows([self])[0].encode(to: encoder) }

        package static let stateLabels = ["on-time": "按时", "late": "逾期", "undated": "未记张贴日", "draft": "草稿", "missing": "缺", "not-yet": "未开始"]

        package static let table = DataTable<Row>(name: "overview-compounds", title: "社区督查总览", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("name", "名称", .string, required: true, "the compound's name") { .text($0.name) },
            Column("branch", "党支部", .string, "the branch that covers it") { .text($0.branch) },
            Column("households", "户数", .integer, required: true, "households") { .integer(Int64($0.households)) },
            Column("latest_month", "最近公示月份", .yearmonth, "the latest month with a posted statement") { .text($0.latestMonth) },
            Column("latest_state", "公示情况", .string, "on-time 按时 (by the rule pack's post_within_days), late 逾期, undated 未记张贴日",
                   csv: { $0.latestState.flatMap { stateLabels[$0] } }) { .text($0.latestState) },
            Column("drafts", "草稿", .integer, required: true, "draft statements and service lists open") { .integer(Int64($0.drafts)) },
            Column("missing", "缺报月数", .integer, required: true,
                   "months without a statement since the compound's first, up to the latest any compound has a record of") { .integer(Int64($0.missing)) },
            Column("collection_rate", "收缴率", .string, "the fee collection rate of the latest statement with a collection") { .text($0.collectionRate) },
            Column("satisfaction", "满意率", .string, "satisfied and basically satisfied in the last evaluation") { .text($0.satisfaction) },
            Column("warnings", "警告", .integer, required: true, "the check's warnings about the compound's records") { .integer(Int64($0.warnings)) },
            Column("year", "年度", .integer, "the year of the latest posted month") { .integer($0.year.map(Int64.init)) },
            Column("year_income_fen", "年度收入（分）", .integer, "that year's income, in fen") { .integer($0.yearIncomeFen) },
            Column("year_expenses_fen", "年度支出（分）", .integer, "that year's expenses, in fen") { .integer($0.yearExpensesFen) },
            Column("link", "网页", .string, required: true, "the compound's page, relative to the board's address") { .text($0.link) },
            Column("warnings_by_rule", "按规则的警告", .object, "warnings by rule id", jsonOnly: true) { .counts($0.warningsByRule) },
            Column("months", "各月情况", .object, "each month of the window and how it stands", jsonOnly: true) { .words($0.months) },
        ], primaryKey: ["compound"], compoundKey: nil)
    }

    /// A row of `overview/warnings.csv`.
    package struct Warning: Sendable, Equatable {
        package let compound: String
        package let rule: String
        package let count: Int

        package static let table = DataTable<Warning>(name: "overview-warnings", title: "按规则的警告", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("rule", "规则", .string, required: true, "the rule id (docs/rules.md)") { .text($0.rule) },
            Column("count", "条数", .integer, required: true, "how many warnings") { .integer(Int64($0.count)) },
        ], primaryKey: ["compound", "rule"], compoundKey: "compound")
    }

    package let format: String
    package let community: String
    package let street: String
    package let district: String?
    package let city: String?
    package let baseURL: String
    package let licence: String
    package let postWithinDays: Int
    /// The months the overview shows: those with a record, of the twelve up to the latest any compound has one of.
    package let window: [String]
    package let compounds: [Row]

    enum CodingKeys: String, CodingKey {
        case format, community, street, district, city, baseURL = "base_url", licence, postWithinDays = "post_within_days", window, compounds
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(community, forKey: .community)
        try c.encode(street, forKey: .street)
        try c.encode(district, forKey: .district)
        try c.encode(city, forKey: .city)
        try c.encode(baseURL, forKey: .baseURL)
        try c.encode(licence, forKey: .licence)
        try c.encode(postWithinDays, forKey: .postWithinDays)
        try c.encode(window, forKey: .window)
        try c.encode(compounds, forKey: .compounds)
    }

    package var warningRows: [Warning] {
        compounds.flatMap { row in row.warningsByRule.sorted { $0.key < $1.key }.map { Warning(compound: row.compound, rule: $0.key, count: $0.value) } }
    }

    /// `data.json`, `data.csv` and `warnings.csv` beside the overview's page.
    package static func resources(beside page: String) -> [DataResource] {
        let about = DataPackage.About(kind: "overview", compound: nil, period: nil)
        return [DataResource(path: OpenDataPaths.beside(page, .json), format: .json, table: Row.table.name, property: "compounds", about: about),
                DataResource(path: OpenDataPaths.beside(page, .csv), format: .csv, table: Row.table.name, property: nil, about: about),
                DataResource(path: OpenDataPaths.beside(page, .csv, name: "warnings"), format: .csv, table: Warning.table.name, property: nil,
                             about: DataPackage.About(kind: "overview-warnings", compound: nil, period: nil))]
    }

    /// The three files beside `page`, encoded.
    package func files(beside page: String) -> [DataFile] {
        let resources = Self.resources(beside: page)
        return zip(resources, [DataJSON.encode(self), Row.table.csv(compounds), Warning.table.csv(warningRows)]).map(DataFile.init)
    }

    /// The figures of `community`'s compounds as the overview page gives them: its `window`, each month as `state`
    /// tells it (its `MonthState`), the months `missing`; `warnings`, the check's warnings by compound slug and rule id.
    package init(community: Community, window: [Month], state: (Month, Compound) -> String, missing: (Compound) -> Int, baseURL: String,
                 licence: String, warnings: [String: [String: Int]], mask: PublicationMask) {
        format = Self.format
        self.community = mask.text(community.site.community)
        street = mask.text(community.site.street)
        district = community.site.district.map(mask.text)
        city = community.site.city.map(mask.text)
        self.baseURL = baseURL
        self.licence = licence
        postWithinDays = community.rulePack.thresholds.postWithinDays
        self.window = window.map(\.description)
        compounds = community.compounds.map { compound in
            let states = window.map { ($0, state($0, compound)) }
            let last = compound.statements.last
            let year = last?.month.value.year
            let ofYear = compound.statements.filter { $0.month.value.year == year }
            let byRule = warnings[compound.slug] ?? [:]
            return Row(
                compound: compound.slug, name: mask.text(compound.name), branch: community.branch(of: compound.slug).map { mask.text($0.name) },
                households: compound.households.value, latestMonth: last?.month.value.description, latestState: last.map { state($0.month.value, compound) },
                drafts: compound.draftStatements.count + compound.draftServiceLists.count, missing: missing(compound),
                collectionRate: compound.statements.last { $0.collection != nil }?.collection?.rate, satisfaction: compound.evaluations.last?.satisfaction,
                warnings: byRule.values.reduce(0, +), year: year, yearIncomeFen: year.map { _ in ofYear.map(\.totalIncome).sum().fen },
                yearExpensesFen: year.map { _ in ofYear.map(\.totalExpenses).sum().fen }, link: "\(compound.slug)/",
                warningsByRule: byRule, months: Dictionary(uniqueKeysWithValues: states.map { ($0.0.description, $0.1) }))
        }
    }
}
