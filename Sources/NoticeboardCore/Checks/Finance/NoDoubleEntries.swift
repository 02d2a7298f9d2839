/// FIN-014 (warning): the same amount to the same payee twice in one month, under different vouchers,
/// may be one payment entered twice; the message lists both lines.
struct NoDoubleEntries: Rule {
    /// Who was paid how much: what two lines entered twice share.
    private struct Payment: Hashable {
        let payee: String
        let fen: Int64
    }

    static let id = RuleID.fin014
    static let defaultSeverity = Severity.warning

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                var seen: [Payment: Statement.Entry] = [:]
                for expense in statement.expenses {
                    guard let payee = expense.payee?.trimmedOfSpaces, !payee.isEmpty else { continue }
                    let key = Payment(payee: payee, fen: expense.amount.value.fen)
                    guard let first = seen[key] else { seen[key] = expense; continue }
                    guard first.voucher?.value != expense.voucher?.value else { continue }
                    findings.report(at: expense.location, Message(
                        zh: "\(statement.month.value.chinese)付给「\(payee)」两笔同为 \(expense.amount.value.withYuanSign) 的支出：\(first.date.value)「\(first.item)」凭证 \(first.voucher?.value ?? "无") 与 \(expense.date.value)「\(expense.item)」凭证 \(expense.voucher?.value ?? "无")，请核对是否重复记账",
                        en: "two expenses of \(expense.amount.value.withYuanSign) to \(payee) in \(statement.month.value): \(first.date.value) \(first.item) (voucher \(first.voucher?.value ?? "none")) and \(expense.date.value) \(expense.item) (voucher \(expense.voucher?.value ?? "none")); check it is not one payment entered twice"),
                        notes: [DiagnosticNote(location: first.location, message: Message(zh: "另一笔在此", en: "the other line"))])
                }
            }
        }
    }
}
