import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-009 (warning): the statement is posted by day `post_within_days` of the next month.
/// Source: 每月收支明细都会贴在门房，微信群里也会同步 (the day is a local choice of the rule pack).
package struct StatementPostedInTime: Rule {
    package static let id = RuleID.fin009
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        let days = community.rulePack.thresholds.postWithinDays
        for compound in community.compounds {
            for statement in compound.statements {
                let next = statement.month.value.next
                guard let posted = statement.posted else {
                    findings.report(at: statement.location, Message(
                        zh: "\(statement.month.value.chinese)收支明细没有填写公示日期 posted", en: "the statement of \(statement.month.value) has no posted date"))
                    continue
                }
                let deadline = Day(year: next.year, month: next.month, day: min(days, 28)) ?? posted.value
                guard posted.value > deadline else { continue }
                findings.report(at: posted.location, Message(
                    zh: "\(statement.month.value.chinese)收支明细 \(posted.value) 才公示，应在 \(deadline) 前公示",
                    en: "the statement of \(statement.month.value) was posted on \(posted.value), after the deadline \(deadline)"))
            }
        }
    }
}
