/// A monthly statement as pages and sheets show it.
struct StatementView {
    let compound: Compound
    let statement: Statement
    let context: PageContext

    var month: Month { statement.month.value }
    var fingerprint: StatementFingerprint? { context.fingerprints[compound.slug]?[month] }

    /// Ledger lines a sheet page holds; a longer month runs on to numbered pages.
    static let linesPerSheetPage = 25
    /// Characters of an item that fit on one line of the sheet's table.
    static let itemCharactersPerLine = 18

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
            "totalIncomeCapital": statement.totalIncome.chineseCapital,
            "totalExpensesCapital": statement.totalExpenses.chineseCapital,
            "closingCapital": statement.closing.value.chineseCapital,
            "expectedClosing": statement.expectedClosing.withYuanSign,
            "balances": statement.balances,
            "income": statement.income.map(entry),
            "expenses": statement.expenses.map(entry),
            "hasIncome": !statement.income.isEmpty,
            "hasExpenses": !statement.expenses.isEmpty,
            "hasCorrections": !statement.corrections.isEmpty,
            "corrections": statement.corrections.map { ["date": $0.date.chinese, "what": $0.what, "why": $0.why] },
            "issuer": compound.committee?.name ?? "\(compound.name)物业管理委员会",
            "pageLink": SitePaths.statement(compound.slug, month),
            "sheetLink": SitePaths.statementSheet(compound.slug, month),
            "compoundLink": SitePaths.compound(compound.slug),
        ]
        v["checkedBy"] = Absent.or(statement.checkedBy.isEmpty ? nil : Formatting.names(statement.checkedBy.map(\.value)))
        v["preparedBy"] = Absent.or(statement.preparedBy?.value)
        v["code"] = Absent.or(fingerprint.map { ["text": $0.verificationCode.description, "compact": $0.verificationCode.compact] })
        v["posted"] = Absent.or(statement.posted?.value.chinese)
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

    private func entry(_ e: Statement.Entry) -> [String: Any] {
        [
            "date": Formatting.shortDate(e.date.value),
            "isoDate": e.date.value.description,
            "item": e.item,
            "amount": e.amount.value.withYuanSign,
            "voucher": Absent.or(e.voucher?.value),
            "payee": Absent.or(e.payee),
            "approval": Absent.or(e.approval.map { ["id": $0.value, "link": SitePaths.approval(compound.slug, $0.value)] }),
        ]
    }

    /// `馨园小区 2026年11月收支明细`, the page title that also reads well as a shared card.
    var title: String { "\(compound.name) \(month.chinese)收支明细" }

    var summary: String {
        "收入 \(statement.totalIncome.withYuanSign)，支出 \(statement.totalExpenses.withYuanSign)，结余 \(statement.closing.value.withYuanSign)"
    }

    /// The mobile page's absolute URL with the verification code, as the sheet's QR code holds it.
    var verifiableURL: String {
        let url = SitePaths.absolute(SitePaths.statement(compound.slug, month), baseURL: context.baseURL)
        return fingerprint.map { "\(url)?v=\($0.verificationCode.compact)" } ?? url
    }

    func qrSVG() -> String {
        QRCode(verifiableURL)?.svg(label: "扫码查看网页版：\(verifiableURL)", millimetres: 25) ?? ""
    }

    /// The sheet's pages: the income lines, then the expense lines, each in written order, at most
    /// `linesPerSheetPage` printed lines a page, an item that wraps counted by the lines it takes.
    func sheetPages() -> [[String: Any]] {
        let rows = statement.income.map { ("收入", $0) } + statement.expenses.map { ("支出", $0) }
        var pages: [[[String: Any]]] = [[]]
        var used = 0
        for (kind, entry) in rows {
            let text = entry.item + (entry.payee.map { "（\($0)）" } ?? "")
            let lines = (text.count + Self.itemCharactersPerLine - 1) / Self.itemCharactersPerLine + (entry.approval == nil ? 0 : 1)
            if used + lines > Self.linesPerSheetPage && !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            used += lines
            let row: [String: Any] = ["kind": kind, "date": Formatting.shortDate(entry.date.value), "item": text,
                                      "amount": entry.amount.value.description,
                                      "voucher": Absent.or(entry.voucher?.value), "approval": Absent.or(entry.approval?.value)]
            pages[pages.count - 1].append(row)
        }
        return pages.enumerated().map { index, rows in
            ["rows": rows, "number": index + 1, "first": index == 0, "last": index == pages.count - 1, "count": pages.count]
        }
    }
}
