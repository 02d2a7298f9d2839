import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// SVC-001 (error): a compound with a committee has a service list for every month it has a statement.
/// Source: 物管会每月公示服务清单.
package struct ServiceListEveryMonth: Rule {
    package static let id = RuleID.svc001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds where compound.committee != nil {
            let listed = Set(compound.serviceLists.map(\.month.value))
            for statement in compound.statements where !listed.contains(statement.month.value) {
                if let draft = compound.draftServiceLists.first(where: { $0.month.value == statement.month.value }) {
                    findings.report(at: statement.month.location, Message(
                        zh: "\(statement.month.value.chinese)有收支明细，但服务清单 \(draft.location.file) 还是草稿（draft: true）：删去 draft: true 这一行即发布",
                        en: "\(statement.month.value) has a statement, but its service list \(draft.location.file) is still a draft: delete the line draft: true to publish it"),
                        notes: [DiagnosticNote(location: draft.location, message: Message(zh: "草稿在此", en: "the draft"))])
                    continue
                }
                findings.report(at: statement.month.location, Message(
                    zh: "\(statement.month.value.chinese)有收支明细，但没有服务清单（services/\(statement.month.value).md）",
                    en: "\(statement.month.value) has a statement but no service list (services/\(statement.month.value).md)"))
            }
        }
    }
}
