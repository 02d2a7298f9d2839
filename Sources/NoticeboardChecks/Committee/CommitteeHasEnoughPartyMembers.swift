import Foundation
import NoticeboardModel
import NoticeboardValues

/// COM-001 (error): party members / members ≥ `committee_party_ratio_min`.
/// Source: 筛选出党员比例不低于60%的物管会初步人选.
package struct CommitteeHasEnoughPartyMembers: Rule {
    package static let id = RuleID.com001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let minimum = community.rulePack.thresholds.committeePartyRatioMin
        for compound in community.compounds {
            guard let committee = compound.committee, !committee.members.isEmpty else { continue }
            let party = committee.partyMemberCount, total = committee.members.count
            // Exact: party ≥ minimum × total, in decimal arithmetic.
            guard Decimal(party) < minimum * Decimal(total) else { continue }
            let share = Formatting.percent(party, of: total)
            let required = NSDecimalNumber(decimal: minimum * 100).stringValue
            findings.report(at: committee.membersLocation, Message(
                zh: "物管会 \(total) 名成员中党员 \(party) 名，占 \(share)，低于规定的 \(required)%",
                en: "the committee has \(party) party members of \(total) (\(share)), below the required \(required)%"))
        }
    }
}
