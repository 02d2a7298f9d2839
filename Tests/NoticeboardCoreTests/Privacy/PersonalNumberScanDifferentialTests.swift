import Foundation
import Testing
@testable import NoticeboardFixture
@testable import NoticeboardPrivacy

/// The two prefilters in front of reading a text for personal numbers, each held to reading without it over
/// seeded texts of numbers among character references, percent escapes, invisible characters, Markdown marks, tags
/// and Chinese:
/// - `CandidateSpans`, the byte scan that picks the spans worth reading: with its table of bytes passed over against
///   the same scan sending every byte through its classifier, and the numbers found in its spans against those
///   found reading the whole text (`ReaderText`, `NumberShapes`);
/// - `PageMask.shortest`, the length under which a text is published without a scan, against masking it in full.
///
/// Markup that does not close (`<a href="` and no `>`) is read differently by the scan and by a whole reading, each
/// finding numbers in it; that nothing stays whole in it once masked is `NumberSpellingTests`' to show.
@Suite struct PersonalNumberScanDifferentialTests {
    static let numbers = ["13812345678", "138-1234-5678", "138 1234 5678", "１３８１２３４５６７８", "+86 138 1234 5678", "11010519491231002X",
                          "110105 19491231 002X", "6222021234567894", "6222 0212 3456 7894", "0351-7654321", "2026-10-03", "1,380.00"]
    static let pieces = [
        "1", "3", "8", "0", "5", "9", "X", "x", "１", "３", "Ｘ", "①", "¹", "٣", "𝟏", " ", "-", ".", "/", "\n", "\n\n", "\u{A0}", "\u{3000}", "－",
        "\u{200B}", "\u{AD}", "\u{FEFF}", "**", "_", "`", "~~", "<b>", "</b>", "<span class=\"n\">", "</span>", "<td>", "</td>", "<br>", "<br />",
        "<!-- 13812345678 -->", "&#49;", "&#x31;", "&nbsp;", "&amp;", "&zwnj;", "&bogus;", "%31", "%E2%80%8B", "%EF%BC%91", "%", "&",
        "联系", "，", "。", "电话", "A", "a", "\"", "'", "<a href=\"", "<a href='tel:", "\">", "'>", "<img alt=\"", "\" />", "<", ">",
    ]

    /// A text of random pieces, now and then with whole numbers among them.
    static func text(_ random: inout SeededRandom) -> String {
        (0..<random.int(0...40)).map { _ in random.int(0...7) == 0 ? random.pick(numbers) : random.pick(pieces) }.joined()
    }

    static func texts(_ seed: Int, count: Int) -> [String] {
        var random = SeededRandom(20261205, seed)
        return (0..<count).map { _ in text(&random) }
    }

    /// The table that lets the scan pass over markup and Chinese changes nothing: the spans are those of the scan
    /// that sends every byte through its classifier.
    @Test func spansAreThoseOfTheScanPassingNothingOver() {
        let none = [UInt8](repeating: 0, count: 256)
        for text in Self.texts(21, count: 4_000) {
            var copy = text
            copy.withUTF8 { bytes in
                none.withUnsafeBufferPointer { none in
                    for markup in [true, false] {
                        let fast = CandidateSpans.find(in: bytes, markup: markup), plain = CandidateSpans.find(in: bytes, markup: markup, skipping: none)
                        #expect(fast == plain, "\(text.debugDescription), markup: \(markup)")
                    }
                }
            }
        }
    }

    /// A number as the test compares them: its kind and digits, the bytes it was written in and the bytes masked.
    struct Number: Hashable, CustomStringConvertible {
        let kind: PersonalNumber.Kind, digits: String, written: Range<Int>, hidden: [Range<Int>]
        var description: String { "\(kind) \(digits) at \(written)" }
    }

    /// Reading the whole text, no byte scan first: where each number is, in bytes.
    static func plainNumbers(_ text: String) -> [Number] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        for scalar in scalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
        let reading = ReaderText(scalars, markup: true)
        func bytes(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<offsets[range.upperBound] }
        return NumberShapes.matches(in: reading.scalars).map { match in
            let first = reading.sources[match.range.lowerBound].lowerBound, last = reading.sources[match.range.upperBound - 1].upperBound
            return Number(kind: match.kind, digits: match.digits, written: bytes(first..<last), hidden: match.hidden.map { bytes(reading.sources[$0]) })
        }
    }

    static func scannedNumbers(_ text: String) -> [Number] {
        var copy = text
        return copy.withUTF8 { bytes in
            NumberScanner.scan(bytes).map { Number(kind: $0.match.kind, digits: $0.match.digits, written: $0.written, hidden: $0.hidden) }
        }
    }

    /// Pieces of text without markup; and whole tags and comments, some with numbers in them.
    static let textPieces = pieces.filter { !$0.contains("<") && !$0.contains(">") }
    static let tags = ["<b>", "</b>", "<span class=\"n\">", "</span>", "<td>", "</td>", "<br>", "<br />", "<!-- 13812345678 -->",
                       "<a href=\"tel:13812345678\">", "</a>", "<img alt=\"138 1234 5678\" />", "<strong>", "</strong>", "<p>", "</p>", ">"]

    static func text(_ random: inout SeededRandom, from pieces: [String]) -> String {
        (0..<random.int(0...40)).map { _ in random.int(0...7) == 0 ? random.pick(numbers) : random.pick(pieces) }.joined()
    }

    /// In text without markup, the scan finds what reading the whole text finds: the same numbers, written in the
    /// same bytes, with the same digits to hide. (What touches a number decides whether it is one: `A**13812345678`
    /// is none, `138-1234-5678Ｘ\u{FEFF}a` is one, so a span takes in what stands past invisible characters.)
    @Test func inTextTheScanFindsWhatReadingTheWholeTextFinds() {
        var random = SeededRandom(20261205, 22)
        var found = 0
        for _ in 0..<3_000 {
            let text = Self.text(&random, from: Self.textPieces)
            let plain = Self.plainNumbers(text), scanned = Self.scannedNumbers(text)
            found += plain.count
            #expect(scanned == plain, "\(text.debugDescription)")
        }
        #expect(found > 1_000, "only \(found) numbers in the texts")
        #expect(Self.scannedNumbers("A**13812345678").isEmpty && Self.scannedNumbers("138-1234-5678Ｘ\u{FEFF}a").count == 1)
    }

    /// In markup, the scan finds every number a reader sees (what reading the whole text finds), and beyond them
    /// only numbers inside tags, in attribute values and comments, which a page publishes though no reader sees them.
    @Test func inMarkupTheScanFindsWhatAReaderSeesAndWhatTagsHold() {
        var random = SeededRandom(20261205, 25)
        var found = 0, inTags = 0
        for _ in 0..<3_000 {
            let text = Self.text(&random, from: Self.textPieces + Self.tags + Self.tags)
            let plain = Self.plainNumbers(text), scanned = Self.scannedNumbers(text)
            found += plain.count
            for number in plain where !scanned.contains(number) {
                Issue.record("\(text.debugDescription): the scan misses \(number); it found \(scanned)")
            }
            var tags: [Range<Int>] = [], open: Int?
            for (offset, byte) in text.utf8.enumerated() {
                if byte == UInt8(ascii: "<") { open = offset }
                if byte == UInt8(ascii: ">"), let start = open { tags.append(start..<offset + 1); open = nil }
            }
            for number in scanned where !plain.contains(number) {
                inTags += 1
                #expect(tags.contains { $0.contains(number.written.lowerBound) && $0.upperBound >= number.written.upperBound },
                        "\(text.debugDescription): \(number) is found by the scan alone, outside the tags")
            }
        }
        #expect(found > 500 && inTags > 500, "\(found) numbers a reader sees, \(inTags) in tags")
    }

    /// Under `PageMask.shortest` bytes nothing is masked, as masking in full finds; at and over it the two are one.
    @Test func shortTextsAreMaskedAsMaskingInFullMasksThem() {
        var random = SeededRandom(20261205, 23)
        let short = ["1", "3", "8", "0", "9", " ", "-", "X", "１", "&#49;", "%31", "\u{200B}", "<b>", "电"]
        var texts = Self.texts(24, count: 2_000)
        for _ in 0..<8_000 {
            var text = ""
            while text.utf8.count < PageMask.shortest - 2 + random.int(0...3) { text += random.pick(short) }
            texts.append(text)
        }
        texts += ["13812345678", "1381234567", "１３８１２３", "&#49;3812345678"]
        for text in texts {
            var copy = text
            let plain = copy.withUTF8 { PageMask.masked($0, except: []) }.map { String(decoding: $0, as: UTF8.self) } ?? text
            #expect(PageMask.masked(text, except: []) == plain, "\(text.debugDescription)")
        }
    }
}
