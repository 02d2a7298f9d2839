import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// PMH-003 (warning): no two plates of a compound claim the same responsibility area (the same
/// `ComparisonKey`: `1号楼　楼道` and `１号楼 楼道` are one area).
/// Source: 设立先锋岗、划分责任区.
package struct ResponsibilityAreasDistinct: Rule {
    package static let id = RuleID.pmh003
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            var claimed: [ComparisonKey: HouseholdPlate] = [:]
            for plate in compound.plates {
                guard let area = plate.area, case let key = ComparisonKey(area.value), !key.text.isEmpty else { continue }
                if let first = claimed[key], let firstArea = first.area {
                    findings.report(at: area.location, Message(
                        zh: "责任区「\(area.value)」已由 \(first.name)（\(first.unit.value)）认领，\(plate.name) 不应重复",
                        en: "the area \(area.value) is already claimed by \(first.name) (\(first.unit.value))"),
                        notes: [DiagnosticNote(location: firstArea.location, message: Message(zh: "另一块牌子在此", en: "the other plate"))])
                } else {
                    claimed[key] = plate
                }
            }
        }
    }
}
