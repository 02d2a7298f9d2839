import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// ORG-001 (error): a compound with at least `own_branch_min_households` households has a branch of kind `own`.
/// Source: 针对100户以上的8个小区，单独成立党支部与物管会.
package struct LargeCompoundHasOwnBranch: Rule {
    package static let id = RuleID.org001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let minimum = community.rulePack.thresholds.ownBranchMinHouseholds
        for compound in community.compounds where compound.households.value >= minimum {
            guard let branch = community.branch(of: compound.slug), branch.kind.value != .own else { continue }
            findings.report(at: compound.households.location, Message(
                zh: "\(compound.name)有 \(compound.households.value) 户（不少于 \(minimum) 户），应单独成立党支部，现属于\(branch.kind.value.label)「\(branch.name)」",
                en: "\(compound.name) has \(compound.households.value) households (≥ \(minimum)) and needs its own branch, but is in the joint branch \(branch.name)"),
                notes: [DiagnosticNote(location: branch.kind.location, message: Message(zh: "该党支部在此登记", en: "the branch is recorded here"))])
        }
    }
}
