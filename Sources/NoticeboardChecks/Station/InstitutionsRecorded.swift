import NoticeboardModel
import NoticeboardValues

/// INS-001 (warning): the compound records its institutions: unit-head reporting, red-white council, residents' convention.
/// Source: 单元长报到、红白理事会、居民公约等制度相继落地.
package struct InstitutionsRecorded: Rule {
    package static let id = RuleID.ins001
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            let recorded = Set(compound.institutions.map(\.value))
            let missing = Institution.allCases.filter { !recorded.contains($0) }
            guard !missing.isEmpty else { continue }
            findings.report(at: compound.institutionsLocation, Message(
                zh: "\(compound.name)未登记制度：\(missing.map(\.label).joined(separator: "、"))",
                en: "\(compound.name) records no \(missing.map(\.rawValue).joined(separator: ", "))"))
        }
    }
}
