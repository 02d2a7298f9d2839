import NoticeboardModel
import NoticeboardValues

/// ORG-002 (error): a compound with at least `own_branch_min_households` households has a committee (物管会).
/// Source: 100户以上的小区单独成立党支部与物管会.
package struct LargeCompoundHasCommittee: Rule {
    package static let id = RuleID.org002
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let minimum = community.rulePack.thresholds.ownBranchMinHouseholds
        for compound in community.compounds where compound.households.value >= minimum && compound.committee == nil {
            findings.report(at: compound.households.location, Message(
                zh: "\(compound.name)有 \(compound.households.value) 户（不少于 \(minimum) 户），应成立物管会，但 compound.yaml 中没有 committee",
                en: "\(compound.name) has \(compound.households.value) households (≥ \(minimum)) and needs a committee, but compound.yaml has none"))
        }
    }
}
