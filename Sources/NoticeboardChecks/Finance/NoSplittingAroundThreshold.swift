import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// FIN-010 (warning): expenses to one payee within the pack's window (`split_window_days`, default 30 days,
/// across month boundaries), each below the major-expense threshold but together reaching it, cite an approval.
/// Payees are one payee when their `ComparisonKey`s are equal.
/// What audits of small accounts find most often: a major expense cut into pieces so that no piece needs the
/// four steps. Source: 重大支出经“提议—商议—审议—决议”四步流程; the window is a local choice.
package struct NoSplittingAroundThreshold: Rule {
    package static let id = RuleID.fin010
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        let major = community.rulePack.thresholds.majorExpenseMin
        let window = community.rulePack.thresholds.splitWindowDays
        for compound in community.compounds {
            // One payee however it is spelt (`ComparisonKey`); the message names it as its first line wrote it.
            var byPayee: [ComparisonKey: (written: String, expenses: [Statement.Entry])] = [:]
            for statement in compound.allStatements {
                for expense in statement.expenses where expense.approval == nil && expense.amount.value < major {
                    guard let payee = expense.payee, case let key = ComparisonKey(payee), !key.text.isEmpty else { continue }
                    byPayee[key, default: (payee.trimmedOfSpaces, [])].expenses.append(expense)
                }
            }
            for (_, payee) in byPayee.sorted(by: { $0.key < $1.key }) {
                report(payee.written, payee.expenses.sorted { $0.date.value < $1.date.value }, major: major, window: window, &findings)
            }
        }
    }

    /// Each run of expenses within the window that reaches the threshold, reported once, at its last expense.
    private func report(_ payee: String, _ expenses: [Statement.Entry], major: Money, window: Int, _ findings: inout Findings) {
        var start = 0, total = Money.zero, reportedUpTo = -1
        for end in expenses.indices {
            total = total + expenses[end].amount.value
            while expenses[end].date.value.ordinal - expenses[start].date.value.ordinal >= window {
                total = total - expenses[start].amount.value
                start += 1
            }
            guard total >= major, end > reportedUpTo, end > start else { continue }
            let run = expenses[max(start, reportedUpTo + 1)...end]
            guard run.count > 1 else { continue }
            let lines = run.map { "\($0.date.value) \($0.item) \($0.amount.value.withYuanSign)" }
            findings.report(at: expenses[end].amount.location, Message(
                zh: "付给「\(payee)」的 \(run.count) 笔支出在 \(window) 天内合计 \(total.withYuanSign)，达到重大支出标准 \(major.withYuanSign)，却都没有经四步决议的 approval：\(lines.joined(separator: "；"))。拆分支出须按重大支出办理",
                en: "\(run.count) expenses to \(payee) within \(window) days add up to \(total.withYuanSign), reaching the major-expense threshold of \(major.withYuanSign), yet none cites an approval: \(lines.joined(separator: "; ")). Split expenses must be decided as one major expense"),
                notes: run.dropLast().map { DiagnosticNote(location: $0.amount.location, message: Message(zh: "同一收款方的另一笔支出", en: "another expense to the same payee")) })
            reportedUpTo = end
        }
    }
}
