import NoticeboardModel
import NoticeboardValues

/// SVC-006 (warning): a published service list names at least one service (`items`): an empty list posted at
/// the gate tells the residents nothing of what the committee does that month.
struct ServiceListNamesServices: Rule {
    static let id = RuleID.svc006
    static let defaultSeverity = Severity.warning

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for list in compound.serviceLists where list.items.isEmpty {
                findings.report(at: list.itemsLocation, Message(
                    zh: "\(list.month.value.chinese)服务清单一项服务也没有：请在 items 里写上本月的服务事项，每项一行，"
                        + "如 - {name: 楼道清扫, standard: 每周两次, by: 保洁员, status: planned}",
                    en: "the service list of \(list.month.value) names no service: list this month's services under items, one a line, "
                        + "such as - {name: 楼道清扫, standard: 每周两次, by: 保洁员, status: planned}"))
            }
        }
    }
}
