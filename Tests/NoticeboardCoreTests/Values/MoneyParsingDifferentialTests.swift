import Foundation
import Testing
@testable import NoticeboardFixture
@testable import NoticeboardValues

/// `Money(parsing:)` reads amounts from their bytes; here it is held to a plain reading over seeded inputs:
/// Foundation's trimming (of the blanks `trimmingBlanks` trims), a split on `.` and `,`, and `Decimal` for the value. Amounts well formed and not,
/// grouped right and wrong, negative, of every length up to past what an `Int64` of fen holds, with blanks of
/// every kind around them, full-width digits and separators, and combining marks on digits and on blanks.
@Suite struct MoneyParsingDifferentialTests {
    /// The reading the byte parser must agree with, made the plain way (and the way the program read amounts
    /// before its byte parser): nil for anything but `-`? digits (grouped by threes with `,` or not) then
    /// optionally `.` and one or two digits, 15 digits of yuan at most.
    static func plainFen(_ text: String) -> Int64? {
        var body = Substring(text.trimmingCharacters(in: TextBytesDifferentialTests.blanks))
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        let fraction = parts.count == 2 ? parts[1] : "0"
        func asciiDigits(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && ("0"..."9").contains($0) } }
        guard asciiDigits(digits), digits.unicodeScalars.count <= 15, asciiDigits(fraction), fraction.unicodeScalars.count <= 2,
              let value = Decimal(string: digits + "." + fraction, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let fen = NSDecimalNumber(decimal: value * 100).int64Value
        return negative ? -fen : fen
    }

    static let digits = Array("0123456789")
    /// Every blank Foundation's `.whitespaces` holds (Unicode's Zs and the tab), and characters that look or act
    /// like blanks but are not: line breaks, zero-width ones, the byte-order mark.
    static let blanks = ["\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}",
                         "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}"]
    static let lookAlikes = ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{FEFF}", "\u{180E}", "\u{0B}", "\u{0C}"]
    /// What can stand among the digits of an amount as typed: separators of both widths, full-width digits,
    /// signs, letters, a combining mark, a currency sign.
    static let strays = [",", ".", "-", "，", "．", "－", "１", "２", "０", "+", "e", "E", "x", "¥", "元", "\u{301}", "\u{20E3}", "'", "_", "/"]

    /// An amount written about right: a sign now and then, 1 to 20 digits grouped well or badly or not at all,
    /// 0 to 3 decimals, blanks around it, and now and then a stray character or a combining mark in it.
    static func amount(_ random: inout SeededRandom) -> String {
        var text = ""
        if random.int(0...4) == 0 { text += random.pick(["-", "-", "+", "－", "--"]) }
        let count = random.int(0...9) == 0 ? random.int(14...20) : random.int(1...8)
        let whole = String((0..<count).map { _ in random.pick(digits) })
        switch random.int(0...3) {
        case 0:
            // Grouped as separators are.
            var grouped = "", index = 0
            for digit in whole {
                if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
                index += 1
            }
            text += grouped
        case 1:
            // Commas anywhere.
            var spoilt = whole
            for _ in 0..<random.int(1...2) { spoilt.insert(",", at: spoilt.index(spoilt.startIndex, offsetBy: random.int(0...spoilt.count))) }
            text += spoilt
        default:
            text += whole
        }
        switch random.int(0...5) {
        case 0: text += "."
        case 1, 2: text += "." + String((0..<random.int(1...2)).map { _ in random.pick(digits) })
        case 3: text += "." + String((0..<random.int(3...4)).map { _ in random.pick(digits) })
        default: break
        }
        if random.int(0...5) == 0 {
            var scalars = Array(text.unicodeScalars)
            for scalar in random.pick(strays + lookAlikes + blanks).unicodeScalars {
                scalars.insert(scalar, at: random.int(0...scalars.count))
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        let around = blanks + blanks + lookAlikes + ["\u{301}"]
        for _ in 0..<(random.int(0...2) == 0 ? random.int(1...3) : 0) { text = random.pick(around) + text }
        for _ in 0..<(random.int(0...2) == 0 ? random.int(1...3) : 0) { text += random.pick(around) }
        return text
    }

    /// Any short text made of the pieces amounts are made of.
    static func scramble(_ random: inout SeededRandom) -> String {
        let pieces = digits.map(String.init) + [",", ",", ".", ".", "-"] + blanks + lookAlikes + strays
        return (0..<random.int(0...12)).map { _ in random.pick(pieces) }.joined()
    }

    @Test(arguments: [
        "3780", "3780.5", "3,780.50", "1,200.50", "-12.00", "-0", "0.05", "\u{3000}1,200.50 ", "\t300\t", "\u{A0}5\u{202F}",
        "999999999999999.99", "999,999,999,999,999.99", "-999999999999999.99", "1000000000000000", "99999999999999999999",
        "9223372036854775807", "92233720368547758.07", "00000000000000000000000001", "１２００", "1，200", "1,2\u{301}00",
        "12\u{301}", " \u{301}12", "12 \u{301}", "\u{301}12", "1\u{20E3}", "", " ", "-", "-.5", ".5", "1.", "1..0", "1,", ",1", "1,,000",
        "1,0000", "1000,000", "12,345,67", "+12", "--12", "- 12", "1 200", "1e3", "0x10", "12\n", "\n12", "\u{2028}12", "\u{200B}12",
    ])
    func edgeCasesReadAsThePlainReadingDoes(text: String) {
        #expect(Money(parsing: text)?.fen == Self.plainFen(text), "\(text.debugDescription)")
    }

    @Test func seededAmountsReadAsThePlainReadingDoes() {
        var random = SeededRandom(20261205, 1)
        var read = 0
        for _ in 0..<10_000 {
            let text = random.int(0...3) == 0 ? Self.scramble(&random) : Self.amount(&random)
            let fen = Money(parsing: text)?.fen, plain = Self.plainFen(text)
            if fen != nil { read += 1 }
            #expect(fen == plain, "\(text.debugDescription): \(String(describing: fen)), the plain reading \(String(describing: plain))")
        }
        // The inputs are not all refused: the comparison is about amounts read as well as about amounts refused.
        #expect(read > 2_000, "only \(read) amounts read")
    }

    /// Every amount the board can print reads back as itself, up to the largest fen a 15-digit amount holds.
    @Test func printedAmountsReadBack() {
        var random = SeededRandom(20261205, 2)
        let largest: Int64 = 99_999_999_999_999_999
        for _ in 0..<5_000 {
            let fen = Int64.random(in: -largest...largest, using: &random) >> random.int(0...56)
            let money = Money(fen: fen)
            #expect(Money(parsing: money.description) == money, "\(money)")
            #expect(Money(parsing: money.description.replacingOccurrences(of: ",", with: "")) == money, "\(money)")
        }
    }
}
