/// A service list's verification code: SHA-256 over its canonical form, printed on the sheet and carried
/// in its QR code, so a resident can tell whether the paper at the gate is the list the page shows.
/// Service lists are plans that change during the month and are not sealed, so the code is not chained.
enum ServiceListFingerprint {
    static func code(of list: ServiceList, in compound: Compound) -> VerificationCode {
        VerificationCode(fingerprintHex: canonicalForm(of: list, in: compound).sha256Hex)
    }

    /// Every published value, one per line in a fixed order (`canonicalField`).
    static func canonicalForm(of list: ServiceList, in compound: Compound) -> String {
        var lines = ["noticeboard-services-1", "compound \(compound.slug)", "month \(list.month.value)",
                     "posted \(list.posted?.value.description ?? "")"]
        for item in list.items {
            lines.append(["item", canonicalField(item.name), canonicalField(item.standard), canonicalField(item.by), item.status.rawValue, canonicalField(item.note)].joined(separator: "\t"))
        }
        lines.append("feedback \(canonicalField(list.feedback?.phone))\t\(canonicalField(list.feedback?.place))")
        lines.append("body")
        return lines.joined(separator: "\n") + "\n" + list.body
    }
}
