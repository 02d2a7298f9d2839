import Foundation

/// The digests the tool writes into JSON (`"digest"`, `"fingerprint"`, a resource's `"hash": "sha256:…"`): 64
/// hexadecimal digits of its own making, holding no record's text. The last guard at the publishing boundary
/// reads every file as a reader would and masks what looks like a personal number, and identity-card numbers
/// whatever stands around them: an 18-digit run inside a digest (`…a173881414209947352e…`, about one digest in
/// a thousand) would be masked, and the digest broken. So the digests are set aside while a JSON file passes
/// the guard, and put back after: the guard still reads every byte of the record's values.
package enum ToolMadeDigests {
    /// What stands in each digit of a digest while the file passes the guard: a byte a JSON encoder never writes raw
    /// (control characters are escaped in JSON strings), so it cannot be confused with a record's text. A constant,
    /// not a stored array: the restore reads it at every byte of a city's data.
    private static var placeholder: UInt8 { 0x01 }
    private static var digits: Int { 64 }

    /// Every quoted 64-digit lowercase hexadecimal digest (after an optional `sha256:`) in `bytes` replaced by the
    /// placeholder, in place (the two are as long); the digests in their order. A city's `datapackage.json` is tens
    /// of megabytes: it is not copied unless it holds a digest.
    package static func setAside(_ bytes: inout [UInt8]) -> [[UInt8]] {
        var found: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { all in
            let prefix = Array("sha256:".utf8)
            guard let base = all.baseAddress else { return }
            var i = 0
            // From quote to quote (memchr): a string may open at each.
            while i < all.count, let quote = memchr(base + i, Int32(UInt8(ascii: "\"")), all.count - i) {
                i = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
                var start = i + 1
                if all[start...].starts(with: prefix) { start += prefix.count }
                let end = start + digits
                if end < all.count, all[end] == UInt8(ascii: "\""), all[start..<end].allSatisfy(isHex) {
                    found.append(start..<end)
                    i = end
                    continue
                }
                i += 1
            }
        }
        guard !found.isEmpty else { return [] }
        let digests = found.map { Array(bytes[$0]) }
        bytes.withUnsafeMutableBufferPointer { all in
            for range in found { for at in range { all[at] = placeholder } }
        }
        return digests
    }

    /// The digests put back in place of the placeholders, in order, in place.
    package static func restore(_ bytes: inout [UInt8], _ digests: [[UInt8]]) {
        guard !digests.isEmpty else { return }
        bytes.withUnsafeMutableBufferPointer { all in
            var next = 0, i = 0
            while next < digests.count, i + digits <= all.count {
                if all[i] == placeholder, all[i..<(i + digits)].allSatisfy({ $0 == placeholder }) {
                    for (offset, digit) in digests[next].enumerated() { all[i + offset] = digit }
                    next += 1
                    i += digits
                    continue
                }
                i += 1
            }
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
    }
}
