import NoticeboardModel
import NoticeboardValues

/// FIN-001 (error): opening + Σ income − Σ expenses = closing, exact to the fen.
/// Source: 每月收支明细都会贴在门房 … 交的钱花在哪了清清楚楚.
package struct StatementBalances: Rule {
    package static let id = RuleID.fin001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for s in compound.allStatements where !s.balances {
                let difference = s.closing.value - s.expectedClosing
                findings.report(at: s.closing.location, Message(
                    zh: "期初 \(s.opening.value) + 收入 \(s.totalIncome) − 支出 \(s.totalExpenses) = \(s.expectedClosing)，期末却填写 \(s.closing.value)（相差 \(difference)）",
                    en: "opening \(s.opening.value) + income \(s.totalIncome) − expenses \(s.totalExpenses) = \(s.expectedClosing), but closing is \(s.closing.value) (off by \(difference))"))
            }
        }
    }
}
