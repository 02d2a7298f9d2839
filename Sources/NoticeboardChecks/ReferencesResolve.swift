import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// IN-005 (always an error): every reference names something that exists —
/// a branch's compound slugs, an expense's approval id, a station `use` and `shared_with`,
/// a station's `eight_haves` items and a ledger line's `category`, which the rule pack names.
/// (Unknown rule ids in a rule pack are caught while the pack is read.)
package struct ReferencesResolve: Rule {
    package static let id = RuleID.in005
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let slugs = community.compounds.map(\.slug)
        func resolve(_ reference: Located<String>, _ kind: ReferenceKind, among names: [String], exists: Bool) {
            guard !exists else { return }
            findings.report(at: reference.location, InputMessages.unresolved(kind, reference.value,
                            suggestion: Suggestion.closest(to: reference.value, among: names)))
        }
        for branch in community.branches {
            for slug in branch.compounds {
                resolve(slug, .compound, among: slugs, exists: community.compoundExists(slug.value))
            }
        }
        let categories = community.rulePack.categories
        for compound in community.compounds {
            let approvals = Set(compound.approvals.map(\.id))
            // Statement by statement, in the order lines are reported: every category, then every approval.
            let statements = compound.allStatements
            for statement in statements {
                for lines in [statement.income, statement.expenses] {
                    for entry in lines {
                        if let category = entry.category {
                            resolve(category, .category, among: categories, exists: categories.contains(category.value))
                        }
                    }
                }
            }
            for statement in statements {
                for entry in statement.expenses {
                    if let id = entry.approval {
                        let unreadable = community.unreadable.contains(Community.approvalFile(compound.slug, id.value))
                        resolve(id, .approval, among: approvals.sorted(), exists: approvals.contains(id.value) || unreadable)
                    }
                }
            }
            switch compound.station {
            case .uses(let slug):
                let hasStation: Bool = if case .own? = community.compound(slug.value)?.station { true }
                    else { community.unreadable.contains(Community.compoundFile(slug.value)) }
                resolve(slug, .station, among: slugs, exists: hasStation)
            case .own(let own):
                for slug in own.sharedWith {
                    resolve(slug, .compound, among: slugs, exists: community.compoundExists(slug.value))
                }
                let items = community.rulePack.eightHaves.map(\.key)
                for item in own.eightHaves {
                    resolve(item, .eightHavesItem, among: items, exists: items.contains(item.value))
                }
            case nil:
                break
            }
        }
    }
}
