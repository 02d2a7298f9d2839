import NoticeboardModel
import NoticeboardValues

/// ORG-005 (error): an `own` branch covers exactly one compound; a `joint` branch covers at least two.
/// Source: 单独成立党支部; 按片区组建2个联合党支部.
package struct BranchKindMatchesCoverage: Rule {
    package static let id = RuleID.org005
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for branch in community.branches {
            let count = Set(branch.compounds.map(\.value)).count
            switch branch.kind.value {
            case .own where count != 1:
                findings.report(at: branch.compoundsLocation, Message(
                    zh: "「\(branch.name)」是单独建支（own），应只覆盖 1 个小区，现覆盖 \(count) 个",
                    en: "\(branch.name) is an own branch and must cover exactly 1 compound, not \(count)"))
            case .joint where count < 2:
                findings.report(at: branch.compoundsLocation, Message(
                    zh: "「\(branch.name)」是联合党支部（joint），应覆盖至少 2 个小区，现覆盖 \(count) 个",
                    en: "\(branch.name) is a joint branch and must cover at least 2 compounds, not \(count)"))
            default:
                break
            }
        }
    }
}
