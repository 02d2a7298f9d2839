import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-003 (error): no month is missing between a compound's first and latest statement.
/// Source: 每月收支明细 … 线上线下公开.
package struct NoMonthMissing: Rule {
    package static let id = RuleID.fin003
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for (previous, current) in zip(compound.allStatements, compound.allStatements.dropFirst()) {
                var missing: [Month] = []
                var month = previous.month.value.next
                while month < current.month.value {
                    missing.append(month)
                    month = month.next
                }
                guard !missing.isEmpty else { continue }
                findings.report(at: current.month.location, Message(
                    zh: "\(compound.name)缺少 \(missing.map(\.description).joined(separator: "、")) 的收支明细（ledger/ 中应有对应月份的文件）",
                    en: "\(compound.name) has no statement for \(missing.map(\.description).joined(separator: ", "))"))
            }
        }
    }
}
