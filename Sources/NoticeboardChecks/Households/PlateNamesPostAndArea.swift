import NoticeboardModel
import NoticeboardValues

/// PMH-002 (warning): a plate names its specialty, post and responsibility area.
/// Source: 在小区显著位置公示特长与职责，设立先锋岗、划分责任区.
package struct PlateNamesPostAndArea: Rule {
    package static let id = RuleID.pmh002
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for plate in compound.plates {
                let missing = [("特长 specialty", plate.specialty), ("先锋岗 post", plate.post), ("责任区 area", plate.area)]
                    .filter { $0.1 == nil }.map(\.0)
                guard !missing.isEmpty else { continue }
                findings.report(at: plate.location, Message(
                    zh: "\(plate.name)（\(plate.unit.value)）的党员户牌未写\(missing.joined(separator: "、"))",
                    en: "the plate of \(plate.name) (\(plate.unit.value)) names no \(missing.joined(separator: ", "))"))
            }
        }
    }
}
