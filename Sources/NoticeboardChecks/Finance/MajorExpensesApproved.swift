import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-006 (error): an expense ≥ `major_expense_min` cites an approval whose four steps are all present,
/// dated in order (proposal ≤ consultation ≤ deliberation ≤ resolution), resolved before the expense date,
/// with more votes for than against; the expenses citing an approval may not exceed its budget together.
/// Source: 重大支出经“提议—商议—审议—决议”四步流程方可实施; 三方共管、多方共决.
package struct MajorExpensesApproved: Rule {
    package static let id = RuleID.fin006
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let major = community.rulePack.thresholds.majorExpenseMin
        for compound in community.compounds {
            let approvals = Dictionary(compound.approvals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for approval in compound.approvals { checkSteps(approval, &findings) }
            var spent: [String: Money] = [:]
            for statement in compound.allStatements {
                for expense in statement.expenses {
                    guard let citation = expense.approval else {
                        if expense.amount.value >= major {
                            findings.report(at: expense.location, Message(
                                zh: "「\(expense.item)」支出 \(expense.amount.value) 元，达到重大支出标准（\(major) 元），须写明经四步决议的 approval",
                                en: "\(expense.item) spends \(expense.amount.value), a major expense (≥ \(major)); it must cite its approval"))
                        }
                        continue
                    }
                    // An unknown id is an IN-005.
                    guard let approval = approvals[citation.value] else { continue }
                    if let resolution = approval.resolution, !(resolution.date.value < expense.date.value) {
                        findings.report(at: expense.date.location, Message(
                            zh: "「\(expense.item)」支出日期 \(expense.date.value) 不晚于决议日期 \(resolution.date.value)：须先决议、后支出",
                            en: "\(expense.item) is dated \(expense.date.value), not after its resolution on \(resolution.date.value)"),
                            notes: [DiagnosticNote(location: resolution.date.location, message: Message(zh: "决议日期在此", en: "the resolution date"))])
                    }
                    let total = spent[approval.id, default: .zero] + expense.amount.value
                    spent[approval.id] = total
                    if total > approval.budget.value {
                        findings.report(at: expense.amount.location, Message(
                            zh: "引用 \(approval.id) 的支出累计 \(total) 元，超出决议预算 \(approval.budget.value) 元（超出 \(total - approval.budget.value) 元）",
                            en: "expenses citing \(approval.id) add up to \(total), over its budget of \(approval.budget.value) by \(total - approval.budget.value)"),
                            notes: [DiagnosticNote(location: approval.budget.location, message: Message(zh: "预算在此", en: "the budget"))])
                    }
                }
            }
        }
    }

    /// The approval itself: four steps, in order, passed.
    private func checkSteps(_ approval: Approval, _ findings: inout Findings) {
        let steps: [(String, String, Located<Day>?)] = [
            ("提议", "proposal", approval.proposal?.date), ("商议", "consultation", approval.consultation?.date),
            ("审议", "deliberation", approval.deliberation?.date), ("决议", "resolution", approval.resolution?.date),
        ]
        let missing = steps.filter { $0.2 == nil }
        if !missing.isEmpty {
            findings.report(at: approval.location, Message(
                zh: "重大支出「\(approval.subject)」缺少\(missing.map(\.0).joined(separator: "、"))步骤：须经提议—商议—审议—决议四步",
                en: "approval \(approval.id) lacks \(missing.map(\.1).joined(separator: ", ")): all four steps are required"))
        }
        let dated = steps.compactMap { step in step.2.map { (step.0, step.1, $0) } }
        for (earlier, later) in zip(dated, dated.dropFirst()) where later.2.value < earlier.2.value {
            findings.report(at: later.2.location, Message(
                zh: "\(later.0)日期 \(later.2.value) 早于\(earlier.0)日期 \(earlier.2.value)：四步应依次进行",
                en: "\(later.1) (\(later.2.value)) comes before \(earlier.1) (\(earlier.2.value))"))
        }
        if let r = approval.resolution, r.votesFor.value <= r.votesAgainst {
            findings.report(at: r.votesFor.location, Message(
                zh: "决议赞成 \(r.votesFor.value) 票、反对 \(r.votesAgainst) 票，赞成票未多于反对票，未获通过",
                en: "the resolution has \(r.votesFor.value) for and \(r.votesAgainst) against: it did not pass"))
        }
    }
}
