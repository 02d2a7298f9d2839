import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// `<slug>/ledger/<YYYY>/`: a compound's year (年度收支公开) — every posted month, the year's totals,
/// a chart, where the money went, the major expenses against their budgets, fee collection — and its
/// A4 sheet (`print.html`), both from these values.
package struct YearContent: TemplateView {
    package struct MonthRow: TemplateView {
        /// The month, 1–12.
        package let number: Int
        package let label: String, link: String, opening: String, income: String, expenses: String, closing: String
        package let posted: String?, code: String?, rate: String?

        package static let fields: TemplateFields<MonthRow> = [
            .text("label") { $0.label }, .text("link") { $0.link }, .text("opening") { $0.opening }, .text("income") { $0.income },
            .text("expenses") { $0.expenses }, .text("closing") { $0.closing }, .text("posted") { $0.posted },
            .text("code") { $0.code }, .text("rate") { $0.rate },
        ]
    }

    package struct CategoryRow: TemplateView {
        /// Nil for the lines without a category (the template says 未分类).
        package let name: String?
        package let amount: String, share: String
        /// The bar's width in percent of the largest category's, for the sorted bar list.
        package let width: Int

        package static let fields: TemplateFields<CategoryRow> = [
            .text("name") { $0.name }, .text("amount") { $0.amount }, .text("share") { $0.share }, .number("width") { $0.width },
        ]
    }

    /// The year's chart as the build draws it (`YearChart`), inside an `<svg>` element of `width` by `height`.
    package struct Chart: TemplateView {
        package let width: Int, height: Int
        package let drawing: String

        package static let fields: TemplateFields<Chart> = [
            .number("width") { $0.width }, .number("height") { $0.height }, .markup("drawing") { $0.drawing },
        ]
    }

    package struct MajorExpense: TemplateView {
        package let id: String, subject: String, link: String, budget: String, spent: String
        package let withinBudget: Bool
        package let lines: [LinkView]

        package static let fields: TemplateFields<MajorExpense> = [
            .text("id") { $0.id }, .text("subject") { $0.subject }, .text("link") { $0.link }, .text("budget") { $0.budget },
            .text("spent") { $0.spent }, .flag("withinBudget") { $0.withinBudget }, .views("lines") { $0.lines },
        ]
    }

    package let compound: String, year: Int
    package let compoundLink: String, sheetLink: String, pageLink: String
    /// The page's address to type, printed on the sheet under the QR code (`SitePaths.typedAddress`).
    package let address: [String]
    package let months: [MonthRow]
    package let opening: String, totalIncome: String, totalExpenses: String, closing: String
    package let totalIncomeCapital: String, totalExpensesCapital: String, closingCapital: String
    package let balances: Bool
    /// The chart: the template writes its `<svg>` element around the drawing, and its summary from `months`.
    package let chart: Chart
    package let categories: [CategoryRow]
    package let majorExpenses: [MajorExpense]
    package let hasCollection: Bool
    package let code: StatementValues.Code?
    /// The committee's name; nil when the compound's file gives none (the template names it after the compound).
    package let issuer: String?
    /// The last posted month's preparer and supervisors, who sign the year's sheet; and the last day it covers.
    package let preparedBy: String?, checkedBy: String?, asOf: String?
    package let site: SiteView
    /// The months it covers, first and last (1–12).
    package var firstMonth: Int { months.first?.number ?? 0 }
    package var lastMonth: Int { months.last?.number ?? 0 }

    package static let fields: TemplateFields<YearContent> = [
        .text("compound") { $0.compound }, .number("year") { $0.year }, .text("compoundLink") { $0.compoundLink },
        .text("sheetLink") { $0.sheetLink }, .text("pageLink") { $0.pageLink }, .texts("address") { $0.address }, .views("months") { $0.months },
        .number("monthCount") { $0.months.count }, .text("opening") { $0.opening },
        .text("totalIncome") { $0.totalIncome }, .text("totalExpenses") { $0.totalExpenses }, .text("closing") { $0.closing },
        .text("totalIncomeCapital") { $0.totalIncomeCapital }, .text("totalExpensesCapital") { $0.totalExpensesCapital },
        .text("closingCapital") { $0.closingCapital }, .flag("balances") { $0.balances }, .view("chart") { $0.chart },
        .views("categories") { $0.categories },
        .views("majorExpenses") { $0.majorExpenses }, .flag("hasMajorExpenses") { !$0.majorExpenses.isEmpty },
        .flag("hasCollection") { $0.hasCollection }, .view("code") { $0.code }, .text("issuer") { $0.issuer },
        .text("preparedBy") { $0.preparedBy }, .text("checkedBy") { $0.checkedBy }, .text("asOf") { $0.asOf },
        .number("firstMonth") { $0.firstMonth }, .number("lastMonth") { $0.lastMonth },
        .flag("oneMonth") { $0.months.count == 1 }, .flag("longYear") { $0.months.count > 9 }, .flag("wholeYear") { $0.firstMonth == 1 && $0.lastMonth == 12 && $0.months.count == 12 },
        .view("site") { $0.site }, .qrCode,
    ]
}

/// A compound's year as its pages show it, read through `YearReads`.
package struct YearView {
    package let reads: YearReads
    package let statements: [Statement]

    package init(reads: YearReads) {
        self.reads = reads
        statements = reads.statements
    }

    package var year: Int { reads.year }

    /// The year's code: the last month's chained fingerprint, hashed with the year, so that a change to
    /// any month of the year (or before it) changes it, and it never equals a month's own code.
    package var code: VerificationCode? {
        guard let last = statements.last, let fingerprint = reads.fingerprint(last.month.value) else { return nil }
        return VerificationCode(fingerprintHex: "noticeboard-year-1\n\(year)\n\(fingerprint.fingerprint)".sha256Hex)
    }

    package var verifiableURL: String {
        let url = SitePaths.absolute(SitePaths.year(reads.slug, year), baseURL: reads.baseURL)
        return code.map { "\(url)?v=\($0.compact)" } ?? url
    }

    package func qrCode() -> QRCodeView? { QRCode.view(of: verifiableURL) }

    package var content: YearContent {
        let slug = reads.slug
        let income = statements.map(\.totalIncome).sum(), expenses = statements.map(\.totalExpenses).sum()
        let opening = statements.first?.opening.value ?? .zero, closing = statements.last?.closing.value ?? .zero
        let chart = YearChart(months: statements.map {
            .init(number: $0.month.value.month, income: $0.totalIncome, expenses: $0.totalExpenses, closing: $0.closing.value)
        })
        let code = code
        return YearContent(
            compound: reads.compoundName, year: year, compoundLink: SitePaths.compound(slug), sheetLink: SitePaths.yearSheet(slug, year),
            pageLink: SitePaths.year(slug, year), address: SitePaths.typedAddress(SitePaths.year(slug, year), baseURL: reads.baseURL),
            months: statements.map { s in
                .init(number: s.month.value.month, label: "\(s.month.value.month)月", link: SitePaths.statement(slug, s.month.value), opening: s.opening.value.withYuanSign,
                             income: s.totalIncome.withYuanSign, expenses: s.totalExpenses.withYuanSign, closing: s.closing.value.withYuanSign,
                             posted: s.posted.map { "\($0.value.month)月\($0.value.day)日" },
                             code: reads.fingerprint(s.month.value)?.verificationCode.description,
                             rate: s.collection?.rate)
            },
            opening: opening.withYuanSign, totalIncome: income.withYuanSign, totalExpenses: expenses.withYuanSign, closing: closing.withYuanSign,
            totalIncomeCapital: income.chineseCapital, totalExpensesCapital: expenses.chineseCapital, closingCapital: closing.chineseCapital,
            balances: opening + income - expenses == closing,
            chart: .init(width: YearChart.width, height: YearChart.height, drawing: chart.drawing),
            categories: categories(total: expenses), majorExpenses: majorExpenses,
            hasCollection: statements.contains { $0.collection != nil },
            code: code.map { .init(text: $0.description, compact: $0.compact) },
            issuer: reads.issuer,
            preparedBy: statements.last?.preparedBy?.value,
            checkedBy: statements.last.flatMap { $0.checkedBy.isEmpty ? nil : Formatting.names($0.checkedBy.map(\.value)) },
            asOf: statements.last.flatMap { Day(year: year, month: $0.month.value.month, day: Month.daysIn(year: year, month: $0.month.value.month))?.chinese },
            site: reads.site)
    }

    /// Expenses by category, largest first; the lines without one together, as one more (nil).
    private func categories(total: Money) -> [YearContent.CategoryRow] {
        // A list, not a dictionary: a year has a dozen categories, and hashing a Chinese name normalizes it first.
        var sums: [(name: String?, amount: Money)] = []
        for statement in statements {
            for line in statement.expenses {
                let category = line.category?.value
                if let at = sums.firstIndex(where: { $0.name == category }) {
                    sums[at].amount = sums[at].amount + line.amount.value
                } else {
                    sums.append((category, line.amount.value))
                }
            }
        }
        // Equal amounts by name, the lines without a category after the named ones.
        let sorted = sums.sorted { a, b in
            guard a.amount == b.amount else { return a.amount > b.amount }
            guard let x = a.name, let y = b.name else { return a.name != nil && b.name == nil }
            return NameOrder.ascending(x, y)
        }
        let largest = max(sorted.first?.amount.fen ?? 1, 1)
        return sorted.map { name, amount in
            .init(name: name, amount: amount.withYuanSign, share: Formatting.percent(Int(amount.fen), of: Int(total.fen)),
                  width: Int(amount.fen * 100 / largest))
        }
    }

    /// Each approval decided in the year or cited by one of its lines, with every line that cites it, in any year.
    private var majorExpenses: [YearContent.MajorExpense] {
        var cited: Set<String> = []
        for statement in statements {
            for line in statement.expenses { if let id = line.approval?.value { cited.insert(id) } }
        }
        return reads.approvals.filter { cited.contains($0.id) || $0.resolution?.date.value.year == year }.map { approval in
            var lines: [LinkView] = [], spent = Money.zero
            for (month, line) in reads.citations(of: approval.id) {
                spent = spent + line.amount.value
                lines.append(LinkView(label: "\(line.date.value.chinese) \(line.item) \(line.amount.value.withYuanSign)",
                                      link: SitePaths.statement(reads.slug, month)))
            }
            return .init(id: approval.id, subject: approval.subject, link: SitePaths.approval(reads.slug, approval.id),
                         budget: approval.budget.value.withYuanSign, spent: spent.withYuanSign, withinBudget: spent <= approval.budget.value, lines: lines)
        }
    }
}

extension PageContext {
    /// Years with a posted month, oldest first.
    package func years(of compound: Compound) -> [Int] { Set(compound.statements.map(\.month.value.year)).sorted() }
}

/// `<slug>/ledger/<YYYY>/`: each compound's year, as a page, its lines as data beside it, and as a sheet with its own code.
/// What they read is tracked (`YearReads`): a year whose reads give what the last build recorded is carried over,
/// its data and sheet too, without its values being made.
package enum YearPages: PageKind {
    package static let templates: [PageTemplate] = [.year, .yearSheet]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        let context = site.pageContext
        return site.community.compounds.flatMap { compound in
            let sources = site.monthlySources[compound.slug]
            return context.years(of: compound).map { year in
                let slug = compound.slug, path = SitePaths.year(slug, year), sheetPath = SitePaths.yearSheet(slug, year)
                let data = StatementData.Line.yearResource(compound: slug, year: year, beside: path).path
                return SitePage(tracked: sources.map { sources in ([path, data, sheetPath], { sources.key(of: $0, year: year) }) }) {
                    let reads = YearReads(compound: compound, year: year, context: context)
                    let view = YearView(reads: reads), content = view.content
                    let sheet = reads.page(sheetPath, crumbs: reads.compoundCrumbs, content)
                    let page = reads.page(path, crumbs: reads.compoundCrumbs, sheet: sheetPath, content)
                    // The sheet's QR code is drawn from its URL alone, which the key holds already: drawn only when rendered.
                    return MadePage(
                        outputs: [site.htmlOutput(.year, page),
                                  site.dataOutput(StatementData.Line.yearFile(of: view.statements, compound: slug, year: year, beside: page.path, mask: site.mask)),
                                  PageOutput(path: sheet.path, format: .html, key: PageKey(.yearSheet, sheet.value)) {
                                      site.file(PageData(path: sheet.path, value: sheet.value.withQRCode(view.qrCode())), .yearSheet)
                                  }],
                        reads: sources.map { sources in { (reads.reads, sources.key(of: reads.reads, year: year)) } })
                }
            }
        }
    }
}

extension PageTemplate {
    package static let year = PageTemplate("year", Page<YearContent>.shape)
    package static let yearSheet = PageTemplate("year-sheet", Page<YearContent>.shape)
}
