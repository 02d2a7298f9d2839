import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// INT-001 (error): once a month is sealed (its digest recorded in `ledger/sealed.yaml`), changing its
/// statement needs a new entry in its `corrections`; the page and the sheet then list the corrections.
/// Each statement's fingerprint is chained to the previous month's (see `StatementFingerprint`).
/// Source: posted notices cannot be silently changed (每月收支明细…线上线下公开，从根源上消除信任隔阂).
package struct SealedMonthsUnchanged: Rule {
    package static let id = RuleID.int001
    package static let defaultSeverity = Severity.error

    package func check(_ community: Community, _ findings: inout Findings) {
        for compound in community.compounds {
            let statements = Dictionary(compound.statements.map { ($0.month.value, $0) }, uniquingKeysWith: { a, _ in a })
            for seal in compound.seals {
                let note = DiagnosticNote(location: seal.month.location, message: Message(zh: "封存记录在此", en: "sealed here"))
                guard let statement = statements[seal.month.value] else {
                    findings.report(at: seal.month.location, Message(
                        zh: "\(seal.month.value.chinese)已封存，但收支明细文件不见了：已公示的月份不能删除",
                        en: "\(seal.month.value) is sealed but its statement is gone: a posted month cannot be deleted"))
                    continue
                }
                let digest = StatementFingerprint.digest(of: statement, in: compound)
                guard digest != seal.digest, statement.corrections.count <= seal.corrections else { continue }
                let example = "corrections:\n  - {date: \(statement.posted?.value.description ?? seal.month.value.next.description + "-05"), what: 改了什么, why: 为什么改}"
                findings.report(at: statement.month.location, Message(
                    zh: "\(seal.month.value.chinese)收支明细已公示并封存，之后又被改动，却没有在 corrections 中写明更正（日期、改了什么、原因）。请在文件末尾写上（日期写更正那天）：\n\(example)",
                    en: "the statement of \(seal.month.value) was sealed after posting and has changed since, with no new entry in corrections (date, what, why). Add at the end of the file (dated the day of the correction):\n\(example)"),
                    notes: [note])
            }
        }
    }
}
