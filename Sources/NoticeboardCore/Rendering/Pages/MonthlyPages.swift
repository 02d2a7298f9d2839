/// A statement's or a service list's pages of one month, made from one set of values: the mobile page
/// and the gatehouse sheet. The sheet, rendered once, is both the body of its own print page and a
/// part of the month's bundle.
struct MonthlyPages {
    /// The key under which both contexts hold `values` (`statement`, `services`).
    let name: String
    let values: [String: Any]
    let mobile: (template: PageTemplate, data: PageData)
    let sheet: PageTemplate
    /// What the sheet's template receives, but its QR code: the code is drawn from `sheetContext["url"]`
    /// alone, so the sheet's key leaves it out and it is drawn only when the sheet is rendered.
    let sheetContext: [String: Any]
    let qr: () -> String
    /// The print page's template, and its data around a rendered sheet (or, for its key, the sheet's key).
    let print: PageTemplate
    let printData: (_ sheetHTML: String) -> PageData

    /// The values are keyed once; both pages' keys hold that key in their place.
    private var valuesKey: PageKey { PageKey(part: values) }

    var keys: (mobile: PageKey, sheet: PageKey) {
        let values = valuesKey.hex
        var mobileContext = mobile.data.context, sheetContext = sheetContext
        mobileContext[name] = values
        sheetContext[name] = values
        return (PageKey(mobile.template, mobileContext), PageKey(sheet, sheetContext))
    }

    /// The sheet rendered by `render` (the site renderer's, which masks personal numbers first).
    func renderedSheet(_ render: (PageTemplate, [String: Any]) -> String) -> String {
        var context = sheetContext
        context["qr"] = qr()
        return render(sheet, context)
    }
}

extension PageContext {
    /// A compound's statement and service list of a month, in the bundle's order.
    func monthlyPages(of compound: Compound, in month: Month) -> [MonthlyPages] {
        var pages: [MonthlyPages] = []
        if let statement = compound.statements.first(where: { $0.month.value == month }) {
            let view = StatementView(compound: compound, statement: statement, context: self)
            let values = view.values
            pages.append(MonthlyPages(name: "statement", values: values, mobile: (.statement, statementPage(view, values: values)),
                                      sheet: .statementSheetBody, sheetContext: sheet(view, values: values), qr: view.qrSVG,
                                      print: .statementSheet, printData: { statementSheet(view, sheetHTML: $0) }))
        }
        if let list = compound.serviceLists.first(where: { $0.month.value == month }) {
            let view = ServiceListView(compound: compound, list: list, context: self)
            let values = view.values
            pages.append(MonthlyPages(name: "services", values: values, mobile: (.serviceList, serviceListPage(view, values: values)),
                                      sheet: .serviceSheetBody, sheetContext: sheet(view, values: values), qr: view.qrSVG,
                                      print: .serviceSheet, printData: { serviceSheet(view, sheetHTML: $0) }))
        }
        return pages
    }
}
