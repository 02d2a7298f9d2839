/// The digests the tool writes into JSON (`"digest"`, `"fingerprint"`, a resource's `"hash": "sha256:…"`): 64
/// hexadecimal digits of its own making, holding no record's text. The last guard at the publishing boundary
/// reads every file as a reader would and masks what looks like a personal number, and identity-card numbers
/// whatever stands around them: an 18-digit run inside a digest (`…a173881414209947352e…`, about one digest in
/// a thousand) would be masked, and the digest broken. So the digests are set aside while a JSON file passes
/// the guard, and put back after: the guard still reads every byte of the record's values.
package enum ToolMadeDigests {
    /// What stands in a digest's place while the file passes the guard: bytes a JSON encoder never writes raw
    /// (control characters are escaped in JSON strings), so it cannot be confused with a record's text.
    private static let placeholder = [UInt8](repeating: 0x01, count: 64)

    /// Every quoted 64-digit lowercase hexadecimal digest (after an optional `sha256:`) in `bytes` replaced by the
    /// placeholder, in place (the two are as long); the digests in their order. A city's `datapackage.json` is tens
    /// of megabytes: it is not copied unless it holds a digest.
    package static func setAside(_ bytes: inout [UInt8]) -> [[UInt8]] {
        var digests: [[UInt8]] = []
        var i = 0
        let prefix = Array("sha256:".utf8)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") {
                var start = i + 1
                if bytes[start...].starts(with: prefix) { start += prefix.count }
                let end = start + 64
                if end < bytes.count, bytes[end] == UInt8(ascii: "\""), bytes[start..<end].allSatisfy(isHex) {
                    digests.append(Array(bytes[start..<end]))
                    for at in start..<end { bytes[at] = placeholder[0] }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return digests
    }

    /// The digests put back in place of the placeholders, in order, in place.
    package static func restore(_ bytes: inout [UInt8], _ digests: [[UInt8]]) {
        var next = 0, i = 0
        while next < digests.count, i < bytes.count {
            if bytes[i] == placeholder[0], bytes[i...].starts(with: placeholder) {
                for (offset, digit) in digests[next].enumerated() { bytes[i + offset] = digit }
                next += 1
                i += placeholder.count
                continue
            }
            i += 1
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
    }
}
