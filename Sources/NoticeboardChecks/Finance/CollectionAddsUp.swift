import NoticeboardModel
import NoticeboardValues

/// FEE-002 (error): when a month records fee collection, paid + Σ exempt = due, and every exemption has a reason.
/// Source: 除特殊情况外收缴率均达100%.
package struct CollectionAddsUp: Rule {
    package static let id = RuleID.fee002
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for statement in compound.allStatements {
                guard let c = statement.collection else { continue }
                let exempt = c.exemptions.map(\.count.value).reduce(0, +)
                if c.paid.value + exempt != c.due.value {
                    let unpaid = c.due.value - c.paid.value - exempt
                    findings.report(at: c.paid.location, Message(
                        zh: "已缴 \(c.paid.value) 户 + 减免 \(exempt) 户 = \(c.paid.value + exempt) 户，与应缴 \(c.due.value) 户不符" + (unpaid > 0 ? "：\(unpaid) 户未缴，须说明原因" : ""),
                        en: "paid \(c.paid.value) + exempt \(exempt) = \(c.paid.value + exempt), but \(c.due.value) are due"))
                }
                for e in c.exemptions where (e.reason ?? "").isEmpty {
                    findings.report(at: e.location, Message(
                        zh: "减免 \(e.count.value) 户没有写明原因（reason）", en: "the exemption of \(English.count(e.count.value, "household")) gives no reason"))
                }
            }
        }
    }
}
