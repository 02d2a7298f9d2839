import Testing
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture

/// The byte scan of `InvisibleCharacters` against a plain reading of the text scalar by scalar, on seeded
/// random texts of Chinese, ASCII, emoji, look-alike punctuation that shares the lead bytes (“ ” — … ，),
/// line breaks (LF, CRLF, CR) and the invisible characters themselves.
@Suite struct InvisibleCharacterScanTests {
    static let pieces: [String] = ["和", "谐", "小区", "a", "Z-1", "3", "１", " ", "\u{3000}", "“", "”", "—", "…", "，", "·", "\u{00A0}", "©",
                                   "👨", "👩", "🏃", "♂", "\u{FE0F}", "🏽", "€", "\u{2061}", "\u{FEFE}", "\n", "\r\n", "\r"]
        + InvisibleCharacterTests.characters.map { String($0.scalar) }

    @Test func theByteScanFindsWhatAScalarReadingFinds() {
        var random = SeededRandom(20261203)
        for _ in 0..<1500 {
            let text = (0..<random.int(0...40)).map { _ in random.pick(Self.pieces) }.joined()
            #expect(InvisibleCharacters.find(in: text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The first reported character of each line, by scalars.
    static func reference(_ text: String) -> [InvisibleCharacters.Found] {
        let scalars = Array(text.unicodeScalars)
        let reported = Set(InvisibleCharacterTests.characters.map(\.scalar.value))
        func emoji(_ index: Int) -> Bool {
            scalars.indices.contains(index) && scalars[index].value > 0x7F && (scalars[index].properties.isEmoji || scalars[index] == "\u{FE0F}")
        }
        var found: [InvisibleCharacters.Found] = []
        var line = 1, column = 1, first: (Unicode.Scalar, Int)?, count = 0
        func endLine() {
            if let first { found.append(.init(scalar: first.0, line: line, column: first.1, onLine: count)) }
            first = nil
            count = 0
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n") {
                endLine()
                line += 1
                column = 1
                continue
            }
            let joinsEmoji = scalar == "\u{200D}" && emoji(index - 1) && emoji(index + 1)
            if reported.contains(scalar.value) && !joinsEmoji && !(index == 0 && scalar == "\u{FEFF}") {
                if first == nil { first = (scalar, column) }
                count += 1
            }
            column += 1
        }
        endLine()
        return found
    }
}
