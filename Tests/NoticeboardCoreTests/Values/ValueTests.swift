import MustacheEngine
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardSupport
@testable import NoticeboardValues
@testable import NoticeboardCore

@Suite struct ValueTests {
    @Test(arguments: [("3780", 378_000), ("3780.5", 378_050), ("3,780.50", 378_050), ("0.05", 5), ("1,234,567.89", 123_456_789), ("-12.00", -1200),
                      ("\u{3000}1,200.50 ", 120_050), ("\t300\t", 30_000)])
    func moneyParsesWhatStaffWrite(text: String, fen: Int64) {
        #expect(Money(parsing: text)?.fen == fen)
    }

    @Test(arguments: ["3780.125", "3,78.00", "12,", "abc", "", ".5", "1.", "1e3", "¥100", "3780.5.1", "300\n", "3 00",
                      "99999999999999999999999", "1234567890123456", "-99999999999999999999.99"])
    func moneyRejectsAnythingElse(text: String) {
        #expect(Money(parsing: text) == nil)
    }

    /// Blanks are what Foundation's `.whitespaces` holds (full-width spaces too); line breaks only when asked.
    @Test func blanksAreTrimmedAsFoundationDid() {
        #expect("\u{3000} --- \t".trimmingBlanks() == "---")
        #expect(" 正文\n".trimmingBlanks() == "正文\n")
        #expect("\n\n 正文\r\n\u{2028}".trimmingBlanks(lineBreaks: true) == "正文")
        #expect(" \u{3000}\t".trimmingBlanks().isEmpty)
    }

    /// The templates' escaper gives what swift-mustache's gives: the five characters, nothing else.
    @Test func htmlEscapingTouchesOnlyTheFiveCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x">甲&乙's</a>"#) == "&lt;a href=&quot;x&quot;&gt;甲&amp;乙&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escape("馨园小区 2026年10月收支明细 ¥1,200.00") == "馨园小区 2026年10月收支明细 ¥1,200.00")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func moneyPrintsWithSeparatorsAndTwoDecimals() {
        #expect(Money(fen: 2_043_670).description == "20,436.70")
        #expect(Money(fen: 5).description == "0.05")
        #expect(Money(fen: -100_000).withYuanSign == "-¥1,000.00")
    }

    @Test func moneyAddsExactly() {
        // 0.1 + 0.2 is 0.3 to the fen, as it never is in binary floating point.
        #expect(Money(parsing: "0.1")! + Money(parsing: "0.2")! == Money(parsing: "0.3")!)
    }

    @Test func calendarValues() {
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "2026-02-29") == nil)
        #expect(Day(parsing: "2026-1-05") == nil)
        #expect(Month(parsing: "2026-12")?.next.description == "2027-01")
        #expect(Month(parsing: "2026-01")?.previous.description == "2025-12")
        #expect(Month(parsing: "2026-11")?.quarter.description == "2026-Q4")
        #expect(Quarter(parsing: "2026-Q5") == nil)
        #expect(Day(parsing: "2026-11-03")?.chinese == "2026年11月3日")
    }

    @Test func percentRoundsHalfUp() {
        #expect(Formatting.percent(5, of: 7) == "71.4%")
        #expect(Formatting.percent(3, of: 5) == "60.0%")
        #expect(Formatting.percent(1, of: 8) == "12.5%")
        #expect(Formatting.percent(1, of: 0) == "—")
    }

    @Test func suggestionsFindCloseKeys() {
        #expect(Suggestion.closest(to: "bulidings", among: ["buildings", "households"]) == "buildings")
        #expect(Suggestion.closest(to: "plaec", among: ["place", "sign"]) == "place")
        #expect(Suggestion.closest(to: "zzz", among: ["buildings"]) == nil)
    }
}

@Suite struct CapitalAmountTests {
    @Test(arguments: [
        ("12,000.00", "壹万贰仟元整"), ("20,436.70", "贰万零肆佰叁拾陆元柒角整"), ("1,000.05", "壹仟元零伍分"),
        ("1,005.00", "壹仟零伍元整"), ("10,000.00", "壹万元整"), ("100,050.00", "壹拾万零伍拾元整"),
        ("1,000,000.00", "壹佰万元整"), ("0.05", "伍分"), ("0.50", "伍角整"), ("0", "零元整"), ("10.50", "壹拾元伍角整"),
        ("16,348.55", "壹万陆仟叁佰肆拾捌元伍角伍分"), ("101,000.00", "壹拾万壹仟元整"), ("100,000,001.00", "壹亿零壹元整"),
        ("-36.00", "负叁拾陆元整"), ("2,000.00", "贰仟元整"), ("3,780.50", "叁仟柒佰捌拾元伍角整"),
    ])
    func capitalNumerals(amount: String, capital: String) throws {
        #expect(try #require(Money(parsing: amount)).chineseCapital == capital)
    }

    /// Names in the order people say them: numbers as numbers, the rest by pinyin (ICU through Foundation).
    @Test func namesSortAsPeopleSayThem() {
        let names = ["永康北路32号院", "印刷厂宿舍", "永康北路8号院", "小店区一中宿舍", "永康北路15号院", "北营11号", "北营9号"]
        #expect(names.sorted(by: NameOrder.ascending)
                == ["北营9号", "北营11号", "小店区一中宿舍", "印刷厂宿舍", "永康北路8号院", "永康北路15号院", "永康北路32号院"])
    }
}
