/// FIN-012 (error): the account never goes below zero: taking the month's entries by date, income before
/// expenses on the same day, the running balance from the opening stays at or above zero. A balance below
/// zero means money was spent before it came in, or an income is missing from the books.
struct BalanceNeverNegative: Rule {
    static let id = RuleID.fin012
    static let defaultSeverity = Severity.error

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                let entries = (statement.income.map { ($0, true) } + statement.expenses.map { ($0, false) })
                    .enumerated()
                    .sorted { a, b in
                        let (x, y) = (a.element, b.element)
                        if x.0.date.value != y.0.date.value { return x.0.date.value < y.0.date.value }
                        if x.1 != y.1 { return x.1 }
                        return a.offset < b.offset
                    }
                    .map(\.element)
                var balance = statement.opening.value
                for (entry, isIncome) in entries {
                    balance = isIncome ? balance + entry.amount.value : balance - entry.amount.value
                    guard balance.isNegative, !isIncome else { continue }
                    findings.report(at: entry.amount.location, Message(
                        zh: "\(entry.date.value)「\(entry.item)」支出 \(entry.amount.value.withYuanSign) 后账户余额为 \(balance.withYuanSign)：按日期先收后支，账户不能透支，请核对支出日期或是否漏记收入",
                        en: "after \(entry.item) (\(entry.amount.value.withYuanSign)) on \(entry.date.value) the account stands at \(balance.withYuanSign): taken by date, income first, it can never be overdrawn; check the dates or a missing income"),
                        notes: [DiagnosticNote(location: statement.opening.location, message: Message(zh: "期初余额 \(statement.opening.value.withYuanSign)", en: "opening \(statement.opening.value.withYuanSign)"))])
                    break
                }
            }
        }
    }
}
