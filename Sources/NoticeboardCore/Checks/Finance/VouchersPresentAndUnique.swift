/// FIN-005 (error): every entry has a voucher number, unique within the compound across all months.
/// Source: 居民推选财会骨干组成监督小组全程把关 (a voucher for every line is what they check).
struct VouchersPresentAndUnique: Rule {
    static let id = RuleID.fin005
    static let defaultSeverity = Severity.error

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            var firstUse: [String: (Located<String>, String)] = [:]
            for statement in compound.allStatements {
                for entries in [statement.income, statement.expenses] {
                    for entry in entries {
                        guard let voucher = entry.voucher else {
                            findings.report(at: entry.location, Message(
                                zh: "「\(entry.item)」（\(entry.amount.value)）没有凭证号 voucher",
                                en: "\(entry.item) (\(entry.amount.value)) has no voucher number"))
                            continue
                        }
                        if let (first, item) = firstUse[voucher.value] {
                            findings.report(at: voucher.location, Message(
                                zh: "凭证号 \(voucher.value) 重复：已用于「\(item)」", en: "voucher \(voucher.value) is used twice: first for \(item)"),
                                notes: [DiagnosticNote(location: first.location, message: Message(zh: "第一次使用在此", en: "first used here"))])
                        } else {
                            firstUse[voucher.value] = (voucher, entry.item)
                        }
                    }
                }
            }
        }
    }
}
