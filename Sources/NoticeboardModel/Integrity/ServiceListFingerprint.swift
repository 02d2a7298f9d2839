import NoticeboardValues

/// A service list's verification code: SHA-256 over its canonical form, printed on the sheet and carried
/// in its QR code, so a resident can tell whether the paper at the gate is the list the page shows.
/// Service lists are plans that change during the month and are not sealed, so the code is not chained.
package enum ServiceListFingerprint {
    package static func code(of list: ServiceList, in compound: Compound) -> VerificationCode {
        VerificationCode(fingerprintHex: canonicalForm(of: list, in: compound).sha256Hex)
    }

    /// Every published value, one per line in a fixed order (`CanonicalForm`), then the body as written.
    package static func canonicalForm(of list: ServiceList, in compound: Compound) -> CanonicalForm {
        var form = CanonicalForm(capacity: 256 + 96 * list.items.count + list.body.utf8.count)
        form.line("noticeboard-services-1")
        form.line("compound \(compound.slug)")
        form.line("month \(list.month.value)")
        form.line("posted \(list.posted?.value.description ?? "")")
        for item in list.items { form.line("item", item.name, item.standard, item.by, item.status.rawValue, item.note) }
        form.line("feedback " + (list.feedback?.phone ?? ""), list.feedback?.place)
        form.line("body")
        form.append(list.body)
        return form
    }
}
