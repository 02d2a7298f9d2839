import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// The statement's mobile page: `statement` holds the statement's values.
package struct StatementContent: TemplateView {
    package let statement: Value

    package static let fields: TemplateFields<StatementContent> = [TemplateField(name: "statement", shape: StatementValues.shape) { $0.statement }]
}

/// `<slug>/ledger/<YYYY-MM>/`: the monthly statement for phones (`index.html`) and as an A4 gatehouse sheet
/// (`print.html`), made from one set of values read through `MonthlyReads`.
package enum StatementPages: MonthlyPageKind {
    package static let templates: [PageTemplate] = [.statement, .statementSheet, .statementSheetBody]

    package static func page(of compound: Compound, in month: Month, site: SiteRenderer) -> SitePage? {
        guard compound.statements.contains(where: { $0.month.value == month }) else { return nil }
        let slug = compound.slug
        return site.postedRecordPage(of: compound, in: month, mobile: SitePaths.statement(slug, month), print: SitePaths.statementSheet(slug, month)) { reads in
            guard let statement = reads.statement else { return nil }
            let view = StatementView(reads: reads, statement: statement)
            let values = view.values.value
            let crumbs = reads.compoundCrumbs + [("\(month.chinese)收支明细", nil)]
            return PostedRecord(
                name: "statement", values: values,
                mobile: (.statement, reads.page(SitePaths.statement(slug, month), title: view.title, description: view.summary, crumbs: crumbs,
                                                sheet: SitePaths.statementSheet(slug, month), StatementContent(statement: values))),
                sheet: .statementSheetBody,
                sheetValue: view.sheet(values: values),
                qr: view.qrSVG, print: .statementSheet,
                printData: { reads.page(SitePaths.statementSheet(slug, month), title: "\(view.title)（张贴版）", description: view.summary,
                                        crumbs: crumbs, SheetsContent(sheetsHTML: $0, monthLabel: nil)) })
        }
    }
}

extension PageTemplate {
    package static let statement = PageTemplate("statement", Page<StatementContent>.shape)
    package static let statementSheet = PageTemplate("statement-sheet", Page<SheetsContent>.shape)
    /// One statement's sheet, rendered once and used by its print page and the month's bundle.
    package static let statementSheetBody = PageTemplate("statement-sheet-body", StatementSheetContent.shape)
}
