import NoticeboardModel
import NoticeboardValues

/// PMH-001 (error): a 共产党员户 plate shows identity, duty and commitment (亮身份、亮职责、亮承诺).
/// Source: 社区创新开展党员“亮身份、亮职责、亮承诺”活动.
package struct PlateShowsIdentityDutyCommitment: Rule {
    package static let id = RuleID.pmh001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for plate in compound.plates {
                let missing = [("身份 identity", plate.identity), ("职责 duty", plate.duty), ("承诺 commitment", plate.commitment)]
                    .filter { $0.1 == nil }.map(\.0)
                guard !missing.isEmpty else { continue }
                findings.report(at: plate.location, Message(
                    zh: "\(plate.name)（\(plate.unit.value)）的党员户牌缺少\(missing.joined(separator: "、"))",
                    en: "the plate of \(plate.name) (\(plate.unit.value)) lacks \(missing.joined(separator: ", "))"))
            }
        }
    }
}
