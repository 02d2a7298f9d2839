/// A service list's verification code: SHA-256 over its canonical form, printed on the sheet and carried
/// in its QR code, so a resident can tell whether the paper at the gate is the list the page shows.
/// Service lists are plans that change during the month and are not sealed, so the code is not chained.
enum ServiceListFingerprint {
    static func code(of list: ServiceList, in compound: Compound) -> VerificationCode {
        VerificationCode(fingerprintHex: canonicalForm(of: list, in: compound).sha256Hex)
    }

    /// Every published value, one per line in a fixed order; line breaks and tabs inside values become spaces.
    static func canonicalForm(of list: ServiceList, in compound: Compound) -> String {
        func field(_ text: String?) -> String {
            String(String.UnicodeScalarView((text ?? "").unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
        }
        var lines = ["noticeboard-services-1", "compound \(compound.slug)", "month \(list.month.value)",
                     "posted \(list.posted?.value.description ?? "")"]
        for item in list.items {
            lines.append(["item", field(item.name), field(item.standard), field(item.by), item.status.rawValue, field(item.note)].joined(separator: "\t"))
        }
        lines.append("feedback \(field(list.feedback?.phone))\t\(field(list.feedback?.place))")
        lines.append("body")
        return lines.joined(separator: "\n") + "\n" + list.body
    }
}
