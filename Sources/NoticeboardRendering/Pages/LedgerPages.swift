import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// The statement's mobile page: `statement` holds the statement's values.
package struct StatementContent: TemplateView {
    package let statement: Value

    package static let fields: TemplateFields<StatementContent> = [TemplateField(name: "statement", shape: StatementValues.shape) { $0.statement }]
}

extension PageContext {
    /// `<slug>/ledger/<YYYY-MM>/index.html`: the monthly statement for phones.
    package func statementPage(_ view: StatementView, values: Value) -> PageData {
        page(SitePaths.statement(view.compound.slug, view.month), title: view.title, description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)收支明细", nil)], StatementContent(statement: values))
    }

    /// `<slug>/ledger/<YYYY-MM>/print.html`: the same statement as an A4 gatehouse sheet, around its rendered sheet.
    package func statementSheet(_ view: StatementView, sheetHTML: String) -> PageData {
        page(SitePaths.statementSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)收支明细", nil)], SheetsContent(sheetsHTML: sheetHTML, monthLabel: nil))
    }

    /// What the statement's sheet template receives, without its QR code (`Value.withQRCode`, when the sheet is rendered).
    package func sheet(_ view: StatementView, values: Value) -> Value {
        let plan = view.sheetPlan()
        return StatementSheetContent(statement: values.without(StatementValues.navigation), pages: plan.pages.enumerated().map { SheetPage(rows: $1, number: $0 + 1, count: plan.pages.count) },
                              scale: plan.scale.name, url: view.verifiableURL, site: site).value
    }
}
