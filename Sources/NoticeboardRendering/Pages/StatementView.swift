import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// A monthly statement's values, as its page and its sheet show them (`statement.…`).
/// Links are relative to the site root (templates prefix `page.root`).
package struct StatementValues: TemplateView {
    package struct Line: TemplateView {
        package let date: String, isoDate: String, item: String, amount: String
        package let voucher: String?, payee: String?
        package let approval: ApprovalLink?

        package static let fields: TemplateFields<Line> = [
            .text("date") { $0.date }, .text("isoDate") { $0.isoDate }, .text("item") { $0.item }, .text("amount") { $0.amount },
            .text("voucher") { $0.voucher }, .text("payee") { $0.payee }, .view("approval") { $0.approval },
        ]
    }

    package struct ApprovalLink: TemplateView {
        package let id: String, link: String

        package static let fields: TemplateFields<ApprovalLink> = [.text("id") { $0.id }, .text("link") { $0.link }]
    }

    package struct Correction: TemplateView {
        package let date: String, what: String, why: String

        package static let fields: TemplateFields<Correction> = [.text("date") { $0.date }, .text("what") { $0.what }, .text("why") { $0.why }]
    }

    package struct Code: TemplateView {
        package let text: String, compact: String

        package static let fields: TemplateFields<Code> = [.text("text") { $0.text }, .text("compact") { $0.compact }]
    }

    package struct Collection: TemplateView {
        package struct Exemption: TemplateView {
            package let count: Int
            /// Nil when the record gives none (the template says so).
            package let reason: String?

            package static let fields: TemplateFields<Exemption> = [.number("count") { $0.count }, .text("reason") { $0.reason }]
        }

        package let due: Int, paid: Int, exemptCount: Int
        package let exempt: [Exemption]
        package let rate: String

        package static let fields: TemplateFields<Collection> = [
            .number("due") { $0.due }, .number("paid") { $0.paid }, .number("exemptCount") { $0.exemptCount },
            // Who must pay: those due less the exempt, what the rate is taken of.
            .number("payable") { max(0, $0.due - $0.exemptCount) },
            .flag("hasExempt") { $0.exemptCount > 0 }, .views("exempt") { $0.exempt }, .text("rate") { $0.rate },
        ]
    }

    package let compound: String, slug: String, month: String, monthLabel: String
    package let opening: String, totalIncome: String, totalExpenses: String, closing: String
    package let totalIncomeCapital: String, totalExpensesCapital: String, closingCapital: String
    package let expectedClosing: String
    package let balances: Bool
    package let income: [Line], expenses: [Line]
    package let corrections: [Correction]
    /// The committee's name; nil when the compound's file gives none (`issuer.mustache` names the compound's committee).
    package let issuer: String?
    package let pageLink: String, sheetLink: String, compoundLink: String, yearLink: String
    package let servicesLink: String?
    package let checkedBy: String?, preparedBy: String?, posted: String?
    package let code: Code?
    package let collection: Collection?
    package let previous: LinkView?, next: LinkView?

    /// What a printed sheet has no use for: the links to the months before and after. Left out of the sheet's
    /// values (`sheetShape`), a new month leaves the sheet of the month before it, and that month's bundle, as they were.
    package static let navigation: Set<String> = ["previous", "next"]

    /// The statement as its sheet holds it: every value but `navigation` (a sheet template naming one is refused).
    package static let sheetShape: Shape = {
        guard case .record(let names) = shape else { return shape }
        return .record(names.filter { !navigation.contains($0.key) })
    }()

    package static let fields: TemplateFields<StatementValues> = [
        .text("compound") { $0.compound }, .text("slug") { $0.slug }, .text("month") { $0.month }, .text("monthLabel") { $0.monthLabel },
        .text("opening") { $0.opening }, .text("totalIncome") { $0.totalIncome }, .text("totalExpenses") { $0.totalExpenses },
        .text("closing") { $0.closing }, .text("totalIncomeCapital") { $0.totalIncomeCapital },
        .text("totalExpensesCapital") { $0.totalExpensesCapital }, .text("closingCapital") { $0.closingCapital },
        .text("expectedClosing") { $0.expectedClosing }, .flag("balances") { $0.balances },
        .views("income") { $0.income }, .views("expenses") { $0.expenses },
        .flag("hasIncome") { !$0.income.isEmpty }, .flag("hasExpenses") { !$0.expenses.isEmpty },
        .number("incomeLines") { $0.income.count }, .number("expenseLines") { $0.expenses.count },
        .flag("hasCorrections") { !$0.corrections.isEmpty }, .views("corrections") { $0.corrections },
        .text("issuer") { $0.issuer }, .text("pageLink") { $0.pageLink }, .text("sheetLink") { $0.sheetLink },
        .text("compoundLink") { $0.compoundLink }, .text("yearLink") { $0.yearLink }, .text("servicesLink") { $0.servicesLink },
        .text("checkedBy") { $0.checkedBy }, .text("preparedBy") { $0.preparedBy }, .text("posted") { $0.posted },
        .view("code") { $0.code }, .view("collection") { $0.collection }, .view("previous") { $0.previous }, .view("next") { $0.next },
    ]
}

/// One printed page of a statement's sheet: its ledger rows under the heading of their kind (income, expenses),
/// and where it stands among the sheet's pages.
package struct SheetPage: TemplateView {
    package struct Row: TemplateView {
        package let date: String, item: String, amount: String
        package let voucher: String?, approval: String?

        package static let fields: TemplateFields<Row> = [
            .text("date") { $0.date }, .text("item") { $0.item }, .text("amount") { $0.amount },
            .text("voucher") { $0.voucher }, .text("approval") { $0.approval },
        ]
    }

    /// The income or the expense lines on this page; `continued` when the kind began on a page before.
    package struct Group: TemplateView {
        package let income: Bool, continued: Bool
        package let rows: [Row]

        package static let fields: TemplateFields<Group> = [
            .flag("income") { $0.income }, .flag("continued") { $0.continued }, .views("rows") { $0.rows },
        ]
    }

    package let groups: [Group]
    package let number: Int
    package let count: Int

    package static let fields: TemplateFields<SheetPage> = [
        .views("groups") { $0.groups }, .number("number") { $0.number }, .flag("first") { $0.number == 1 },
        .flag("last") { $0.number == $0.count }, .number("count") { $0.count }, .flag("single") { $0.count == 1 },
        .flag("lines") { !$0.groups.isEmpty },
    ]
}

/// What the statement's sheet template receives. The QR code is drawn from `url` alone, so the sheet's
/// key leaves it out and it is drawn only when the sheet is rendered.
package struct StatementSheetContent: TemplateView {
    /// The statement's values without `StatementValues.navigation`.
    package let statement: Value
    package let pages: [SheetPage]
    /// The type size's class (`sheet-large`, `sheet-medium`, `sheet-regular`).
    package let scale: String
    package let url: String
    /// The page's address to type, printed under the QR code in parts that may end a line (`SitePaths.typedAddress`).
    package let address: [String]
    package let site: SiteView

    package static let fields: TemplateFields<StatementSheetContent> = [
        TemplateField(name: "statement", shape: StatementValues.sheetShape) { $0.statement }, .views("pages") { $0.pages },
        .text("scale") { $0.scale }, .text("url") { $0.url }, .texts("address") { $0.address }, .view("site") { $0.site }, .qrCode,
    ]
}

/// A monthly statement as pages and sheets show it, read through `MonthlyReads`.
package struct StatementView {
    package let reads: MonthlyReads
    package let statement: Statement

    package init(reads: MonthlyReads, statement: Statement) {
        self.reads = reads
        self.statement = statement
    }

    package var month: Month { reads.month }
    package var slug: String { reads.slug }
    package var fingerprint: StatementFingerprint? { reads.fingerprint }

    package var values: StatementValues {
        let slug = reads.slug
        let exempt = statement.collection.map { $0.exemptions.map(\.count.value).reduce(0, +) } ?? 0
        return StatementValues(
            compound: reads.compoundName, slug: slug, month: month.description, monthLabel: month.chinese,
            opening: statement.opening.value.withYuanSign, totalIncome: statement.totalIncome.withYuanSign,
            totalExpenses: statement.totalExpenses.withYuanSign, closing: statement.closing.value.withYuanSign,
            totalIncomeCapital: statement.totalIncome.chineseCapital, totalExpensesCapital: statement.totalExpenses.chineseCapital,
            closingCapital: statement.closing.value.chineseCapital, expectedClosing: statement.expectedClosing.withYuanSign,
            balances: statement.balances, income: statement.income.map(line), expenses: statement.expenses.map(line),
            corrections: statement.corrections.map { .init(date: $0.date.chinese, what: $0.what, why: $0.why) },
            issuer: reads.issuer,
            pageLink: SitePaths.statement(slug, month), sheetLink: SitePaths.statementSheet(slug, month), compoundLink: SitePaths.compound(slug),
            yearLink: SitePaths.year(slug, month.year),
            servicesLink: reads.hasServiceList ? SitePaths.serviceList(slug, month) : nil,
            checkedBy: statement.checkedBy.isEmpty ? nil : Formatting.names(statement.checkedBy.map(\.value)),
            preparedBy: statement.preparedBy?.value, posted: statement.posted?.value.chinese,
            code: fingerprint.map { .init(text: $0.verificationCode.description, compact: $0.verificationCode.compact) },
            collection: statement.collection.map { collection in
                .init(due: collection.due.value, paid: collection.paid.value, exemptCount: exempt,
                      exempt: collection.exemptions.map { .init(count: $0.count.value, reason: $0.reason) },
                      rate: collection.rate)
            },
            previous: reads.previousStatementMonth.map { LinkView(label: $0.chinese, link: SitePaths.statement(slug, $0)) },
            next: reads.nextStatementMonth.map { LinkView(label: $0.chinese, link: SitePaths.statement(slug, $0)) })
    }

    private func line(_ e: Statement.Entry) -> StatementValues.Line {
        .init(date: Formatting.shortDate(e.date.value), isoDate: e.date.value.description, item: e.item,
              amount: e.amount.value.withYuanSign, voucher: e.voucher?.value, payee: e.payee,
              approval: e.approval.map { .init(id: $0.value, link: SitePaths.approval(slug, $0.value)) })
    }

    /// What the print page's title and description say of the statement.
    package var printSummary: StatementPrintContent.Summary {
        .init(compound: reads.compoundName, monthLabel: month.chinese, totalIncome: statement.totalIncome.withYuanSign,
              totalExpenses: statement.totalExpenses.withYuanSign, closing: statement.closing.value.withYuanSign)
    }

    /// The mobile page's absolute URL with the verification code, as the sheet's QR code holds it.
    package var verifiableURL: String {
        let url = SitePaths.absolute(SitePaths.statement(slug, month), baseURL: reads.baseURL)
        return fingerprint.map { "\(url)?v=\($0.verificationCode.compact)" } ?? url
    }

    package func qrCode() -> QRCodeView? { QRCode.view(of: verifiableURL) }

    /// What the statement's sheet template receives, without its QR code (`Value.withQRCode`, when the sheet is rendered).
    package func sheet(values: Value) -> Value {
        let lines = sheetLines()
        let plan = sheetPlan(lines)
        let pages = plan.pages.enumerated().map { number, page in
            SheetPage(groups: Self.groups(page.lines, of: lines), number: number + 1, count: plan.pages.count)
        }
        return StatementSheetContent(statement: values.without(StatementValues.navigation), pages: pages, scale: plan.scale.name,
                                     url: verifiableURL, address: SitePaths.typedAddress(SitePaths.statement(slug, month), baseURL: reads.baseURL),
                                     site: reads.site).value
    }

    /// The sheet's lines: the income lines, then the expense lines, each in written order.
    func sheetLines() -> [(StatementSheetPlan.Line, SheetPage.Row)] {
        let entries = statement.income.map { (true, $0) } + statement.expenses.map { (false, $0) }
        return entries.map { income, entry in
            let item = entry.item + (entry.payee.map { "（\($0)）" } ?? "")
            return (StatementSheetPlan.Line(income: income, item: item, voucher: entry.voucher?.value ?? "", citesApproval: entry.approval != nil),
                    SheetPage.Row(date: Formatting.shortDate(entry.date.value), item: item, amount: entry.amount.value.description,
                                  voucher: entry.voucher?.value, approval: entry.approval?.value))
        }
    }

    /// The sheet's pages and type size.
    package func sheetPlan() -> StatementSheetPlan { sheetPlan(sheetLines()) }

    private func sheetPlan(_ lines: [(StatementSheetPlan.Line, SheetPage.Row)]) -> StatementSheetPlan {
        let address = SitePaths.typedAddress(SitePaths.statement(slug, month), baseURL: reads.baseURL).joined()
        return StatementSheetPlan(lines: lines.map(\.0), frame: .init(
            titleParts: [reads.compoundName, month.chinese, "收支明细公示"], checkText: checkText,
            capitals: [statement.totalIncome.chineseCapital, statement.totalExpenses.chineseCapital, statement.closing.value.chineseCapital],
            qrSide: QRCode.printedSide(forText: verifiableURL), address: address))
    }

    /// The paragraphs under the sheet's totals as `statement-sheet-body.mustache` words them, for the plan to
    /// measure: a district's own wording may differ a little, which the plan's reserve absorbs.
    private var checkText: [String] {
        var check = statement.balances ? "核对：上月结余 + 本月收入 − 本月支出 = 本月结余，账目相符。"
            : "账目不符：按明细应结余 \(statement.expectedClosing.withYuanSign)。"
        if let collection = statement.collection {
            let exempt = collection.exemptions.map(\.count.value).reduce(0, +)
            check += "本月应缴 \(collection.due.value) 户"
            if !collection.exemptions.isEmpty {
                check += "，其中免缴 \(exempt) 户（" + collection.exemptions.map { "\($0.reason ?? "未注明原因") \($0.count.value) 户" }.joined(separator: "；") + "）"
            }
            check += "，已缴 \(collection.paid.value) 户，收缴率 "
            if !collection.exemptions.isEmpty { check += "= 已缴 ÷（应缴 − 免缴）= \(collection.paid.value) ÷ \(collection.due.value - exempt) = " }
            check += "\(collection.rate)。"
        }
        var paragraphs = [check]
        if !statement.corrections.isEmpty {
            paragraphs.append("更正说明：" + statement.corrections.map { "\($0.date.chinese) \($0.what)（\($0.why)）" }.joined(separator: "；"))
        }
        return paragraphs
    }

    /// The rows of `range` under the heading of their kind; a kind that began on a page before runs on.
    static func groups(_ range: Range<Int>, of lines: [(StatementSheetPlan.Line, SheetPage.Row)]) -> [SheetPage.Group] {
        var groups: [SheetPage.Group] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let income = lines[start].0.income
            var end = start
            while end < range.upperBound && lines[end].0.income == income { end += 1 }
            groups.append(.init(income: income, continued: start > 0 && lines[start - 1].0.income == income, rows: lines[start..<end].map(\.1)))
            start = end
        }
        return groups
    }
}
