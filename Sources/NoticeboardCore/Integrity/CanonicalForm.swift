/// A fingerprint's canonical form as it is written: UTF-8 bytes, one value per field, fields separated by
/// tabs and lines ended by newlines. A field's own line breaks and tabs become spaces, so that no value can
/// pass for two; most values have none and are copied as they are.
struct CanonicalForm {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Text as it is: the form's own words and notations (`month 2026-10`), and a service list's body,
    /// which ends its form.
    mutating func word(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A record's text (nothing when absent).
    mutating func field(_ text: String?) {
        guard let text else { return }
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        // A tab or line break is one byte in UTF-8 and never inside another character's bytes.
        for index in start..<bytes.count where bytes[index] == 0x0A || bytes[index] == 0x09 { bytes[index] = 0x20 }
    }

    mutating func tab() { bytes.append(0x09) }

    mutating func endLine() { bytes.append(0x0A) }

    /// `word` and the end of its line.
    mutating func line(_ text: String) {
        word(text)
        endLine()
    }

    var sha256Hex: String { SHA256.hash(bytes).hexDigits }
}
