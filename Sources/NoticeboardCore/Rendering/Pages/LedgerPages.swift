extension PageContext {
    /// `<slug>/ledger/<YYYY-MM>/index.html`: the monthly statement for phones.
    func statementPage(_ view: StatementView, values: [String: Any]) -> PageData {
        page(SitePaths.statement(view.compound.slug, view.month), title: view.title, description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)收支明细", nil)], ["statement": values])
    }

    /// `<slug>/ledger/<YYYY-MM>/print.html`: the same statement as an A4 gatehouse sheet, around its rendered sheet.
    func statementSheet(_ view: StatementView, sheetHTML: String) -> PageData {
        page(SitePaths.statementSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)收支明细", nil)], ["sheetsHTML": sheetHTML])
    }

    /// What the statement's sheet template receives, but its QR code (see `MonthlyPages`).
    func sheet(_ view: StatementView, values: [String: Any]) -> [String: Any] {
        ["statement": values, "pages": view.sheetPages(), "url": view.verifiableURL, "site": site]
    }
}
