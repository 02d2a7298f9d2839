import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-004 (error): every entry's date lies inside the statement's month.
package struct EntryDatesInMonth: Rule {
    package static let id = RuleID.fin004
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
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
