import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-008 (error): the statement is checked by at least one member of the compound's supervision group
/// who is neither its preparer nor an account manager.
/// Source: 居民推选财会骨干组成监督小组全程把关.
package struct StatementCheckedBySupervisor: Rule {
    package static let id = RuleID.fin008
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            // People are one person when their names' `ComparisonKey`s are equal.
            let group = compound.account?.supervisors.map(\.value) ?? []
            let supervisors = Set(group.map(ComparisonKey.init))
            let managers = Set(compound.account?.managers.map { ComparisonKey($0.name) } ?? [])
            for statement in compound.statements {
                let preparer = statement.preparedBy.map { ComparisonKey($0.value) }
                let reasons = statement.checkedBy.map { checker -> Message? in
                    let name = checker.value, person = ComparisonKey(name)
                    if !supervisors.contains(person) { return Message(zh: "\(name) 不是本小区监督小组成员", en: "\(name) is not in the supervision group") }
                    if person == preparer { return Message(zh: "\(name) 是本表制表人", en: "\(name) prepared it") }
                    if managers.contains(person) { return Message(zh: "\(name) 是账户共管人", en: "\(name) manages the account") }
                    return nil
                }
                guard !reasons.contains(where: { $0 == nil }) else { continue }
                let why = reasons.compactMap { $0 }
                let groupZh = group.isEmpty ? "（未登记监督小组）" : "（监督小组：\(Formatting.names(group))）"
                let groupEn = group.isEmpty ? " (no supervision group recorded)" : " (supervision group: \(group.joined(separator: ", ")))"
                let month = statement.month.value
                findings.report(at: statement.checkedByLocation, Message(
                    zh: why.isEmpty ? "\(month.chinese)收支明细没有监督小组审核（checked_by）\(groupZh)"
                                    : "\(month.chinese)收支明细须由监督小组中既非制表人、也非账户共管人的成员审核：\(why.map(\.zh).joined(separator: "；"))\(groupZh)",
                    en: why.isEmpty ? "the statement of \(month) was not checked by the supervision group\(groupEn)"
                                    : "the statement of \(month) must be checked by a supervisor who neither prepared it nor manages the account: \(why.map(\.en).joined(separator: "; "))\(groupEn)"))
            }
        }
    }
}
