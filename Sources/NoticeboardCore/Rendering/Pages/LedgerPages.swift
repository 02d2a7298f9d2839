extension PageContext {
    /// `<slug>/ledger/<YYYY-MM>/index.html`: the monthly statement for phones.
    func statementPage(_ compound: Compound, _ statement: Statement) -> PageData {
        let view = StatementView(compound: compound, statement: statement, context: self)
        return page(SitePaths.statement(compound.slug, view.month), title: view.title, description: view.summary,
                    crumbs: compoundCrumbs(compound) + [("\(view.month.chinese)收支明细", nil)], ["statement": view.values])
    }

    /// `<slug>/ledger/<YYYY-MM>/print.html`: the same statement as an A4 gatehouse sheet, around its rendered sheet.
    func statementSheet(_ view: StatementView, sheetHTML: String) -> PageData {
        page(SitePaths.statementSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)收支明细", nil)], ["sheetsHTML": sheetHTML])
    }

    /// What the statement's sheet template receives, but its QR code (see `PrintedSheet`).
    func sheet(_ view: StatementView) -> [String: Any] {
        ["statement": view.values, "pages": view.sheetPages(), "url": view.verifiableURL, "site": site]
    }
}
