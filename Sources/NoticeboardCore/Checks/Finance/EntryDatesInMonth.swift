/// FIN-004 (error): every entry's date lies inside the statement's month.
struct EntryDatesInMonth: Rule {
    static let id = RuleID.fin004
    static let defaultSeverity = Severity.error

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                for entry in statement.income + statement.expenses where !statement.month.value.contains(entry.date.value) {
                    findings.report(at: entry.date.location, Message(
                        zh: "「\(entry.item)」的日期 \(entry.date.value) 不在本月（\(statement.month.value)）内",
                        en: "\(entry.item) is dated \(entry.date.value), outside \(statement.month.value)"))
                }
            }
        }
    }
}
