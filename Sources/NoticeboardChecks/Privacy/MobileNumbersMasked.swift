import NoticeboardLoading
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// PRV-002 (warning): a mobile number is published only as a committee member's `phone` with `phone_public: true`,
/// and a bank card or account number only as the compound account's declared `number`; anywhere else the pages show
/// them masked (`139****5678`, `6222 **** **** 3789`), and this warning says where.
/// A member's own unpublished `phone` is not shown at all, so it is not warned about.
package struct MobileNumbersMasked: Rule {
    package static let id = RuleID.prv002
    package static let defaultSeverity = Severity.warning

    package func check(_ community: Community, _ findings: inout Findings) {
        let published = community.publishedNumbers
        let stored = Set(community.compounds.flatMap { $0.committee?.members ?? [] }.compactMap(\.phone)
            .map { "\($0.location.file):\($0.location.line):\(PersonalNumbers.mobileDigits($0.value) ?? $0.value)" })
        for number in community.personalNumbers where number.kind != .identityCard && !published.contains(number.digits) {
            if stored.contains("\(number.location.file):\(number.location.line):\(number.digits)") { continue }
            guard number.kind == .mobile else {
                findings.report(at: number.location, Message(
                    zh: "银行卡号或账号 \(PersonalNumbers.mask(number.text)) 不是本小区声明的收费账号，页面上将显示为 \(PersonalNumbers.mask(number.text))；小区共管账户如需公开，请登记在 compound.yaml 的 account.number",
                    en: "the card or account number \(PersonalNumbers.mask(number.text)) is not the compound's declared account; pages show it masked"))
                continue
            }
            findings.report(at: number.location, Message(
                zh: "手机号 \(PersonalNumbers.mask(number.text)) 不是物管会成员公开的电话，页面上将显示为 \(PersonalNumbers.mask(number.text))；如需公开，请登记在成员的 phone 并设 phone_public: true",
                en: "the mobile number \(PersonalNumbers.mask(number.text)) is not a committee member's public phone; pages show it masked"))
        }
    }
}
