import NoticeboardModel
import NoticeboardValues

/// COM-004 (error): the roster was reviewed by the street party committee, then elected by the residents:
/// review date < election date, `approved` > half of `voted`, `voted` ≤ `eligible`.
/// Source: 经街道党工委审核和居民投票选举产生最终成员.
package struct RosterReviewedThenElected: Rule {
    package static let id = RuleID.com004
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            guard let committee = compound.committee else { continue }
            guard let review = committee.review else {
                findings.report(at: committee.location, Message(
                    zh: "物管会缺少街道党工委审核记录（review: {by, date}）", en: "the committee has no review by the street party committee (review: {by, date})"))
                continue
            }
            guard let election = committee.election else {
                findings.report(at: committee.location, Message(
                    zh: "物管会缺少居民投票选举记录（election: {date, eligible, voted, approved}）", en: "the committee has no election record (election: {date, eligible, voted, approved})"))
                continue
            }
            if !(review.date.value < election.date.value) {
                findings.report(at: election.date.location, Message(
                    zh: "选举日期 \(election.date.value) 应晚于街道党工委审核日期 \(review.date.value)（先审核、后选举）",
                    en: "the election (\(election.date.value)) must come after the review (\(review.date.value))"),
                    notes: [DiagnosticNote(location: review.date.location, message: Message(zh: "审核日期在此", en: "the review date"))])
            }
            if election.voted.value > election.eligible.value {
                findings.report(at: election.voted.location, Message(
                    zh: "参加投票 \(election.voted.value) 户，多于应参加的 \(election.eligible.value) 户",
                    en: "\(election.voted.value) voted, more than the \(election.eligible.value) eligible"))
            }
            if election.approved.value * 2 <= election.voted.value {
                findings.report(at: election.approved.location, Message(
                    zh: "赞成 \(election.approved.value) 户，未超过参加投票 \(election.voted.value) 户的半数，选举不成立",
                    en: "\(election.approved.value) approved, not more than half of the \(election.voted.value) who voted"))
            }
        }
    }
}
