import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// PRV-001 (error): no resident identity-card number (18 characters with a valid check character) anywhere in the records.
/// Source of the obligation: the personal-information law; these pages are public.
/// The whole text of each record is searched, comments included: the folder itself is often shared.
package struct NoIdentityCardNumbers: Rule {
    package static let id = RuleID.prv001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for number in community.personalNumbers where number.kind == .identityCard {
            findings.report(at: number.location, Message(
                zh: "这里有一个身份证号码（\(number.text.prefix(6))…）：公示内容不得包含居民身份证号，请删除",
                en: "an identity-card number (\(number.text.prefix(6))…) is here: public records must not hold one; remove it"))
        }
    }
}
