/// PMH-003 (warning): no two plates of a compound claim the same responsibility area.
/// Source: 设立先锋岗、划分责任区.
struct ResponsibilityAreasDistinct: Rule {
    static let id = RuleID.pmh003
    static let defaultSeverity = Severity.warning

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            var claimed: [String: HouseholdPlate] = [:]
            for plate in compound.plates {
                guard let area = plate.area else { continue }
                if let first = claimed[area.value], let firstArea = first.area {
                    findings.report(at: area.location, Message(
                        zh: "责任区「\(area.value)」已由 \(first.name)（\(first.unit.value)）认领，\(plate.name) 不应重复",
                        en: "the area \(area.value) is already claimed by \(first.name) (\(first.unit.value))"),
                        notes: [DiagnosticNote(location: firstArea.location, message: Message(zh: "另一块牌子在此", en: "the other plate"))])
                } else {
                    claimed[area.value] = plate
                }
            }
        }
    }
}
