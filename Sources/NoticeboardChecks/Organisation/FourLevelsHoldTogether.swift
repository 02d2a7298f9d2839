import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// ORG-004 (error): the four levels hold together (社区党委—小区党支部—楼院党小组—党员中心户):
/// each party group's buildings exist in the compound(s) of its branch, and each 党员中心户 lives
/// in a building of its group. Groups belong to branches and centre households to groups by the file's nesting.
/// Source: 构建起“社区党委-小区党支部-楼院党小组-党员中心户”四级组织体系.
package struct FourLevelsHoldTogether: Rule {
    package static let id = RuleID.org004
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for branch in community.branches {
            let compounds = branch.compounds.compactMap { community.compound($0.value) }
            // Buildings are numbered from 1; without a count there is nothing to hold a group to.
            let counts = compounds.compactMap(\.buildings)
            guard counts.count == compounds.count, let most = counts.max() else { continue }
            for group in branch.groups {
                // Building numbers are read from their `ComparisonKey`s (`１`, ` 1` are 1) and compared as numbers.
                for building in group.buildings {
                    guard let number = Int(ComparisonKey(building.value).text), number >= 1, number <= most else {
                        findings.report(at: building.location, Message(
                            zh: "党小组「\(group.name)」负责的 \(building.value) 号楼不在本支部的小区里（最多 \(most) 栋）",
                            en: "party group \(group.name) names building \(building.value), which no compound of the branch has (at most \(most))"))
                        continue
                    }
                }
                let numbers = Set(group.buildings.compactMap { Int(ComparisonKey($0.value).text) })
                for center in group.centerHouseholds {
                    let building = String(ComparisonKey(center.unit).text.prefix { $0 != "-" })
                    if let number = Int(building), !numbers.contains(number) {
                        findings.report(at: center.location, Message(
                            zh: "党员中心户 \(center.name)（\(center.unit)）住 \(building) 号楼，不在党小组「\(group.name)」负责的楼栋内",
                            en: "centre household \(center.name) (\(center.unit)) lives in building \(building), outside group \(group.name)"))
                    }
                }
            }
        }
    }
}
