import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// COM-002 (error): the committee's `party_secretary` is the secretary of the compound's branch
/// (one person when the names' `ComparisonKey`s are equal).
/// Source: 物管会党支部书记由小区党支部书记兼任.
package struct SecretaryLeadsCommittee: Rule {
    package static let id = RuleID.com002
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            guard let committee = compound.committee, let branch = community.branch(of: compound.slug),
                  ComparisonKey(committee.partySecretary.value) != ComparisonKey(branch.secretary.value) else { continue }
            findings.report(at: committee.partySecretary.location, Message(
                zh: "物管会党支部书记填写为 \(committee.partySecretary.value)，但应由「\(branch.name)」书记 \(branch.secretary.value) 兼任",
                en: "the committee's party secretary is \(committee.partySecretary.value), but must be \(branch.secretary.value), secretary of \(branch.name)"),
                notes: [DiagnosticNote(location: branch.secretary.location, message: Message(zh: "党支部书记在此登记", en: "the branch secretary is recorded here"))])
        }
    }
}
