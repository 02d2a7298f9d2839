import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// FIN-014 (warning): the same amount to the same payee twice in one month, under different vouchers,
/// may be one payment entered twice; the message lists both lines.
package struct NoDoubleEntries: Rule {
    package static let id = RuleID.fin014
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                // Who was paid how much, line by line: a month has a few dozen lines, and comparing amounts first
                // is cheaper than hashing every payee's Chinese name (which Swift normalizes to hash). Payees and
                // vouchers compare by their `ComparisonKey`, each made once.
                var paid: [(payee: ComparisonKey, fen: Int64, line: Int)] = []
                for (line, expense) in statement.expenses.enumerated() {
                    guard let written = expense.payee, case let key = ComparisonKey(written), !key.text.isEmpty else { continue }
                    let fen = expense.amount.value.fen
                    guard let earlier = paid.first(where: { $0.fen == fen && $0.payee == key }) else {
                        paid.append((key, fen, line))
                        continue
                    }
                    let first = statement.expenses[earlier.line]
                    guard first.voucher.map({ ComparisonKey($0.value) }) != expense.voucher.map({ ComparisonKey($0.value) }) else { continue }
                    let payee = written.trimmedOfSpaces
                    findings.report(at: expense.location, Message(
                        zh: "\(statement.month.value.chinese)付给「\(payee)」两笔同为 \(expense.amount.value.withYuanSign) 的支出：\(first.date.value)「\(first.item)」凭证 \(first.voucher?.value ?? "无") 与 \(expense.date.value)「\(expense.item)」凭证 \(expense.voucher?.value ?? "无")，请核对是否重复记账",
                        en: "two expenses of \(expense.amount.value.withYuanSign) to \(payee) in \(statement.month.value): \(first.date.value) \(first.item) (voucher \(first.voucher?.value ?? "none")) and \(expense.date.value) \(expense.item) (voucher \(expense.voucher?.value ?? "none")); check it is not one payment entered twice"),
                        notes: [DiagnosticNote(location: first.location, message: Message(zh: "另一笔在此", en: "the other line"))])
                }
            }
        }
    }
}
