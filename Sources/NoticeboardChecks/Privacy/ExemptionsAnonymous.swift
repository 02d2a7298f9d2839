import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// PRV-003 (error): exemptions and arrears are published as counts and reasons, never unit numbers or names.
/// Source: 除特殊情况外收缴率均达100% (the special cases are published, the households are not).
package struct ExemptionsAnonymous: Rule {
    package static let id = RuleID.prv003
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        let branchPeople = Dictionary(uniqueKeysWithValues: community.branches.map { branch in
            (branch.id, branch.groups.flatMap { $0.centerHouseholds.map(\.name) })
        })
        for compound in community.compounds {
            // Names and reasons are compared by their `ComparisonKey`s, so no spacing, width or invisible
            // character hides a name; the message quotes the name as written.
            var names = compound.people
            for branch in community.branches(covering: compound.slug) { names.formUnion(branchPeople[branch.id] ?? []) }
            let people = names.sorted().map { ($0, ComparisonKey($0)) }.filter { $0.1.text.count >= 2 }
            for statement in compound.allStatements {
                for exemption in statement.collection?.exemptions ?? [] {
                    guard let reason = exemption.reason.map(ComparisonKey.init) else { continue }
                    let unit = Self.unitNumber(in: reason.text)
                    let name = people.first { reason.text.holds($0.1.text) }?.0
                    guard let found = unit ?? name else { continue }
                    findings.report(at: exemption.location, Message(
                        zh: "减免原因「\(exemption.reason ?? "")」中有\(unit != nil ? "门牌号" : "人名")「\(found)」：只公示户数和原因，不写门牌和姓名",
                        en: "the exemption reason names \(unit != nil ? "a unit" : "a person") (\(found)): publish counts and reasons only"))
                }
            }
        }
    }

    /// `2-1-301`, `3号楼2单元401`, `5栋302`: a household's address.
    package static func unitNumber(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard ("0"..."9").contains(scalars[i]) else { i += 1; continue }
            var j = i
            var groups = 0, digits = 0
            while j < scalars.count {
                let s = scalars[j]
                if ("0"..."9").contains(s) { digits += 1 }
                else if "-号楼栋单元室".unicodeScalars.contains(s) { if digits > 0 { groups += 1 }; digits = 0 }
                else { break }
                j += 1
            }
            if digits > 0 { groups += 1 }
            if groups >= 2 { return String(String.UnicodeScalarView(scalars[i..<j])) }
            i = j
        }
        return nil
    }
}

extension Compound {
    /// Names of the compound's people the records know: committee, managers, supervisors, plates.
    package var people: Set<String> {
        var names = Set(committee?.members.map(\.name) ?? [])
        names.formUnion(account?.managers.map(\.name) ?? [])
        names.formUnion(account?.supervisors.map(\.value) ?? [])
        names.formUnion(plates.map(\.name))
        return names
    }
}
