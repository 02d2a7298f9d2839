import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// STN-001 (error): every compound has a 党群服务站, its own or one it `use`s.
/// Source: 推动党群服务阵地全覆盖.
package struct EveryCompoundHasStation: Rule {
    package static let id = RuleID.stn001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds where compound.station == nil {
            findings.report(at: compound.location, Message(
                zh: "\(compound.name)没有登记党群服务站：写自己的 station，或用 station: {use: 小区} 写明共用哪个小区的",
                en: "\(compound.name) records no station: describe its own, or name the one it uses with station: {use: slug}"))
        }
    }
}
