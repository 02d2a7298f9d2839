/// One gatehouse sheet (a statement's or a service list's) of a month: rendered once, it is both the
/// body of its own print page and a part of the month's bundle.
struct PrintedSheet {
    let body: PageTemplate
    /// What the sheet's template receives, but its QR code: the code is drawn from `context["url"]`
    /// alone, so the sheet's key leaves it out and it is drawn only when the sheet is rendered.
    let context: [String: Any]
    let qr: () -> String
    /// The print page's template, and its data around a rendered sheet (or, for its key, the sheet's key).
    let page: PageTemplate
    let pageData: (_ sheetHTML: String) -> PageData

    var key: PageKey { PageKey(body, context) }

    func rendered(with templates: TemplateSet) -> String {
        var context = context
        context["qr"] = qr()
        return templates.render(body, context)
    }
}

extension PageContext {
    /// A compound's sheets of a month, in the bundle's order: the statement, then the service list.
    func sheets(of compound: Compound, in month: Month) -> [PrintedSheet] {
        var sheets: [PrintedSheet] = []
        if let statement = compound.statements.first(where: { $0.month.value == month }) {
            let view = StatementView(compound: compound, statement: statement, context: self)
            sheets.append(PrintedSheet(body: .statementSheetBody, context: sheet(view), qr: view.qrSVG,
                                       page: .statementSheet, pageData: { statementSheet(view, sheetHTML: $0) }))
        }
        if let list = compound.serviceLists.first(where: { $0.month.value == month }) {
            let view = ServiceListView(compound: compound, list: list, context: self)
            sheets.append(PrintedSheet(body: .serviceSheetBody, context: sheet(view), qr: view.qrSVG,
                                       page: .serviceSheet, pageData: { serviceSheet(view, sheetHTML: $0) }))
        }
        return sheets
    }
}
