import NoticeboardValues

/// A fingerprint's canonical form as it is written: UTF-8 bytes, one value per field, fields separated by
/// tabs and lines ended by newlines. A field's own line breaks and tabs become spaces, so that no value can
/// pass for two; most values have none and are copied as they are.
package struct CanonicalForm {
    private(set) var bytes: [UInt8] = []

    package init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// A line of tab-separated fields (an absent one is empty).
    package mutating func line(_ fields: String?...) { line(fields) }

    package mutating func line(_ fields: [String?]) {
        for (index, text) in fields.enumerated() {
            if index > 0 { bytes.append(0x09) }
            let start = bytes.count
            bytes.append(contentsOf: (text ?? "").utf8)
            // A tab or line break is one byte in UTF-8 and never inside another character's bytes.
            for at in start..<bytes.count where bytes[at] == 0x0A || bytes[at] == 0x09 { bytes[at] = 0x20 }
        }
        bytes.append(0x0A)
    }

    /// Text as it is, after the last line: a service list's body, which ends its form.
    package mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    package var sha256Hex: String { SHA256.hash(bytes).hexDigits }
}
