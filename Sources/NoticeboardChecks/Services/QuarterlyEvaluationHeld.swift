import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// SVC-002 (warning): every quarter that holds a statement and lies before the quarter of the compound's
/// latest statement has a resident evaluation. Judged from the records, not today's date, so checks are reproducible.
/// Source: 居民可随时提意见、每季度参与评议.
package struct QuarterlyEvaluationHeld: Rule {
    package static let id = RuleID.svc002
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            guard let latest = compound.statements.last?.month.value.quarter else { continue }
            let evaluated = Set(compound.evaluations.map(\.quarter.value))
            var reported: Set<Quarter> = []
            // The last statement of each quarter is where the missing evaluation is noticed.
            for statement in compound.statements.reversed() {
                let quarter = statement.month.value.quarter
                guard quarter < latest, !evaluated.contains(quarter), reported.insert(quarter).inserted else { continue }
                findings.report(at: statement.month.location, Message(
                    zh: "\(quarter.chinese)有收支公示，但没有居民评议记录（evaluations/\(quarter).yaml）",
                    en: "\(quarter) has statements but no resident evaluation (evaluations/\(quarter).yaml)"))
            }
        }
    }
}
