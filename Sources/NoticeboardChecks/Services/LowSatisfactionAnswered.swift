import Foundation
import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// SVC-005 (warning): an evaluation item whose satisfied share (satisfied and basically satisfied, of all who
/// rated it) is below the pack's `evaluation_satisfied_min` (default 60 %) has an entry under `issues` with a
/// `response`: one that names the item (`item:`) or mentions it in `raised`.
/// Source: 居民可随时提意见、每季度参与评议 (residents' views are answered, not only counted).
package struct LowSatisfactionAnswered: Rule {
    package static let id = RuleID.svc005
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        let minimum = community.rulePack.thresholds.evaluationSatisfiedMin
        for compound in community.compounds {
            for evaluation in compound.evaluations {
                // Items compare by their `ComparisonKey`s, made once per evaluation.
                let answers = evaluation.issues.filter { !($0.response?.trimmedOfSpaces.isEmpty ?? true) }
                    .map { (item: $0.item.map(ComparisonKey.init), raised: ComparisonKey($0.raised)) }
                for result in evaluation.results where result.total > 0 {
                    let share = Decimal(result.satisfied + result.basic) / Decimal(result.total)
                    guard share < minimum else { continue }
                    let item = ComparisonKey(result.item)
                    let answered = answers.contains { $0.item == item || $0.raised.text.holds(item.text) }
                    guard !answered else { continue }
                    let percent = Formatting.percent(result.satisfied + result.basic, of: result.total)
                    let floor = NSDecimalNumber(decimal: minimum * 100).intValue
                    findings.report(at: result.location, Message(
                        zh: "\(evaluation.quarter.value.chinese)评议「\(result.item)」满意和基本满意 \(result.satisfied + result.basic)/\(result.total) 户（\(percent)），低于 \(floor)%：请在 issues 中写明这一项（item: \(result.item)）和物管会的答复 response",
                        en: "in \(evaluation.quarter.value), \(result.item) was rated satisfactory by \(result.satisfied + result.basic) of \(result.total) (\(percent)), below \(floor)%: add it under issues (item: \(result.item)) with the committee's response"))
                }
            }
        }
    }
}
