/// A number that identifies a person, found in a record's text.
struct PersonalNumber: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// 居民身份证号码: 17 digits and a check character (GB 11643).
        case identityCard
        /// A mainland mobile number: 11 digits starting 13–19.
        case mobile
    }

    let kind: Kind
    /// As written (`138-1234-5678`).
    let text: String
    /// Its ASCII digits: the 11 of a mobile, the 18 characters of an identity card.
    let digits: String
    let location: SourceLocation
}

/// Finds and masks personal numbers, in the spellings people write them: `13812345678`, `138-1234-5678`,
/// `138 1234 5678`, `+86 138…`, `86-138…`, full-width `１３８…`; identity-card numbers also with spaces or
/// a prefix (`ID1401…`). Columns count Unicode scalars, as every position in the diagnostics does.
enum PersonalNumbers {
    /// A personal number where it stands in a text.
    struct Occurrence {
        let kind: PersonalNumber.Kind
        /// Scalar offsets of the number as written, separators included.
        let range: Range<Int>
        /// Its digits in ASCII: the 11 of a mobile (no country code), the 18 characters of an identity card.
        let digits: String
        /// Scalar offsets of the digits the masked form hides: a mobile's 4th to 7th, an identity card's 7th to 14th.
        let hidden: [Int]
    }

    static func find(in text: String, file: String) -> [PersonalNumber] {
        var found: [PersonalNumber] = []
        var text = text
        text.withUTF8 { bytes in
            var line = 1, start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                // A line is read as scalars only when its bytes hold a chain of 11 digits or more.
                let lineBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if longestDigitChain(lineBytes) >= 11 {
                    let scalars = Array(String(decoding: lineBytes, as: UTF8.self).unicodeScalars)
                    for number in occurrences(in: scalars) {
                        found.append(PersonalNumber(kind: number.kind, text: String(String.UnicodeScalarView(scalars[number.range])), digits: number.digits,
                                                    location: SourceLocation(file: file, line: line, column: number.range.lowerBound + 1)))
                    }
                }
                line += 1
                start = end + 1
            }
        }
        return found
    }

    /// The most digits (ASCII or full-width) in one chain of the bytes, groups joined by a single separator
    /// as `chain(in:from:)` joins them: the cheap test of whether a line can hold a personal number.
    private static func longestDigitChain(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var longest = 0, chain = 0, afterDigit = false, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                chain += 1
                afterDigit = true
                i += 1
                continue
            }
            var width = 1, digit = false, separator = byte == 0x20 || byte == 0x2D
            if byte >= 0xC0 {
                width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                // Only these lead bytes begin a full-width digit or a separator (U+00A0, U+2010…2015, U+2212,
                // U+3000, U+FF0D, U+FF10…FF19): a Chinese character is passed over without being decoded.
                let candidate = byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
                if candidate && width < 4 && i + width <= bytes.count {
                    let value = width == 2 ? UInt32(byte & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        : UInt32(byte & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    digit = (0xFF10...0xFF19).contains(value)
                    separator = Unicode.Scalar(value).map(isSeparator) ?? false
                }
            }
            if digit {
                chain += 1
                afterDigit = true
            } else if separator && afterDigit {
                afterDigit = false
            } else {
                longest = max(longest, chain)
                chain = 0
                afterDigit = false
            }
            i += width
        }
        return max(longest, chain)
    }

    /// `text` with every mobile number masked but those in `published` (11 ASCII digits each), in the
    /// writer's spelling: `138-****-5678`; and every identity-card number, whose birth date is hidden
    /// (`110105********002X`) even where a rule pack turned PRV-001 off. What every value gets before it
    /// reaches a template.
    static func masked(_ text: String, except published: Set<String>) -> String {
        // Eleven digits take eleven bytes at least: most values (names, dates, amounts) are shorter.
        var bytes = text
        guard bytes.utf8.count >= 11, bytes.withUTF8({ longestDigitChain($0) }) >= 11 else { return text }
        var scalars = Array(text.unicodeScalars)
        var changed = false
        for number in occurrences(in: scalars) where number.kind == .identityCard || !published.contains(number.digits) {
            for offset in number.hidden { scalars[offset] = "*" }
            changed = true
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// The 11 digits of the mobile number `text` holds, however it is written.
    static func mobileDigits(_ text: String) -> String? {
        occurrences(in: Array(text.unicodeScalars)).first { $0.kind == .mobile }?.digits
    }

    /// A mobile number as written, masked: `139****5678`, `139-****-5678`.
    static func mask(_ written: String) -> String { masked(written, except: []) }

    /// The personal numbers in one line of scalars. Digits joined by single separators form a chain
    /// (`2026-10-03 138 1234 5678`); within a chain, consecutive groups that add up to a number are one.
    static func occurrences(in scalars: [Unicode.Scalar]) -> [Occurrence] {
        var found: [Occurrence] = []
        var i = 0
        while i < scalars.count {
            guard digitValue(scalars[i]) != nil else { i += 1; continue }
            let chain = self.chain(in: scalars, from: i)
            var g = 0
            while g < chain.count {
                if let match = identityCard(chain, from: g, scalars) ?? mobile(chain, from: g, scalars) {
                    found.append(match.occurrence)
                    g = match.next
                } else {
                    g += 1
                }
            }
            i = chain.last!.end
        }
        return found
    }

    /// A run of digits in a chain; `end` is past a trailing check character X when there is one.
    private struct Group {
        let start: Int, end: Int
        let digits: [UInt8]
        var hasCheckX: Bool
        var length: Int { digits.count + (hasCheckX ? 1 : 0) }
    }

    private static func chain(in scalars: [Unicode.Scalar], from start: Int) -> [Group] {
        var groups: [Group] = []
        var j = start
        while true {
            let groupStart = j
            var digits: [UInt8] = []
            while j < scalars.count, let d = digitValue(scalars[j]) { digits.append(d); j += 1 }
            var group = Group(start: groupStart, end: j, digits: digits, hasCheckX: false)
            if j < scalars.count, scalars[j] == "X" || scalars[j] == "x", j + 1 == scalars.count || !isASCIILetterOrDigit(scalars[j + 1]) {
                group = Group(start: groupStart, end: j + 1, digits: digits, hasCheckX: true)
                groups.append(group)
                return groups
            }
            groups.append(group)
            guard j + 1 < scalars.count, isSeparator(scalars[j]), digitValue(scalars[j + 1]) != nil else { return groups }
            j += 1
        }
    }

    /// 18 characters over one or more groups (none shorter than 2 when spread), with a valid check character.
    private static func identityCard(_ chain: [Group], from g: Int, _ scalars: [Unicode.Scalar]) -> (occurrence: Occurrence, next: Int)? {
        var characters: [UInt8] = [], offsets: [Int] = [], h = g
        while h < chain.count && characters.count < 18 {
            if chain[h].length < 2 { return nil }
            characters += chain[h].digits
            offsets += Array(chain[h].start..<chain[h].start + chain[h].digits.count)
            if chain[h].hasCheckX { characters.append(UInt8(ascii: "X")) }
            h += 1
        }
        guard characters.count == 18, isIdentityCard(characters) else { return nil }
        let range = chain[g].start..<chain[h - 1].end
        return (Occurrence(kind: .identityCard, range: range, digits: String(decoding: characters.map { $0 < 10 ? $0 + 48 : $0 }, as: UTF8.self),
                           hidden: Array(offsets[6..<14])), h)
    }

    /// 11 digits starting 13–19, in one group or in groups of at least 3; a group of 13 or 15 digits
    /// that is the country code 86 or 0086 written before one. Not touching ASCII letters (`A138…`).
    private static func mobile(_ chain: [Group], from g: Int, _ scalars: [Unicode.Scalar]) -> (occurrence: Occurrence, next: Int)? {
        var offsets: [Int] = [], digits: [UInt8] = [], h = g
        while h < chain.count && digits.count < 11 {
            let group = chain[h]
            if group.hasCheckX || (h > g || chain[h].digits.count < 11) && group.digits.count < 3 { return nil }
            offsets += Array(group.start..<group.start + group.digits.count)
            digits += group.digits
            h += 1
        }
        if h == g + 1 {
            let prefix = digits.count == 13 && digits.starts(with: [8, 6]) ? 2 : digits.count == 15 && digits.starts(with: [0, 0, 8, 6]) ? 4 : 0
            digits.removeFirst(prefix)
            offsets.removeFirst(prefix)
        }
        guard digits.count == 11, digits[0] == 1, (3...9).contains(digits[1]) else { return nil }
        let first = chain[g].start, last = chain[h - 1].end
        if g == 0 && first > 0 && isASCIILetter(scalars[first - 1]) { return nil }
        if h == chain.count && last < scalars.count && isASCIILetter(scalars[last]) { return nil }
        return (Occurrence(kind: .mobile, range: first..<last, digits: String(decoding: digits.map { $0 + 48 }, as: UTF8.self),
                           hidden: Array(offsets[3..<7])), h)
    }

    /// ASCII and full-width digits (`０`–`９`, which Chinese input methods type).
    private static func digitValue(_ s: Unicode.Scalar) -> UInt8? {
        switch s.value {
        case 0x30...0x39: UInt8(s.value - 0x30)
        case 0xFF10...0xFF19: UInt8(s.value - 0xFF10)
        default: nil
        }
    }

    /// What people put between groups of digits: a space, a hyphen or dash, their full-width forms.
    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x2D, 0xA0, 0x2010...0x2015, 0x2212, 0x3000, 0xFF0D: true
        default: false
        }
    }

    /// Every plain mobile number (11 ASCII digits) in a finished page masked, except those in `published`:
    /// the last guard at the publishing boundary, after the values were masked. Runs on the UTF-8 bytes: ASCII digits
    /// and letters never occur inside a multi-byte character, and a rendered page is scanned whole.
    static func maskMobiles(in text: String, except published: Set<String>) -> String {
        var text = text
        return text.withUTF8 { maskMobiles(in: $0, except: published) }.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// A page's bytes with plain mobile numbers masked (`maskMobiles(in:except:)`); nil when none needed it.
    static func maskMobiles(in bytes: UnsafeBufferPointer<UInt8>, except published: Set<String>) -> [UInt8]? {
        do {
            var output: [UInt8] = []
            var copied = 0
            // Only a run of exactly 11 digits can be a number, and a run of 11 or more that starts anywhere from
            // `i` to `i + 10` covers byte `i + 10`. So that byte is looked at first: when it is no digit, no such run
            // starts before it, and the scan moves past it. A page is read about one byte in eleven.
            // Invariant: the byte before `i` is no digit.
            var i = 0
            while i + 10 < bytes.count {
                let probe = i + 10
                guard isDigit(bytes[probe]) else { i = probe + 1; continue }
                var start = probe, end = probe + 1
                while start > i && isDigit(bytes[start - 1]) { start -= 1 }
                while end < bytes.count && isDigit(bytes[end]) { end += 1 }
                i = end + 1
                guard isMobile(digits: end - start, first: UInt32(bytes[start]), second: UInt32(bytes[min(start + 1, end - 1)])),
                      start == 0 || !isASCIILetter(bytes[start - 1]),
                      end == bytes.count || !isASCIILetter(bytes[end]) else { continue }
                let number = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                guard !published.contains(number) else { continue }
                output.append(contentsOf: bytes[copied..<start])
                output.append(contentsOf: mask(number).utf8)
                copied = end
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// 18 characters (digit values, and `X` as the ASCII byte) whose last is the ISO 7064 MOD 11-2 check
    /// character of the first 17 (GB 11643).
    private static func isIdentityCard(_ characters: [UInt8]) -> Bool {
        guard characters.count == 18, characters.prefix(17).allSatisfy({ $0 < 10 }) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters.prefix(17), weights).map { Int($0) * $1 }.reduce(0, +)
        let check: UInt8 = [1, 0, UInt8(ascii: "X"), 9, 8, 7, 6, 5, 4, 3, 2][sum % 11]
        return characters[17] == check
    }

    /// The mainland mobile rule, on a run of ASCII digits: 11 of them, starting 13–19.
    private static func isMobile(digits: Int, first: UInt32, second: UInt32) -> Bool {
        digits == 11 && first == 0x31 && (0x33...0x39).contains(second)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isASCIILetter(_ b: UInt8) -> Bool { isASCIILetter(Unicode.Scalar(b)) }
    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func isASCIILetterOrDigit(_ s: Unicode.Scalar) -> Bool { isASCIILetter(s) || ("0"..."9").contains(s) }
}
