import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-012 (error): the account never goes below zero: taking the month's entries by date, income before
/// expenses on the same day, the running balance from the opening stays at or above zero. A balance below
/// zero means money was spent before it came in, or an income is missing from the books.
package struct BalanceNeverNegative: Rule {
    package static let id = RuleID.fin012
    package static let defaultSeverity = Severity.error

    /// A line of the month in the order the balance is run: by date, income first, then as written.
    private struct Step {
        let date: Day
        let isIncome: Bool
        let index: Int
    }

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                let steps = (statement.income.indices.map { Step(date: statement.income[$0].date.value, isIncome: true, index: $0) }
                    + statement.expenses.indices.map { Step(date: statement.expenses[$0].date.value, isIncome: false, index: $0) })
                    .sorted { a, b in
                        if a.date != b.date { return a.date < b.date }
                        if a.isIncome != b.isIncome { return a.isIncome }
                        return a.index < b.index
                    }
                var balance = statement.opening.value
                for step in steps {
                    guard !step.isIncome else {
                        balance = balance + statement.income[step.index].amount.value
                        continue
                    }
                    balance = balance - statement.expenses[step.index].amount.value
                    guard balance.isNegative else { continue }
                    let entry = statement.expenses[step.index]
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
