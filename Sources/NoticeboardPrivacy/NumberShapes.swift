import NoticeboardValues

/// What a personal number looks like once a text is read as a reader reads it (`ReaderText`): digits joined
/// into a chain by single separators (`2026-10-03 138 1234 5678`); within a chain, consecutive groups that
/// add up to a number are one. Identity cards first, then mobiles, then bank cards.
package enum NumberShapes {
    /// A personal number in a reading.
    package struct Match {
        package let kind: PersonalNumber.Kind
        /// Offsets in the reading of the number, separators included.
        package let range: Range<Int>
        /// Its digits in ASCII: the 11 of a mobile (no country code), the 18 characters of an identity card,
        /// a card's 13 to 19.
        package let digits: String
        /// Offsets in the reading of the digits the masked form hides: a mobile's 4th to 7th, an identity card's
        /// 7th to 14th, all of a card's but its first and last four.
        package let hidden: [Int]
    }

    package static func matches(in scalars: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < scalars.count {
            guard digitValue(scalars[i]) != nil else { i += 1; continue }
            let chain = self.chain(in: scalars, from: i)
            var g = 0
            while g < chain.count {
                if let match = identityCard(chain, from: g, scalars) ?? mobile(chain, from: g, scalars) ?? bankCard(chain, from: g, scalars) {
                    found.append(match.match)
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
        var offsets: Range<Int> { start..<start + digits.count }
    }

    private static func chain(in scalars: [Unicode.Scalar], from start: Int) -> [Group] {
        var groups: [Group] = []
        var j = start
        while true {
            let groupStart = j
            var digits: [UInt8] = []
            while j < scalars.count, let d = digitValue(scalars[j]) { digits.append(d); j += 1 }
            if j < scalars.count, isCheckX(scalars[j]), j + 1 == scalars.count || !isASCIILetterOrDigit(scalars[j + 1]) {
                groups.append(Group(start: groupStart, end: j + 1, digits: digits, hasCheckX: true))
                return groups
            }
            groups.append(Group(start: groupStart, end: j, digits: digits, hasCheckX: false))
            guard j + 1 < scalars.count, isSeparator(scalars[j]), digitValue(scalars[j + 1]) != nil else { return groups }
            j += 1
        }
    }

    /// 18 characters over one or more groups (none shorter than 2 when spread), with a valid check character.
    private static func identityCard(_ chain: [Group], from g: Int, _ scalars: [Unicode.Scalar]) -> (match: Match, next: Int)? {
        var characters: [UInt8] = [], offsets: [Int] = [], h = g
        while h < chain.count && characters.count < 18 {
            if chain[h].length < 2 { return nil }
            characters += chain[h].digits
            offsets += chain[h].offsets
            if chain[h].hasCheckX { characters.append(UInt8(ascii: "X")) }
            h += 1
        }
        guard characters.count == 18, isIdentityCard(characters) else { return nil }
        return (Match(kind: .identityCard, range: chain[g].start..<chain[h - 1].end,
                      digits: String(decoding: characters.map { $0 < 10 ? $0 + 48 : $0 }, as: UTF8.self), hidden: Array(offsets[6..<14])), h)
    }

    /// 11 digits starting 13–19, in one group or in groups of at least 3; a group of 13 or 15 digits
    /// that is the country code 86 or 0086 written before one. Not touching ASCII letters (`A138…`).
    private static func mobile(_ chain: [Group], from g: Int, _ scalars: [Unicode.Scalar]) -> (match: Match, next: Int)? {
        var offsets: [Int] = [], digits: [UInt8] = [], h = g
        while h < chain.count && digits.count < 11 {
            let group = chain[h]
            if group.hasCheckX || (h > g || chain[h].digits.count < 11) && group.digits.count < 3 { return nil }
            offsets += group.offsets
            digits += group.digits
            h += 1
        }
        if h == g + 1 {
            let prefix = digits.count == 13 && digits.starts(with: [8, 6]) ? 2 : digits.count == 15 && digits.starts(with: [0, 0, 8, 6]) ? 4 : 0
            digits.removeFirst(prefix)
            offsets.removeFirst(prefix)
        }
        guard digits.count == 11, digits[0] == 1, (3...9).contains(digits[1]), standsAlone(chain, g, h, scalars) else { return nil }
        return (Match(kind: .mobile, range: chain[g].start..<chain[h - 1].end, digits: ascii(digits), hidden: Array(offsets[3..<7])), h)
    }

    /// 13 to 19 digits passing the Luhn check, in one group or in groups of at least 3 (`6222 0212 3456 7894`);
    /// the longest such run of groups. Not touching ASCII letters.
    private static func bankCard(_ chain: [Group], from g: Int, _ scalars: [Unicode.Scalar]) -> (match: Match, next: Int)? {
        var offsets: [Int] = [], digits: [UInt8] = [], h = g
        var best: (digits: [UInt8], offsets: [Int], next: Int)?
        while h < chain.count, !chain[h].hasCheckX, chain[h].digits.count >= 3 {
            offsets += chain[h].offsets
            digits += chain[h].digits
            h += 1
            if digits.count > 19 { break }
            if digits.count >= 13 && passesLuhn(digits) { best = (digits, offsets, h) }
            // A long group is a card alone or not at all.
            if h == g + 1 && digits.count >= 13 { break }
        }
        guard let best, standsAlone(chain, g, best.next, scalars) else { return nil }
        return (Match(kind: .bankCard, range: chain[g].start..<chain[best.next - 1].end, digits: ascii(best.digits),
                      hidden: Array(best.offsets[4..<best.offsets.count - 4])), best.next)
    }

    /// Groups `g..<h` of a chain that neither start nor end against an ASCII letter (`A138…`, `…5678x`).
    private static func standsAlone(_ chain: [Group], _ g: Int, _ h: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let first = chain[g].start, last = chain[h - 1].end
        if g == 0 && first > 0 && isASCIILetter(scalars[first - 1]) { return false }
        if h == chain.count && last < scalars.count && isASCIILetter(scalars[last]) { return false }
        return true
    }

    /// 18 characters (digit values, and `X` as the ASCII byte) whose last is the ISO 7064 MOD 11-2 check
    /// character of the first 17 (GB 11643).
    package static func isIdentityCard(_ characters: [UInt8]) -> Bool {
        guard characters.count == 18, characters.prefix(17).allSatisfy({ $0 < 10 }) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters.prefix(17), weights).map { Int($0) * $1 }.reduce(0, +)
        let check: UInt8 = [1, 0, UInt8(ascii: "X"), 9, 8, 7, 6, 5, 4, 3, 2][sum % 11]
        return characters[17] == check
    }

    /// The Luhn (ISO/IEC 7812) check of card numbers: doubling every second digit from the right, the sum ends in 0.
    package static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            let value = Int(digit) * (index % 2 == 1 ? 2 : 1)
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }

    /// A digit as Unicode counts one (decimal or digit numeric type, value 0–9): ASCII, full-width `１`, the
    /// mathematical `𝟏`, superscript `¹`, circled `①`, other scripts' digits. Not the CJK numerals (一, 〇),
    /// which are words, and nothing in U+3000–U+9FFF, so that the byte scan (`CandidateSpans`) can pass Chinese over.
    package static func digitValue(_ s: Unicode.Scalar) -> UInt8? {
        if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 ? UInt8(s.value - 0x30) : nil }
        guard s.value < 0x3000 || s.value >= 0xA000 else { return nil }
        let properties = s.properties
        guard properties.numericType == .decimal || properties.numericType == .digit,
              let value = properties.numericValue, value >= 0, value <= 9, value == value.rounded() else { return nil }
        return UInt8(value)
    }

    /// What people put between groups of digits: a space or line break, a hyphen or dash, a dot or a slash, and
    /// their full-width forms.
    package static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x0A, 0x2D, 0x2E, 0x2F, 0xA0, 0xB7, 0x2010...0x2015, 0x2212, 0x3000, 0x30FB, 0xFF0D, 0xFF0E, 0xFF0F: true
        default: false
        }
    }

    /// The identity card's check character, as typed in either width.
    package static func isCheckX(_ s: Unicode.Scalar) -> Bool { s == "X" || s == "x" || s == "Ｘ" || s == "ｘ" }

    private static func ascii(_ digits: [UInt8]) -> String { String(decoding: digits.map { $0 + 48 }, as: UTF8.self) }
    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func isASCIILetterOrDigit(_ s: Unicode.Scalar) -> Bool { isASCIILetter(s) || ("0"..."9").contains(s) }
}
