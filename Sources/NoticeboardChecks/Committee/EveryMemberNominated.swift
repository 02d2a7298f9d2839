import NoticeboardModel
import NoticeboardValues

/// COM-003 (error): every committee member records how they were put forward (`nominated_by`).
/// Source: 通过党小组推荐、群众举荐、个人自荐相结合的方式.
package struct EveryMemberNominated: Rule {
    package static let id = RuleID.com003
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for member in compound.committee?.members ?? [] where member.nominatedBy == nil {
                findings.report(at: member.location, Message(
                    zh: "物管会成员 \(member.name) 缺少 nominated_by（party_group 党小组推荐 / residents 群众举荐 / self 个人自荐）",
                    en: "committee member \(member.name) has no nominated_by (party_group / residents / self)"))
            }
        }
    }
}
