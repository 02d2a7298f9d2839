import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// FIN-002 (error): a month's opening equals the previous month's closing.
/// Source: 每月收支明细 (a chain of monthly statements: nothing may appear or vanish between months).
package struct OpeningCarriesOver: Rule {
    package static let id = RuleID.fin002
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            for (previous, current) in zip(compound.allStatements, compound.allStatements.dropFirst())
            where previous.month.value.next == current.month.value && previous.closing.value != current.opening.value {
                findings.report(at: current.opening.location, Message(
                    zh: "\(current.month.value.chinese)期初 \(current.opening.value) 应等于\(previous.month.value.chinese)期末 \(previous.closing.value)（相差 \(current.opening.value - previous.closing.value)）",
                    en: "the opening of \(current.month.value) (\(current.opening.value)) must equal the closing of \(previous.month.value) (\(previous.closing.value))"),
                    notes: [DiagnosticNote(location: previous.closing.location, message: Message(zh: "上月期末在此", en: "the previous closing"))])
            }
        }
    }
}
