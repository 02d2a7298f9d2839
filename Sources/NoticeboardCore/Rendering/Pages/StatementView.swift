/// A monthly statement as pages and sheets show it.
struct StatementView {
    let compound: Compound
    let statement: Statement
    let context: PageContext

    var month: Month { statement.month.value }

    /// Values of the statement; links are relative to the site root (templates prefix `page.root`).
    var values: [String: Any] {
        var v: [String: Any] = [
            "compound": compound.name,
            "slug": compound.slug,
            "month": month.description,
            "monthLabel": month.chinese,
            "opening": statement.opening.value.withYuanSign,
            "totalIncome": statement.totalIncome.withYuanSign,
            "totalExpenses": statement.totalExpenses.withYuanSign,
            "closing": statement.closing.value.withYuanSign,
            "expectedClosing": statement.expectedClosing.withYuanSign,
            "balances": statement.balances,
            "income": statement.income.map { entry(0, $0) },
            "expenses": statement.expenses.map { entry(1, $0) },
            "hasIncome": !statement.income.isEmpty,
            "hasExpenses": !statement.expenses.isEmpty,
            "hasCorrections": !statement.corrections.isEmpty,
            "corrections": statement.corrections.map { ["date": $0.date.chinese, "what": $0.what, "why": $0.why] },
            "issuer": compound.committee?.name ?? "\(compound.name)物业管理委员会",
            "pageLink": SitePaths.statement(compound.slug, month),
            "sheetLink": SitePaths.statementSheet(compound.slug, month),
            "compoundLink": SitePaths.compound(compound.slug),
        ]
        v["checkedBy"] = statement.checkedBy.isEmpty ? nil : Formatting.names(statement.checkedBy.map(\.value))
        v["preparedBy"] = statement.preparedBy?.value
        v["posted"] = statement.posted?.value.chinese
        if let collection = statement.collection {
            let exempt = collection.exemptions.map(\.count.value).reduce(0, +)
            v["collection"] = [
                "due": collection.due.value,
                "paid": collection.paid.value,
                "exemptCount": exempt,
                "hasExempt": exempt > 0,
                "exempt": collection.exemptions.map { ["count": $0.count.value, "reason": $0.reason ?? "未注明原因"] },
                "rate": Formatting.percent(collection.paid.value, of: max(0, collection.due.value - exempt)),
            ] as [String: Any]
        }
        if let services = compound.serviceLists.first(where: { $0.month.value == month }) {
            v["servicesLink"] = SitePaths.serviceList(compound.slug, services.month.value)
        }
        let index = compound.statements.firstIndex { $0.month.value == month }
        if let index, index > 0 {
            let previous = compound.statements[index - 1].month.value
            v["previous"] = ["label": previous.chinese, "link": SitePaths.statement(compound.slug, previous)]
        }
        if let index, index + 1 < compound.statements.count {
            let next = compound.statements[index + 1].month.value
            v["next"] = ["label": next.chinese, "link": SitePaths.statement(compound.slug, next)]
        }
        return v
    }

    private func entry(_ kind: Int, _ e: Statement.Entry) -> [String: Any] {
        var v: [String: Any] = [
            "date": Formatting.shortDate(e.date.value),
            "isoDate": e.date.value.description,
            "item": e.item,
            "amount": e.amount.value.withYuanSign,
        ]
        v["voucher"] = e.voucher?.value
        v["payee"] = e.payee
        if let approval = e.approval?.value {
            v["approval"] = ["id": approval, "link": SitePaths.approval(compound.slug, approval)]
        }
        return v
    }

    /// `馨园小区 2026年11月收支明细`, the page title that also reads well as a shared card.
    var title: String { "\(compound.name) \(month.chinese)收支明细" }

    var summary: String {
        "收入 \(statement.totalIncome.withYuanSign)，支出 \(statement.totalExpenses.withYuanSign)，结余 \(statement.closing.value.withYuanSign)"
    }

    /// The sheet's QR code: the absolute URL of the mobile page.
    func qrSVG() -> String {
        let url = SitePaths.absolute(SitePaths.statement(compound.slug, month), baseURL: context.baseURL)
        return QRCode(url)?.svg(label: "扫码查看网页版：\(url)", millimetres: 30) ?? ""
    }
}
