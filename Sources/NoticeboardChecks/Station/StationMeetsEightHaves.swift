import NoticeboardModel
import NoticeboardValues

/// STN-002 (warning): a station meets every item of the rule pack's `eight_haves` (八有); names the missing ones.
/// Source: 所有阵地均按照“八有”标准提档升级.
package struct StationMeetsEightHaves: Rule {
    package static let id = RuleID.stn002
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        let standard = community.rulePack.eightHaves
        for compound in community.compounds {
            guard case .own(let station)? = compound.station else { continue }
            let met = Set(station.eightHaves.map(\.value))
            let missing = standard.filter { !met.contains($0.key) }
            guard !missing.isEmpty else { continue }
            findings.report(at: station.eightHavesLocation, Message(
                zh: "\(station.name)未达到“八有”：缺\(missing.map(\.label).joined(separator: "、"))",
                en: "\(station.name) does not meet the eight-haves standard: missing \(missing.map(\.key).joined(separator: ", "))"))
        }
    }
}
