import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// FIN-011 (warning): a payee who is a committee member, an account manager or a supervisor of the compound
/// (by name, compared by `ComparisonKey`) is paid only on an approval, whatever the amount: the people who keep
/// and check the books decide openly when the money goes to one of them. Source: 三方共管、多方共决、全体监督.
package struct RelatedPartyPaymentsApproved: Rule {
    package static let id = RuleID.fin011
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            let roles = roles(of: compound)
            guard !roles.isEmpty else { continue }
            for statement in compound.allStatements {
                for expense in statement.expenses where expense.approval == nil {
                    guard let written = expense.payee, case let payee = ComparisonKey(written), !payee.text.isEmpty,
                          let (name, role, _, _) = roles.first(where: { payee == $0.key || ($0.isLong && payee.text.holds($0.key.text)) })
                    else { continue }
                    let shown = written.trimmedOfSpaces
                    findings.report(at: expense.location, Message(
                        zh: "\(expense.date.value)「\(expense.item)」\(expense.amount.value.withYuanSign) 付给「\(shown)」，即\(role)\(name)：付给物管会成员、账户共管人或监督小组成员的款项，不论金额都须经四步决议，请写明 approval",
                        en: "\(expense.date.value) \(expense.item) \(expense.amount.value.withYuanSign) is paid to \(shown), who is \(name), the compound's \(englishRole(role)): a payment to a committee member, account manager or supervisor needs an approval whatever the amount"))
                }
            }
        }
    }

    /// The compound's people who keep or check its money, with what they are, their `ComparisonKey`, and whether
    /// the name is long enough (two characters or more) to be looked for inside a payee's name; counted once,
    /// not for every line.
    private func roles(of compound: Compound) -> [(name: String, role: String, key: ComparisonKey, isLong: Bool)] {
        var roles: [(String, String)] = []
        for member in compound.committee?.members ?? [] { roles.append((member.name, "物管会成员")) }
        for manager in compound.account?.managers ?? [] { roles.append((manager.name, "账户共管人")) }
        for supervisor in compound.account?.supervisors ?? [] { roles.append((supervisor.value, "监督小组成员")) }
        var seen = Set<ComparisonKey>()
        return roles.compactMap { name, role in
            let key = ComparisonKey(name)
            guard !key.text.isEmpty, seen.insert(key).inserted else { return nil }
            return (name, role, key, key.text.count >= 2)
        }
    }

    private func englishRole(_ role: String) -> String {
        switch role {
        case "物管会成员": "committee member"
        case "账户共管人": "account manager"
        default: "supervisor"
        }
    }
}
