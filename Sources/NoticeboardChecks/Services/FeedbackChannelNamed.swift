import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// SVC-003 (error): a service list names a feedback channel (phone or place); the site's `feedback_url` counts.
/// Source: 居民可随时提意见.
package struct FeedbackChannelNamed: Rule {
    package static let id = RuleID.svc003
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        guard community.site.supervision?.feedbackURL == nil else { return }
        for compound in community.compounds {
            for list in compound.serviceLists where list.feedback?.phone == nil && list.feedback?.place == nil {
                findings.report(at: list.location, Message(
                    zh: "\(list.month.value.chinese)服务清单没有写居民提意见的渠道（feedback: {phone, place}）",
                    en: "the service list of \(list.month.value) names no feedback channel (feedback: {phone, place})"))
            }
        }
    }
}
