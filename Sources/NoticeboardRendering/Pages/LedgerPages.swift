import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// The statement's mobile page: `statement` holds the statement's values.
package struct StatementContent: TemplateView {
    package let statement: Value

    package static let fields: TemplateFields<StatementContent> = [TemplateField(name: "statement", shape: StatementValues.shape) { $0.statement }]
}

/// The statement's print page: its sheet, already rendered, and what the page's title and description say
/// of the statement (`statement.…`, named as on the mobile page).
package struct StatementPrintContent: TemplateView {
    package struct Summary: TemplateView {
        package let compound: String, monthLabel: String
        package let totalIncome: String, totalExpenses: String, closing: String

        package static let fields: TemplateFields<Summary> = [
            .text("compound") { $0.compound }, .text("monthLabel") { $0.monthLabel }, .text("totalIncome") { $0.totalIncome },
            .text("totalExpenses") { $0.totalExpenses }, .text("closing") { $0.closing },
        ]
    }

    package let sheetsHTML: String
    package let statement: Summary

    package static let fields: TemplateFields<StatementPrintContent> = [.markup("sheetsHTML") { $0.sheetsHTML }, .view("statement") { $0.statement }]
}

/// `<slug>/ledger/<YYYY-MM>/`: the monthly statement for phones (`index.html`) and as an A4 gatehouse sheet
/// (`print.html`), made from one set of values read through `MonthlyReads`.
package enum StatementPages: MonthlyPageKind {
    package static let templates: [PageTemplate] = [.statement, .statementSheet, .statementSheetBody]

    package static func page(of compound: Compound, in month: Month, site: SiteRenderer) -> SitePage? {
        guard compound.statements.contains(where: { $0.month.value == month }) else { return nil }
        let slug = compound.slug, page = SitePaths.statement(slug, month), sheet = SitePaths.statementSheet(slug, month)
        let data = StatementData.resources(compound: slug, period: month.description, beside: page).map(\.path)
        return site.postedRecordPage(of: compound, in: month, mobile: page, data: data, print: sheet) { reads in
            guard let statement = reads.statement else { return nil }
            let view = StatementView(reads: reads, statement: statement)
            let values = view.values.value
            let crumbs = reads.compoundCrumbs, summary = view.printSummary
            let published = StatementData(community: reads.site.community, slug: slug, compoundName: reads.compoundName, statement: statement,
                                          fingerprint: reads.fingerprint, previous: reads.previousOnChain, page: page, sheet: sheet, mask: site.mask)
            return PostedRecord(
                name: "statement", values: values,
                mobile: (.statement, reads.page(page, crumbs: crumbs, sheet: sheet, StatementContent(statement: values))),
                sheet: .statementSheetBody,
                sheetValue: view.sheet(values: values),
                qr: view.qrCode, print: .statementSheet,
                printData: { reads.page(sheet, crumbs: crumbs, StatementPrintContent(sheetsHTML: $0, statement: summary)) },
                data: published.files(beside: page))
        }
    }
}

extension PageTemplate {
    package static let statement = PageTemplate("statement", Page<StatementContent>.shape)
    package static let statementSheet = PageTemplate("statement-sheet", Page<StatementPrintContent>.shape)
    /// One statement's sheet, rendered once and used by its print page and the month's bundle.
    package static let statementSheetBody = PageTemplate("statement-sheet-body", StatementSheetContent.shape)
}
