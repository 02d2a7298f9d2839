@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues

@testable import NoticeboardFixture

/// Spellings of a text that a reader cannot tell from it: what every rule that compares text must see
/// as the text itself (`ComparisonKey`).
enum LookAlike {
    /// Characters that show nothing: zero-width space and non-joiner, word joiner, soft hyphen, a bidi override
    /// around nothing; and, for random spellings, the zero-width joiner, the BOM and other bidi controls.
    static let invisibles = ["\u{200B}", "\u{200C}", "\u{2060}", "\u{00AD}", "\u{202E}\u{202C}"]
    static let moreInvisibles = invisibles + ["\u{200D}", "\u{FEFF}", "\u{2066}\u{2069}", "\u{202D}\u{202C}", "\u{202A}\u{202C}"]
    /// Spaces a reader takes for one space: ideographic, no-break, narrow no-break, two ASCII ones.
    static let spaces = ["\u{3000}", "\u{00A0}", "\u{202F}", "  "]

    /// The fixed spellings of `text` each test goes through.
    static func spellings(of text: String) -> [String] {
        var all = invisibles.map { inserted($0, into: text, at: text.count / 2) }
        all.append(fullWidth(text))
        // A bidi override around one character, which no reordering can move.
        all.append(String(text.prefix(1)) + "\u{202E}" + String(text.dropFirst().prefix(1)) + "\u{202C}" + String(text.dropFirst(2)))
        all.append(text.contains(where: \.isASCII) ? text.lowercased() : "\u{3000}" + text + "\u{00A0}")
        all += spaces.map { inserted($0, into: text, at: 1) }.filter { _ in !text.contains(where: \.isASCII) }
        return all
    }

    /// `count` spellings of `text` made of one to three random changes each, from `seed`.
    static func random(_ text: String, count: Int, seed: Int) -> [String] {
        var random = SeededRandom(seed)
        return (0..<count).map { _ in
            var spelt = text
            for _ in 0..<random.int(1...3) {
                switch random.int(0...3) {
                case 0: spelt = inserted(random.pick(moreInvisibles), into: spelt, at: random.int(0...spelt.count))
                case 1: spelt = fullWidth(spelt)
                case 2 where !text.contains(where: \.isASCII):
                    spelt = inserted(random.pick(spaces), into: spelt, at: random.int(1...max(1, spelt.count - 1)))
                default: spelt = random.int(0...1) == 0 ? spelt.lowercased() : spelt.uppercased()
                }
            }
            return spelt
        }
    }

    static func inserted(_ piece: String, into text: String, at offset: Int) -> String {
        var text = text
        text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: min(offset, text.count)))
        return text
    }

    /// ASCII letters, digits and signs in their full-width forms (`V-01` is `Ｖ－０１`).
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ("!"..."~").contains($0) ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
    }
}
