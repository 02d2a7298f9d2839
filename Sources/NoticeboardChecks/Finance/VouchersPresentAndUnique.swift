import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-005 (error): every entry has a voucher number, unique within the compound across all months
/// (compared by their `ComparisonKey`: `V001`, `Ｖ００１` and `V\u{200B}001` are one voucher).
/// Source: 居民推选财会骨干组成监督小组全程把关 (a voucher for every line is what they check).
package struct VouchersPresentAndUnique: Rule {
    package static let id = RuleID.fin005
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            var firstUse: [ComparisonKey: (Located<String>, String)] = [:]
            for statement in compound.allStatements {
                for entries in [statement.income, statement.expenses] {
                    for entry in entries {
                        // A voucher of invisible characters only is no voucher.
                        guard let voucher = entry.voucher, case let key = ComparisonKey(voucher.value), !key.text.isEmpty else {
                            findings.report(at: entry.location, Message(
                                zh: "「\(entry.item)」（\(entry.amount.value)）没有凭证号 voucher",
                                en: "\(entry.item) (\(entry.amount.value)) has no voucher number"))
                            continue
                        }
                        if let (first, item) = firstUse[key] {
                            // Written otherwise there (full-width, other case), the message says how, or the user looks for it in vain.
                            let spelt = first.value == voucher.value ? nil : first.value
                            findings.report(at: voucher.location, Message(
                                zh: "凭证号 \(voucher.value) 重复：已用于「\(item)」\(spelt.map { "（写作 \($0)）" } ?? "")",
                                en: "voucher \(voucher.value) is used twice: first for \(item)\(spelt.map { " (written \($0))" } ?? "")"),
                                notes: [DiagnosticNote(location: first.location, message: Message(zh: "第一次使用在此", en: "first used here"))])
                        } else {
                            firstUse[key] = (voucher, entry.item)
                        }
                    }
                }
            }
        }
    }
}
