import NoticeboardModel
import NoticeboardValues

/// SVC-004 (error): evaluation counts add up: satisfied + basic + unsatisfied ≤ participants ≤ households.
package struct EvaluationCountsAddUp: Rule {
    package static let id = RuleID.svc004
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for evaluation in compound.evaluations {
                let participants = evaluation.participants.value
                if participants > compound.households.value {
                    findings.report(at: evaluation.participants.location, Message(
                        zh: "参加评议 \(participants) 户，多于小区总户数 \(compound.households.value) 户",
                        en: "\(English.count(participants, "household")) took part, more than the compound's \(compound.households.value)"))
                }
                for result in evaluation.results where result.total > participants {
                    findings.report(at: result.location, Message(
                        zh: "「\(result.item)」满意 \(result.satisfied) + 基本满意 \(result.basic) + 不满意 \(result.unsatisfied) = \(result.total)，多于参加评议的 \(participants) 户",
                        en: "\(result.item): \(result.satisfied) + \(result.basic) + \(result.unsatisfied) = \(result.total), more than the \(English.count(participants, "participant"))"))
                }
            }
        }
    }
}
