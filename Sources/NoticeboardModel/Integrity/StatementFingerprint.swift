import NoticeboardValues

/// What makes a posted statement tamper-evident.
///
/// - The **digest** is SHA-256 over the statement's own canonical form: what a seal records,
///   so that a change to one month is told apart from changes to others.
/// - The **fingerprint** chains the digest with the previous month's fingerprint, so changing
///   any month changes its code and every later month's.
/// - The **verification code** is the fingerprint's first 40 bits, printed on the sheet and in its QR code.
package struct StatementFingerprint: Sendable, Hashable {
    package let digest: String
    package let fingerprint: String

    package var verificationCode: VerificationCode { VerificationCode(fingerprintHex: fingerprint) }

    /// Fingerprints of a compound's statements, oldest first, each chained to the one before.
    package static func chain(_ compound: Compound) -> [Month: StatementFingerprint] {
        var result: [Month: StatementFingerprint] = [:]
        var previous = ""
        for statement in compound.statements {
            let digest = Self.digest(of: statement, in: compound)
            let fingerprint = "\(previous)\n\(digest)".sha256Hex
            result[statement.month.value] = StatementFingerprint(digest: digest, fingerprint: fingerprint)
            previous = fingerprint
        }
        return result
    }

    package static func digest(of statement: Statement, in compound: Compound) -> String {
        canonicalForm(of: statement, in: compound).sha256Hex
    }

    /// Every published value of the statement, one per line, in a fixed order and notation
    /// (amounts in fen, dates ISO). Corrections are left out: they explain a change, they are not one.
    package static func canonicalForm(of s: Statement, in compound: Compound) -> CanonicalForm {
        var form = CanonicalForm(capacity: 256 + 96 * (s.income.count + s.expenses.count))
        form.line("noticeboard-statement-1")
        form.line("compound \(compound.slug)")
        form.line("month \(s.month.value)")
        form.line("opening \(s.opening.value.fen)")
        form.line("closing \(s.closing.value.fen)")
        for (kind, entries) in [("income", s.income), ("expense", s.expenses)] {
            for e in entries {
                form.line(kind, e.date.value.description, e.item, String(e.amount.value.fen), e.voucher?.value, e.payee, e.approval?.value)
            }
        }
        if let c = s.collection {
            form.line("collection \(c.due.value) \(c.paid.value)")
            for e in c.exemptions { form.line("exempt \(e.count.value)", e.reason) }
        }
        form.line("prepared " + (s.preparedBy?.value ?? ""))
        let checkedBy = s.checkedBy.map(\.value)
        form.line(["checked " + (checkedBy.first ?? "")] + checkedBy.dropFirst())
        form.line("posted \(s.posted?.value.description ?? "")")
        return form
    }
}

/// A short code to compare the paper with the page: 40 bits in 8 characters of an alphabet
/// without 0/O or 1/I/l, grouped in fours (`K7QM-3XHT`), easy to read aloud.
package struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
    package static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    /// Without the dash, as it travels in a URL (`?v=K7QM3XHT`).
    package let compact: String

    package init(fingerprintHex: String) {
        // The first 10 hex digits are 40 bits: 8 characters of 5 bits each.
        let bits = UInt64(fingerprintHex.prefix(10), radix: 16) ?? 0
        compact = String((0..<8).reversed().map { Self.alphabet[Int(bits >> (5 * UInt64($0)) & 31)] })
    }

    package var description: String { compact.prefix(4) + "-" + compact.suffix(4) }
}
