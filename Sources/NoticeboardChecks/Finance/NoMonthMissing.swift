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
                guard let first = missing.first, let last = missing.last else { continue }
                // The missing months run on from one to the next: a few are named, more as a span with their count
                // (a year mistyped, 2062 for 2026, would otherwise list hundreds), and a gap of over a year says so.
                let few = missing.count <= 3
                let months = (zh: few ? missing.map(\.description).joined(separator: "、") + " " : "\(first) 至 \(last) 这 \(missing.count) 个月",
                              en: few ? missing.map(\.description).joined(separator: ", ") : "\(first) to \(last) (\(missing.count) months)")
                let typo = missing.count > 12
                findings.report(at: current.month.location, Message(
                    zh: "\(compound.name)缺少 \(months.zh)的收支明细（ledger/ 中应有对应月份的文件）\(typo ? "；与上一份相隔一年以上，请先看 month: 的年份是否写错" : "")",
                    en: "\(compound.name) has no statement for \(months.en)\(typo ? "; over a year after the one before: check the year in month:" : "")"))
            }
        }
    }
}
