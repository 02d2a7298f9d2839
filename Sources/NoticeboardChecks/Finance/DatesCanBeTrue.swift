import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-013 (error): dates that cannot be true: a statement posted before its month ended, a correction dated
/// before the statement was first posted. (An approval step dated after the expense citing it is FIN-006.)
package struct DatesCanBeTrue: Rule {
    package static let id = RuleID.fin013
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                let month = statement.month.value
                guard let posted = statement.posted else { continue }
                let monthEnd = Day(year: month.year, month: month.month, day: Month.daysIn(year: month.year, month: month.month))!
                if posted.value <= monthEnd {
                    findings.report(at: posted.location, Message(
                        zh: "\(month.chinese)收支明细的公示日期 \(posted.value) 在该月结束之前：一个月的账要在月底之后才能公示",
                        en: "the statement of \(month) is posted on \(posted.value), before the month ended: a month's accounts are posted after it"))
                }
                for correction in statement.corrections where correction.date < posted.value {
                    findings.report(at: correction.location, Message(
                        zh: "更正日期 \(correction.date) 早于收支明细的公示日期 \(posted.value)：公示之前的修改不是更正，请核对日期",
                        en: "the correction is dated \(correction.date), before the statement was posted on \(posted.value): check the date"),
                        notes: [DiagnosticNote(location: posted.location, message: Message(zh: "公示日期在此", en: "the posted date"))])
                }
            }
        }
    }
}
