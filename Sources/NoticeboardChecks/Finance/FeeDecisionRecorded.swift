import NoticeboardModel
import NoticeboardValues

/// FEE-001 (error): the fee policy records its democratic decision: date, deciding body, votes.
/// Source: 社区采取“一小区一对策”，通过民主协商制定收费制度.
package struct FeeDecisionRecorded: Rule {
    package static let id = RuleID.fee001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            guard let fees = compound.fees else { continue }
            guard let d = fees.decided else {
                findings.report(at: fees.location, Message(
                    zh: "收费制度没有记录民主协商决定（decided: {date, by, approved, of}）", en: "the fee policy records no democratic decision (decided: {date, by, approved, of})"))
                continue
            }
            let missing = [("date", d.date == nil), ("by", d.by == nil), ("approved", d.approved == nil), ("of", d.of == nil)].filter(\.1).map(\.0)
            if !missing.isEmpty {
                findings.report(at: d.location, Message(
                    zh: "收费制度的决定缺少 \(missing.joined(separator: "、"))", en: "the fee decision lacks \(missing.joined(separator: ", "))"))
            } else if let approved = d.approved, let of = d.of, approved > of {
                findings.report(at: d.location, Message(
                    zh: "同意 \(approved) 户多于参加表决的 \(of) 户", en: "\(approved) approved, more than the \(of) who took part"))
            }
        }
    }
}
