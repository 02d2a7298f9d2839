import Foundation
import Testing
@testable import NoticeboardFixture
@testable import NoticeboardSupport

/// The byte-level text helpers (`TextBytes.swift`) held to plain versions over seeded texts: Foundation's
/// `trimmingCharacters(in:)`, a trim character by character, a search of every offset. The texts are made of
/// blanks of every Unicode kind, things that look like blanks, combining marks (which join a blank to a character),
/// Chinese, ASCII and full-width letters and digits.
@Suite struct TextBytesDifferentialTests {
    /// Foundation's `.whitespaces`: Unicode's space separators (Zs) and the tab.
    static let spaces = ["\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}",
                         "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}"]
    /// What `.whitespacesAndNewlines` adds: the line and paragraph separators (Zl, Zp), U+000A–U+000D and NEL.
    static let lineBreaks = ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
    /// Not blank, though some look or once counted so: zero-width characters, the byte-order mark, the Mongolian
    /// vowel separator (Zs until Unicode 6.3), other controls.
    static let notBlank = ["\u{200B}", "\u{200D}", "\u{FEFF}", "\u{180E}", "\u{1C}", "\u{0}", "\u{7F}", "\u{AD}"]
    static let marks = ["\u{301}", "\u{308}", "\u{20E3}", "\u{FE0F}", "\u{1F3FB}"]
    static let others = ["a", "Z", "0", "9", "-", "---", "*", "正文", "甲", "１", "Ａ", "é", "e\u{301}", "🙂", "\u{10FFFF}", "~"]

    static func text(_ random: inout SeededRandom) -> String {
        let groups = [spaces, lineBreaks, notBlank, marks, others]
        var text = ""
        // Blanks at the ends most of the time: that is where the helpers take their short ways.
        for _ in 0..<random.int(0...3) { text += random.pick(random.int(0...2) == 0 ? random.pick(groups) : spaces + lineBreaks) }
        for _ in 0..<random.int(0...4) { text += random.pick(random.pick(groups)) }
        for _ in 0..<random.int(0...3) { text += random.pick(random.int(0...2) == 0 ? random.pick(groups) : spaces + lineBreaks) }
        return text
    }

    static func texts(_ seed: Int, count: Int = 8_000) -> [String] {
        var random = SeededRandom(20261205, seed)
        return (0..<count).map { _ in text(&random) }
    }

    /// What `trimmingBlanks` trims, as Foundation's sets hold it: `.whitespaces` but the zero-width space U+200B, which
    /// Foundation on Linux counts among them though it is a format character (Cf), not a space (Zs); records may not
    /// hold it anyway (IN-001, `InvisibleCharacters`).
    static let blanks = CharacterSet.whitespaces.subtracting(CharacterSet(charactersIn: "\u{200B}"))
    static let blanksAndLineBreaks = CharacterSet.whitespacesAndNewlines.subtracting(CharacterSet(charactersIn: "\u{200B}"))

    static let spaceScalars = Set(spaces.flatMap(\.unicodeScalars))
    static let spaceAndLineBreakScalars = Set((spaces + lineBreaks).flatMap(\.unicodeScalars))

    /// The trim as its comment states it, character by character: a character is a blank when all its scalars are.
    static func plainTrim(_ text: String, lineBreaks: Bool) -> String {
        let blanks = lineBreaks ? spaceAndLineBreakScalars : spaceScalars
        func isBlank(_ character: Character) -> Bool { character.unicodeScalars.allSatisfy(blanks.contains) }
        return String(text.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }

    @Test func trimmingBlanksTrimsAsPlainly() {
        for text in Self.texts(1) {
            for lineBreaks in [false, true] {
                let trimmed = String(text.trimmingBlanks(lineBreaks: lineBreaks))
                #expect(Array(trimmed.unicodeScalars) == Array(Self.plainTrim(text, lineBreaks: lineBreaks).unicodeScalars),
                        "\(text.debugDescription), lineBreaks: \(lineBreaks): \(trimmed.debugDescription)")
                // A substring too, as the ledger's cells and the front matter's lines are: between NULs, which no
                // mark joins, so that the substring's characters are the text's.
                let inner = Substring("\u{0}" + text + "\u{0}").dropFirst().dropLast()
                #expect(String(inner.trimmingBlanks(lineBreaks: lineBreaks)).unicodeScalars.elementsEqual(trimmed.unicodeScalars))
            }
        }
    }

    /// Foundation trims scalars, not characters: the two agree but where a blank at an end is joined to what follows
    /// it by a combining mark or a zero-width joiner (`" \u{301}x"`: Foundation leaves the mark alone at the start,
    /// the trim leaves the space and its mark, one character).
    @Test func trimmingBlanksTrimsAsFoundationDid() {
        let joining = Set((Self.marks + ["\u{200D}"]).flatMap(\.unicodeScalars))
        for text in Self.texts(2) where !text.unicodeScalars.contains(where: joining.contains) {
            #expect(Array(String(text.trimmingBlanks()).unicodeScalars) == Array(text.trimmingCharacters(in: Self.blanks).unicodeScalars),
                    "\(text.debugDescription)")
            #expect(Array(String(text.trimmingBlanks(lineBreaks: true)).unicodeScalars)
                    == Array(text.trimmingCharacters(in: Self.blanksAndLineBreaks).unicodeScalars), "\(text.debugDescription)")
        }
    }

    @Test func isBlankSaysWhatTrimmingLeavesNothingOf() {
        for text in Self.texts(3) {
            #expect(text.isBlank == Self.plainTrim(text, lineBreaks: false).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func trimmedOfSpacesDropsSpacesAndTabsOnly() {
        for text in Self.texts(4) {
            func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" }
            let plain = String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
            #expect(Array(text.trimmedOfSpaces.unicodeScalars) == Array(plain.unicodeScalars), "\(text.debugDescription)")
        }
    }

    /// `holds` compares bytes: a search at every offset of the UTF-8 is its plain version (Swift's `contains`
    /// compares characters, which a decomposed `é` or a combining mark makes differ on purpose).
    @Test func holdsFindsWhatASearchAtEveryOffsetFinds() {
        var random = SeededRandom(20261205, 5)
        let pieces = ["a", "b", "ab", "甲", "乙", "甲乙", "e", "\u{301}", "é", " ", "\u{0}", "\u{FF}", "ÿ", "🙂", "\u{3000}"]
        for _ in 0..<10_000 {
            let haystack = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
            let needle = random.int(0...3) == 0 && !haystack.isEmpty
                ? String(decoding: Array(haystack.utf8).dropFirst(random.int(0...haystack.utf8.count - 1)).prefix(random.int(0...4)), as: UTF8.self)
                : (0..<random.int(0...3)).map { _ in random.pick(pieces) }.joined()
            let h = Array(haystack.utf8), n = Array(needle.utf8)
            let plain = n.isEmpty || (n.count <= h.count && (0...h.count - n.count).contains { h[$0..<$0 + n.count].elementsEqual(n) })
            #expect(haystack.holds(needle) == plain, "\(haystack.debugDescription) holds \(needle.debugDescription)")
        }
    }

    @Test func containsByteFindsWhatTheBytesHold() {
        var random = SeededRandom(20261205, 6)
        for text in Self.texts(6, count: 5_000) {
            let byte = random.pick([0x00, 0x0D, 0x0A, 0x20, 0x30, 0x80, 0xE3, 0xFF] as [UInt8])
            #expect(text.containsByte(byte) == Array(text.utf8).contains(byte), "\(text.debugDescription) \(byte)")
        }
    }

    /// The word of the first eight bytes and the byte compare the YAML keys are compared with, against the bytes
    /// folded one by one and compared as array slices; small alphabets, so that equal runs are common.
    @Test func firstEightBytesAndSameBytesAreThoseOfTheBytes() {
        var random = SeededRandom(20261205, 7)
        for _ in 0..<5_000 {
            let a = (0..<random.int(0...12)).map { _ in UInt8(random.pick([0, 1, 0x61, 0x62, 0xE7, 0xFF])) }
            var b = random.int(0...1) == 0 ? a : (0..<random.int(0...12)).map { _ in UInt8(random.pick([0, 1, 0x61, 0x62, 0xE7, 0xFF])) }
            if !b.isEmpty && random.int(0...2) == 0 { b[random.int(0...b.count - 1)] ^= 0x80 }
            let count = random.int(0...min(a.count, b.count)), i = random.int(0...a.count - count), j = random.int(0...b.count - count)
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    let plain = a.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
                    #expect(x.firstEightBytes == plain, "\(a)")
                    #expect(x.sameBytes(at: i, as: y, at: j, count: count) == a[i..<i + count].elementsEqual(b[j..<j + count]),
                            "\(a)[\(i)...] \(b)[\(j)...] \(count)")
                }
            }
        }
    }
}
