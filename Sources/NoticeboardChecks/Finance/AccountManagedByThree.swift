import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-007 (error): the account is managed by three distinct people: the branch secretary,
/// a committee member and an owners' representative.
/// Source: 由党支部书记、物管会成员、业主代表共同管理小区账户.
package struct AccountManagedByThree: Rule {
    package static let id = RuleID.fin007
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            guard let account = compound.account else {
                if !compound.statements.isEmpty {
                    findings.report(at: compound.location, Message(
                        zh: "\(compound.name)公示收支明细，但没有登记三方共管账户（account）",
                        en: "\(compound.name) posts statements but records no co-managed account"))
                }
                continue
            }
            for capacity in ManagerCapacity.allCases where !account.managers.contains(where: { $0.capacity == capacity }) {
                findings.report(at: account.location, Message(
                    zh: "账户共管人中缺少\(capacity.label)", en: "the account has no manager in the capacity \(capacity.rawValue)"))
            }
            // People are one person when their names' `ComparisonKey`s are equal.
            let members = Set(compound.committee?.members.map { ComparisonKey($0.name) } ?? [])
            var seen: [ComparisonKey: Account.Manager] = [:]
            for manager in account.managers {
                let person = ComparisonKey(manager.name)
                if let first = seen[person] {
                    findings.report(at: manager.location, Message(
                        zh: "\(manager.name) 已作为\(first.capacity.label)共管账户，不能再作为\(manager.capacity.label)：三方须是三个不同的人",
                        en: "\(manager.name) already manages the account as \(first.capacity.rawValue); the three must be different people"),
                        notes: [DiagnosticNote(location: first.location, message: Message(zh: "第一次出现在此", en: "first named here"))])
                }
                seen[person] = seen[person] ?? manager
                switch manager.capacity {
                case .branchSecretary:
                    if let branch = community.branch(of: compound.slug), ComparisonKey(branch.secretary.value) != person {
                        findings.report(at: manager.location, Message(
                            zh: "以党支部书记身份共管账户的是 \(manager.name)，但「\(branch.name)」书记是 \(branch.secretary.value)",
                            en: "\(manager.name) manages the account as branch secretary, but the secretary of \(branch.name) is \(branch.secretary.value)"))
                    }
                case .committeeMember:
                    if compound.committee != nil, !members.contains(person) {
                        findings.report(at: manager.location, Message(
                            zh: "以物管会成员身份共管账户的 \(manager.name) 不在物管会成员名单中",
                            en: "\(manager.name) manages the account as a committee member but is not on the committee"))
                    }
                case .ownerRepresentative:
                    break
                }
            }
        }
    }
}
