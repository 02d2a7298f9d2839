/// The page mask: what is published (a value before it reaches a template, every finished page and file) with
/// every personal number the scanner finds (`NumberScanner`) masked in the writer's spelling: `138-****-5678`,
/// `110105********002X`, `6222 **** **** 3789`. Mobiles and accounts in `published` (their ASCII digits) stay
/// whole; identity cards are masked whatever: even where a rule pack turned PRV-001 off, none reaches a page whole.
package enum PageMask {
    /// The fewest bytes a number takes: eleven digits, one byte each at least. Most values (names, dates,
    /// amounts) are shorter, and are published as they are without a scan.
    package static let shortest = 11

    /// `text` with every personal number masked but the published ones.
    package static func masked(_ text: String, except published: Set<String>) -> String {
        guard text.utf8.count >= shortest else { return text }
        var copy = text
        return copy.withUTF8 { masked($0, except: published) }.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// `bytes` with every personal number masked but the published ones, read as markup: the last guard over
    /// every finished page and file. Nil when nothing needed masking.
    package static func masked(_ bytes: UnsafeBufferPointer<UInt8>, except published: Set<String>) -> [UInt8]? {
        var hidden: [Range<Int>] = []
        for number in NumberScanner.scan(bytes) where number.match.kind == .identityCard || !published.contains(number.match.digits) {
            hidden += number.hidden
        }
        guard !hidden.isEmpty else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for range in hidden.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= copied {
            output.append(contentsOf: bytes[copied..<range.lowerBound])
            output.append(UInt8(ascii: "*"))
            copied = range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    /// A number as written, masked: `139****5678`, `139-****-5678`.
    package static func mask(_ written: String) -> String { masked(written, except: []) }
}
