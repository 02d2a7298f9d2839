import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// ORG-003 (error): every compound is covered by exactly one branch (全覆盖).
/// A smaller compound may have its own branch (成熟一个、独立一个) or be in a joint one.
/// Source: 实现党组织在无物业小区的全覆盖.
package struct EveryCompoundCoveredOnce: Rule {
    package static let id = RuleID.org003
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            let listings = community.branches.flatMap { branch in
                branch.compounds.filter { $0.value == compound.slug }.map { (branch, $0) }
            }
            if listings.isEmpty {
                findings.report(at: compound.location, Message(
                    zh: "\(compound.name)（\(compound.slug)）不属于任何党支部：请在 branches/ 中某个党支部的 compounds 里加上它",
                    en: "\(compound.name) (\(compound.slug)) is in no branch: add it to the compounds of a branch in branches/"))
            }
            for (branch, listing) in listings.dropFirst() {
                findings.report(at: listing.location, Message(
                    zh: "\(compound.name)已属于「\(listings[0].0.name)」，不能再列入「\(branch.name)」",
                    en: "\(compound.name) is already in \(listings[0].0.name) and cannot also be in \(branch.name)"),
                    notes: [DiagnosticNote(location: listings[0].1.location, message: Message(zh: "第一次列入在此", en: "first listed here"))])
            }
        }
    }
}
