import NoticeboardModel
import NoticeboardValues

/// FEE-003 (warning): once a compound has published its fee collection (`collection`), every later published
/// month has one too: a month without it would say nothing of the households that have not paid.
struct CollectionPostedEveryMonth: Rule {
    static let id = RuleID.fee003
    static let defaultSeverity = Severity.warning

    func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            var lastWithCollection: Month?
            for statement in compound.statements {
                guard statement.collection == nil else {
                    lastWithCollection = statement.month.value
                    continue
                }
                guard let last = lastWithCollection else { continue }
                let month = statement.month.value
                findings.report(at: statement.month.location, Message(
                    zh: "\(month.chinese)收支明细没有收费情况（collection），\(last.chinese)有：收缴情况每月都要公示，"
                        + "请照\(last.chinese)写上 collection（due 应缴户数、paid 已缴户数、exempt 减免户数和原因）",
                    en: "the statement of \(month) has no collection, though \(last) had one: the fee collection is posted every month, "
                        + "so add collection as in \(last) (due, paid, exempt with counts and reasons)"))
            }
        }
    }
}
