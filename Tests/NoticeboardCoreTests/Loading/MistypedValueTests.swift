import Foundation
import Testing
@testable import NoticeboardCore
@testable import NoticeboardValues
import NoticeboardTestSupport

/// Mistakes staff make typing a record, each told as the fix: a number `{…}` split at its commas, letters and
/// full-width characters in a number, a count with commas, a key written under another spelling.
@Suite struct MistypedValueTests {
    static let september = "content/compounds/hexie/ledger/2026-09.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let expense = "amount: \"2,500.00\""

    /// Unquoted in `{…}`, however many groups and decimals: one IN-003 at the number, saying to quote it.
    @Test(arguments: [("2,500", "2 和 500"), ("2,500.00", "2 和 500.00"), ("2,500.5", "2 和 500.5"), ("12,000", "12 和 000"),
                      ("1,234,567.89", "1、234 和 567.89")])
    func anAmountSplitAtItsCommaIsToldToBeQuoted(written: String, pieces: String) async throws {
        let change = try SiteFixture.edit(Self.september, Self.expense, "amount: \(written)")
        let d = try await findings(change)
        let at = try position(of: written, in: Self.september, after: change)
        expectOne(d, .in003, Self.september, at.line, at.column, containing: "expenses[1].amount 的 \(written) 在 {…} 里被逗号拆成了 \(pieces)",
                  "带逗号的数字请加引号，写作 amount: \"\(written)\"")
        #expect(d.first?.message.en.contains("quote a number with commas, amount: \"\(written)\"") == true, "\(d.first?.message.en ?? "")")
        #expect(d.first.map { !$0.message.zh.contains("未知的键") } == true)
    }

    /// As the last entry of its mapping too, where the rest has no value after it at all.
    @Test func anAmountSplitAtTheEndOfItsMapping() async throws {
        let change = try SiteFixture.edit(Self.october, "amount: 3600, voucher: S-2}", "voucher: S-2, amount: 3,600}")
        let d = try await findings(change)
        let at = try position(of: "3,600", in: Self.october, after: change)
        expectOne(d, .in003, Self.october, at.line, at.column, containing: "写作 amount: \"3,600\"")
    }

    /// A count takes no commas: the fix is the number without them.
    @Test func aCountSplitAtItsCommaIsToldToLoseIt() async throws {
        let change = try SiteFixture.edit(Self.october, "{count: 2, reason: 低保户减免}", "{count: 1,002, reason: 低保户减免}")
        let d = try await findings(change)
        let at = try position(of: "1,002", in: Self.october, after: change)
        expectOne(d, .in003, Self.october, at.line, at.column, containing: "collection.exempt[1].count 的 1,002 在 {…} 里被逗号拆成了 1 和 002：这个数不写逗号，写作 count: 1002")
    }

    /// The same piece twice in one mapping is a duplicate key to YAML, which says so before any value is read.
    @Test func twoSplitNumbersWithTheSameRestAreNamedAsSuch() async throws {
        let change = try SiteFixture.edit(Self.october, "amount: 3600, voucher: S-2}", "amount: 1,600, voucher: S-2, payee: 1,600}")
        let d = try await findings(change)
        #expect(d.count == 1 && d.first?.rule == .in001, "\(d.map(\.message.zh))")
        #expect(d.first?.message.zh.contains("键重复：600。多半是 {…} 里没加引号的带逗号数字") == true, "\(d.first?.message.zh ?? "")")
    }

    /// A misspelt key with a split number: both are said, the number with either fix (and `amount` is not
    /// reported missing besides).
    @Test func aSplitNumberUnderAnUnknownKeyIsSaidToo() async throws {
        let change = try SiteFixture.edit(Self.september, Self.expense, "amuont: 2,500")
        let d = try await findings(change).sortedForPrinting()
        #expect(d.map(\.rule) == [.in002, .in003], "\(d.map(\.message.zh))")
        #expect(d.contains { $0.message.zh.contains("未知的键 expenses[1].amuont，是否应为 amount？") })
        #expect(d.contains { $0.message.zh.contains("写作 amuont: \"2,500\"（或不写逗号：amuont: 2500）") })
        #expect(!d.contains { $0.message.zh.contains("未知的键 expenses[1].500") })
    }

    /// In a block mapping a comma splits nothing: `opening: 1,200` is an amount.
    @Test func aCommaOutsideBracesIsPartOfTheAmount() async throws {
        let change = try SiteFixture.edit(Self.september, [("opening: \"3,000.00\"", "opening: 3,000"), ("closing: \"800.00\"", "closing: 800")])
        #expect(try await findings(change).isEmpty)
    }

    /// Letters that look like digits, and what a Chinese input method types: each named, with the amount as meant.
    @Test(arguments: [("\"2,5OO\"", "字母 O（应为数字 0）", "\"2,500\"", "the letter O where the digit 0 belongs"),
                      ("\"2,5oo.00\"", "字母 o（应为数字 0）", "\"2,500.00\"", "the letter o"),
                      ("\"2,500.0l\"", "字母 l（应为数字 1）", "\"2,500.01\"", "the letter l where the digit 1 belongs"),
                      ("\"2,50I\"", "字母 I（应为数字 1）", "\"2,501\"", "the letter I"),
                      ("2，500", "全角逗号“，”（应为半角逗号“,”）", "\"2,500\"", "the full-width comma"),
                      ("\"2，500\"", "全角逗号“，”", "\"2,500\"", "the full-width comma"),
                      ("２５００", "全角数字“２”（应为 2）、全角数字“５”（应为 5）、全角数字“０”（应为 0）", "2500", "the full-width digit “２” where 2 belongs"),
                      ("2500。50", "句号“。”（应为小数点“.”）", "2500.50", "decimal point")])
    func lookAlikeCharactersInAnAmountAreNamed(written: String, slip: String, meant: String, english: String) async throws {
        let change = try SiteFixture.edit(Self.september, Self.expense, "amount: \(written)")
        let d = try await findings(change)
        let at = try position(of: written, in: Self.september, after: change)
        expectOne(d, .in003, Self.september, at.line, at.column, containing: slip, "请写作 \(meant)")
        #expect(d.first?.message.en.contains(english) == true && d.first?.message.en.contains("write \(meant)") == true, "\(d.first?.message.en ?? "")")
    }

    @Test func aCountWithCommasOrLettersIsToldAsMeant() async throws {
        let commas = try await findings(try SiteFixture.edit(Self.october, "  due: 120", "  due: 1,200"))
        expectOne(commas, .in002, Self.october, 8, 8, containing: "collection.due 的 1,200 是户数、人数这样的整数，不写逗号：请写作 1200")
        let letter = try await findings(try SiteFixture.edit(Self.october, "  due: 120", "  due: 12O"))
        expectOne(letter, .in003, Self.october, 8, 8, containing: "collection.due 的 12O 里有字母 O（应为数字 0）：请写作 120")
    }

    /// A key written under another spelling is one mistake: the unknown key with its "did you mean", not also
    /// the required key missing.
    @Test(arguments: [("opening: \"800.00\"", "Opening: \"800.00\"", "Opening，是否应为 opening？"),
                      ("closing: \"4,400.00\"", "clsoing: \"4,400.00\"", "clsoing，是否应为 closing？"),
                      ("  due: 120", "  Due: 120", "collection.Due，是否应为 due？")])
    func aRenamedRequiredKeyIsOneError(old: String, new: String, message: String) async throws {
        let change = try SiteFixture.edit(Self.october, old, new)
        let d = try await findings(change)
        let at = try position(of: String(new.drop { $0 == " " }), in: Self.october, after: change)
        expectOne(d, .in002, Self.october, at.line, at.column, containing: "未知的键 \(message)")
    }

    /// A key missing with no look-alike in its place is still reported missing.
    @Test func aMissingKeyWithoutALookAlikeIsStillMissing() async throws {
        let d = try await findings(try SiteFixture.edit(Self.october, "opening: \"800.00\"\n", "remark: 无\n"))
        #expect(Set(d.map(\.message.zh)) == ["缺少必填项 opening", "未知的键 remark（此处可用：month, draft, opening, income, expenses, closing, collection, prepared_by, checked_by, posted, corrections）"])
    }
}
