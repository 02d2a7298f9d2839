import NoticeboardValues

/// Where in a text a personal number may stand, found on the UTF-8 bytes before anything is decoded: most
/// values and pages hold none, and a city's build reads hundreds of megabytes.
///
/// A span is a chain of 11 or more digit-like units joined by single separators, read as loosely as
/// `ReaderText` reads: a unit is a digit of any width or script, an identity card's `X`, a character reference
/// (`&#49;`) or a percent escape (`%31`); invisible characters and Markdown marks are passed over; in markup, a
/// tag does not break the chain of the text around it (`138<b>1234</b>5678`), and each attribute value is
/// chained on its own. Any number `NumberShapes` finds in a reading lies within one span.
package enum CandidateSpans {
    package struct Span: Equatable {
        /// Byte offsets, widened on each side to the first character a reader sees there (`widened`), so that a
        /// reading sees what touches the number.
        package let range: Range<Int>
        /// Whether to read it as markup: false for an attribute's value.
        package let markup: Bool
    }

    package static func find(in bytes: UnsafeBufferPointer<UInt8>, markup: Bool) -> [Span] {
        skipWidths.withUnsafeBufferPointer { find(in: bytes, markup: markup, skipping: $0) }
    }

    /// The scan with its own table of bytes passed over (`skipWidths`): one of zeros passes nothing over, and
    /// sends every byte through `unit(_:at:afterDigit:)`, the plain scan the fast one must equal.
    package static func find(in bytes: UnsafeBufferPointer<UInt8>, markup: Bool, skipping skipWidths: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var text = Chain(markup: markup), attribute = Chain(markup: false)
        var inTag = false, quote: UInt8 = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // Most of a page: letters and punctuation of its markup, Chinese. Each only ends a chain, in a tag or out.
            var passed = Int(skipWidths[Int(byte)])
            if passed > 0 {
                if inTag { attribute.close(bytes, &spans) } else { text.close(bytes, &spans) }
                repeat {
                    i += passed
                    passed = i < bytes.count ? Int(skipWidths[Int(bytes[i])]) : 0
                } while passed > 0
                continue
            }
            // ASCII digits (QR codes' paths are full of them), without asking what they are.
            if byte &- 0x30 < 10 {
                let first = i
                repeat { i += 1 } while i < bytes.count && bytes[i] &- 0x30 < 10
                if inTag { attribute.digits(first..<i) } else { text.digits(first..<i) }
                continue
            }
            if inTag {
                if quote == 0 && byte == UInt8(ascii: ">") {
                    attribute.close(bytes, &spans)
                    inTag = false
                    i += 1
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = quote == 0 ? byte : quote == byte ? 0 : quote
                    attribute.close(bytes, &spans)
                    i += 1
                } else {
                    i = attribute.read(bytes, at: i, &spans)
                }
            } else if markup && byte == UInt8(ascii: "<") && i + 1 < bytes.count && startsTag(bytes[i + 1]) {
                inTag = true
                quote = 0
                i += 1
            } else {
                i = text.read(bytes, at: i, &spans)
            }
        }
        text.close(bytes, &spans)
        attribute.close(bytes, &spans)
        return spans
    }

    /// The chain being read, of the text or of an attribute value.
    private struct Chain {
        let markup: Bool
        var start = 0, end = 0, units = 0, afterDigit = false

        init(markup: Bool) { self.markup = markup }

        /// Reads the unit at `i` into the chain; the offset past it.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ spans: inout [Span]) -> Int {
            let (unit, width) = CandidateSpans.unit(bytes, at: i, afterDigit: afterDigit)
            switch unit {
            case .digit:
                digit(at: i, width: width)
            case .separator:
                if afterDigit { afterDigit = false } else { close(bytes, &spans) }
            case .invisible:
                break
            case .other:
                close(bytes, &spans)
            }
            return i + width
        }

        /// A run of ASCII digits, one unit each.
        @inline(__always)
        mutating func digits(_ run: Range<Int>) {
            if units == 0 { start = run.lowerBound }
            units += run.count
            end = run.upperBound
            afterDigit = true
        }

        @inline(__always)
        mutating func digit(at i: Int, width: Int) {
            if units == 0 { start = i }
            units += 1
            end = i + width
            afterDigit = true
        }

        mutating func close(_ bytes: UnsafeBufferPointer<UInt8>, _ spans: inout [Span]) {
            guard units > 0 else { afterDigit = false; return }
            if units >= 11 { spans.append(Span(range: CandidateSpans.widened(start..<end, in: bytes, markup: markup), markup: markup)) }
            units = 0
            afterDigit = false
        }
    }

    /// A chain's bytes widened on each side to the first character a reader sees there: past invisible characters,
    /// Markdown marks and, in markup, whole tags. What touches a number decides whether it is one (an ASCII letter
    /// before or after it, a letter after an `X`), and the reading of a span must see it as a reading of the whole
    /// text would: `A**13812345678` is no mobile, `138-1234-5678Ｘ<b>a</b>` is one.
    private static func widened(_ chain: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, markup: Bool) -> Range<Int> {
        var from = chain.lowerBound
        while from > 0 {
            if markup && bytes[from - 1] == UInt8(ascii: ">"), let open = tagStart(endingAt: from, in: bytes) {
                from = open
                continue
            }
            from -= 1
            while from > 0 && bytes[from] & 0xC0 == 0x80 { from -= 1 }
            if unit(bytes, at: from, afterDigit: false).0 != .invisible { break }
        }
        var to = chain.upperBound
        while to < bytes.count {
            if markup && bytes[to] == UInt8(ascii: "<"), let close = tagEnd(startingAt: to, in: bytes) {
                to = close
                continue
            }
            let (kind, width) = unit(bytes, at: to, afterDigit: false)
            to = min(to + width, bytes.count)
            if kind != .invisible { break }
        }
        return from..<to
    }

    /// Past the `>` of the tag or comment starting at `start`, as `ReaderText` reads tags; nil when none starts there.
    private static func tagEnd(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes[start] == UInt8(ascii: "<"), start + 1 < bytes.count, startsTag(bytes[start + 1]) else { return nil }
        if bytes.count - start >= 4 && bytes[start + 1] == UInt8(ascii: "!") && bytes[start + 2] == UInt8(ascii: "-") && bytes[start + 3] == UInt8(ascii: "-") {
            var j = start + 4
            while j + 2 < bytes.count {
                if bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">") { return j + 3 }
                j += 1
            }
            return nil
        }
        var quote: UInt8 = 0
        for j in start + 1..<bytes.count {
            let byte = bytes[j]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return j + 1
            }
        }
        return nil
    }

    /// Where the tag or comment that ends just before `end` starts (the nearest `<` whose tag ends there, in the
    /// kilobyte before it); nil when no tag ends there.
    private static func tagStart(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var j = end - 1
        while j > 0 && end - j <= 1024 {
            j -= 1
            if bytes[j] == UInt8(ascii: "<"), tagEnd(startingAt: j, in: bytes) == end { return j }
        }
        return nil
    }

    /// For each first byte of a character that is `Unit.other` to every chain, whatever the state, its width; 0 for
    /// the bytes `unit(_:at:afterDigit:)` and the tag states must see: digits, separators, marks, `X`, `%`, `&`,
    /// `<`, `>`, quotes, and every non-ASCII lead byte but those of U+4000–U+9FFF (Chinese).
    package static let skipWidths: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0xE4...0xE9: 3
        case 0x80...: 0
        case 0x30...0x39, 0x20, 0x0A, 0x0D, 0x2D, 0x2E, 0x2F, 0x2A, 0x5F, 0x60, 0x7E: 0
        case 0x58, 0x78, 0x25, 0x26, 0x3C, 0x3E, 0x22, 0x27: 0
        default: 1
        }
    }

    private enum Unit { case digit, separator, invisible, other }

    /// What the character at `i` is to a chain, and its width in bytes. Generous where unsure: a character
    /// that might be a digit counts as one, so a span is never missed, only sometimes found in vain.
    private static func unit(_ b: UnsafeBufferPointer<UInt8>, at i: Int, afterDigit: Bool) -> (Unit, Int) {
        let byte = b[i]
        func at(_ k: Int) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
        switch byte {
        case 0x30...0x39: return (.digit, 1)
        case 0x20, 0x0A, 0x2D, 0x2E, 0x2F: return (.separator, 1)
        case 0x2A, 0x5F, 0x60, 0x7E, 0x0D: return (.invisible, 1)
        case UInt8(ascii: "X"), UInt8(ascii: "x"): return (afterDigit ? .digit : .other, 1)
        case UInt8(ascii: "%") where isHex(at(1)) && isHex(at(2)): return (.digit, 3)
        case UInt8(ascii: "&"):
            var k = 1
            while k <= 32, i + k < b.count, isASCIILetterOrDigit(b[i + k]) || b[i + k] == UInt8(ascii: "#") { k += 1 }
            return k > 1 && at(k) == UInt8(ascii: ";") ? (.digit, k + 1) : (.other, 1)
        case ..<0x80: return (.other, 1)
        case 0xC2:
            switch at(1) {
            case 0xA0, 0xB7: return (.separator, 2)
            case 0xAD: return (.invisible, 2)
            case 0xB2, 0xB3, 0xB9: return (.digit, 2)
            default: return (.other, 2)
            }
        case 0xD8 where at(1) == 0x9C: return (.invisible, 2)
        case 0xE2:
            let value = 0x2000 | UInt32(at(1) & 0x3F) << 6 | UInt32(at(2) & 0x3F)
            switch value {
            case 0x2010...0x2015, 0x2212: return (.separator, 3)
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F: return (.invisible, 3)
            case 0x2070...0x209F, 0x2460...0x24FF, 0x2776...0x2793: return (.digit, 3)
            default: return (.other, 3)
            }
        case 0xE3:
            // U+3000–U+3FFF: the ideographic space and the katakana middle dot separate; nothing here is a digit.
            let value = 0x3000 | UInt32(at(1) & 0x3F) << 6 | UInt32(at(2) & 0x3F)
            return (value == 0x3000 || value == 0x30FB ? .separator : .other, 3)
        case 0xE4...0xE9: return (.other, 3)
        case 0xEF:
            let value = 0xF000 | UInt32(at(1) & 0x3F) << 6 | UInt32(at(2) & 0x3F)
            switch value {
            case 0xFF10...0xFF19: return (.digit, 3)
            case 0xFF38, 0xFF58: return (afterDigit ? .digit : .other, 3)
            case 0xFF0D...0xFF0F: return (.separator, 3)
            case 0xFEFF, 0xFFF9...0xFFFB: return (.invisible, 3)
            default: return (.other, 3)
            }
        default:
            // Other scripts, whose digits a reading counts, and the invisible tags of plane 14: counted as digits.
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return (.digit, width)
        }
    }

    private static func startsTag(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || isASCIILetter(byte) }
    private static func isASCIILetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool { isASCIILetter(b) || (0x30...0x39).contains(b) }
    private static func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }
}
