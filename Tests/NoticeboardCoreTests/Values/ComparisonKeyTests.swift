import Testing
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture

/// One key for every spelling a reader cannot tell apart; different texts keep different keys.
@Suite struct ComparisonKeyTests {
    static let texts = ["V001", "Z-2026-10-01", "五金店", "戊委员", "某某水暖维修部", "1号楼1单元", "Li Ming", "ABC维修部"]

    @Test(arguments: texts)
    func everySpellingHasTheTextsKey(text: String) {
        let key = ComparisonKey(text)
        for spelt in LookAlike.spellings(of: text) + LookAlike.random(text, count: 200, seed: text.unicodeScalars.count) {
            #expect(ComparisonKey(spelt) == key, "\(spelt.unicodeScalars.map { String($0.value, radix: 16) }) is not \(text)")
        }
    }

    @Test func examplesOfEachPart() {
        #expect(ComparisonKey("Ｖ００１").text == "v001", "NFKC, then lower case")
        #expect(ComparisonKey("Ⅱ-3").text == "ii-3")
        #expect(ComparisonKey("V\u{200B}0\u{00AD}0\u{2060}1\u{FEFF}").text == "v001", "format characters out")
        #expect(ComparisonKey("张\u{FE00}三").text == "张三", "a variation selector is default-ignorable")
        #expect(ComparisonKey(" Li \t\u{3000}Ming\u{00A0}").text == "li ming", "white space collapsed and trimmed")
        #expect(ComparisonKey("张\u{3000}三").text == "张三", "no space between two Chinese characters")
        #expect(ComparisonKey("张\t三").text == "张三")
        #expect(ComparisonKey(" Z-2026\t-01 ").text == "z-2026 -01", "ASCII alone: lowered and collapsed")
        #expect(ComparisonKey("维修部 A组").text == "维修部 a组", "but one beside a letter")
        #expect(ComparisonKey("e\u{0301}").text == ComparisonKey("é").text, "composed")
    }

    @Test func differentTextsKeepDifferentKeys() {
        let keys = Set(Self.texts.map(ComparisonKey.init))
        #expect(keys.count == Self.texts.count)
        #expect(ComparisonKey("V001") != ComparisonKey("V01"))
        #expect(ComparisonKey("李明") != ComparisonKey("李 明 二"))
        #expect(ComparisonKey("\u{200B}").text.isEmpty)
    }

    /// The shortcut for text that needs no work returns what the full path would, on seeded random text
    /// drawn from ASCII, Chinese, full-width forms, spaces, invisible and combining characters.
    @Test func theShortcutAgreesWithTheFullPath() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", "-", " ", "\t", "五", "金", "店", "号", "Ｖ", "１", "\u{3000}", "\u{00A0}", "\u{200B}",
                                          "\u{202E}", "\u{00AD}", "\u{0301}", "é", "ß", "Ⅱ", "（", "·", "\u{1100}", "\u{1161}", "가", "\u{0BC6}", "\u{0BBE}", "ℌ", "İ"]
        var random = SeededRandom(20261203)
        for _ in 0..<20000 {
            let text = String(String.UnicodeScalarView((0..<random.int(0...8)).map { _ in random.pick(alphabet) }))
            let key = ComparisonKey(text)
            // Byte for byte: rules search one key's bytes in another's.
            #expect(Array(key.text.utf8) == Array(ComparisonKey.canonical(text).utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(ComparisonKey(key.text).text.utf8) == Array(key.text.utf8), "a key is its own key")
        }
    }

    /// Text that is already a key is returned as it is, without a copy.
    @Test func plainTextIsItsOwnKey() {
        for text in ["v001", "z-2026-10-01", "五金店", "li ming", "某某水暖维修部"] {
            #expect(ComparisonKey(text).text == text)
        }
    }
}
