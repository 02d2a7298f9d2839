import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// A spreadsheet's cells are read or reported, never dropped: a cell right of the header's last column,
/// or under a heading left empty, is IN-002 at its line and column; a row of totals is IN-002 with a hint
/// to delete it.
@Suite struct LedgerSheetCellTests {
    static let sheet = "content/compounds/hexie/ledger/2026-10.csv"
    static let header = ["日期", "摘要", "收入", "支出", "凭证号", "收付款方", "审批"]
    static let line = ["2026/10/3", "10-12月卫生费", "3600", "", "S-2", "", ""]

    /// The fixture's October as a spreadsheet of `rows` (cells joined by commas, rows by CRLF).
    static func findings(_ rows: [[String]]) async throws -> [Diagnostic] {
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()))
        defer { fixture.remove() }
        let text = rows.map { $0.joined(separator: ",") + "\r\n" }.joined()
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent(sheet))
        return try await fixture.check().diagnostics
    }

    /// Column (from 1, in characters) where cell `index` of `row` starts.
    static func column(of index: Int, in row: [String]) -> Int {
        row.prefix(index).reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    }

    @Test func theSheetAsWrittenHasNoFindings() async throws {
        #expect(try await Self.findings([Self.header, Self.line]).isEmpty)
        // Empty cells past the header (a trailing comma, as spreadsheets often export) hold nothing to lose.
        #expect(try await Self.findings([Self.header + ["", ""], Self.line + ["", "", " "]]).isEmpty)
    }

    /// Seeded: a note put one to four columns past the header's last, on the line, is found where it stands.
    @Test func aCellPastTheHeaderIsIN002AtItsPlace() async throws {
        var random = SeededRandom(20261203, 6)
        for note in ["备注：现金", "已核对", "0", "x"] {
            var row = Self.line + Array(repeating: "", count: random.int(0...3))
            row.append(note)
            let d = try await Self.findings([Self.header, row])
            expectOne(d, .in002, Self.sheet, 2, Self.column(of: row.count - 1, in: row), containing: note, "表头只有 7 列")
        }
    }

    /// Seeded: a heading left empty, in any column, with a value below it.
    @Test func aCellUnderAnEmptyHeadingIsIN002AtItsPlace() async throws {
        var random = SeededRandom(20261203, 7)
        for _ in 0..<4 {
            let at = random.int(0...Self.header.count)
            var header = Self.header, row = Self.line
            header.insert(random.pick(["", " ", "\u{3000}"]), at: at)
            row.insert("经手人甲", at: at)
            let d = try await Self.findings([header, row])
            expectOne(d, .in002, Self.sheet, 2, Self.column(of: at, in: row), containing: "没有表头", "经手人甲")
        }
    }

    @Test func everyDroppedCellIsReportedNotOnlyTheFirst() async throws {
        let header = Self.header + ["", "分类"]
        let row = Self.line + ["甲", "维修", "乙", "丙"]
        let d = try await Self.findings([header, row]).sortedForPrinting()
        #expect(d.map(\.location.column) == [7, 9, 10].map { Self.column(of: $0, in: row) }, "\(d.map(\.message.zh))")
        #expect(d.allSatisfy { $0.rule == .in002 })
    }

    /// However it is spelt and wherever it stands, a totals row is told to be deleted, not to lack a date.
    @Test(arguments: [(["", "合计", "3600", "", "", "", ""], 1), (["合计", "", "3600", "", "", "", ""], 0), (["", "合 计", "3600", "0", "", "", ""], 1),
                      (["", "本月合计：", "3600", "", "", "", ""], 1), (["", "", "", "", "", "", "小计"], 6), (["", " 总计（元） ", "3600", "", "", "", ""], 1),
                      (["2026/10/31", "本月合计", "3600", "", "", "", ""], 1), (["", "收入合计金额", "3600", "", "", "", ""], 1),
                      (["2026/10/31", "合计", "", "", "", "", ""], 1)] as [([String], Int)])
    func aTotalsRowIsIN002WithAHintToDeleteIt(row: [String], cell: Int) async throws {
        let d = try await Self.findings([Self.header, Self.line, row])
        expectOne(d, .in002, Self.sheet, 3, Self.column(of: cell, in: row), containing: "合计行", "请删除这一行")
    }

    /// Labelled in English, or `共计`: a totals row as well.
    @Test(arguments: [(["Total", "", "3600", "", "", "", ""], 0), (["", "Grand total:", "3600", "", "", "", ""], 1),
                      (["2026/10/31", "Sum", "3600", "", "", "", ""], 1), (["", "共计", "3600", "", "", "", ""], 1)] as [([String], Int)])
    func aTotalsRowInOtherWordsIsIN002WithAHintToDeleteIt(row: [String], cell: Int) async throws {
        let d = try await Self.findings([Self.header, Self.line, row])
        expectOne(d, .in002, Self.sheet, 3, Self.column(of: cell, in: row), containing: "合计行", "请删除这一行")
    }

    /// Sums typed under the columns without a label: amounts and neither a date nor an item.
    @Test(arguments: [["", "", "3600", "", "", "", ""], ["", "", "\"3,600.00\"", "0", "", "", ""], ["", "", "", "120", "Z-9", "", ""]])
    func aRowOfOnlyAmountsLooksLikeATotal(row: [String]) async throws {
        let d = try await Self.findings([Self.header, Self.line, row])
        let first = row.indices.first { $0 >= 2 && !row[$0].isEmpty }!
        expectOne(d, .in002, Self.sheet, 3, Self.column(of: first, in: row), containing: "这一行只有金额", "没有日期和摘要，看起来是合计行", "请删除这一行")
        #expect(d.first?.message.en.contains("it looks like a total") == true)
    }

    /// A line without its date or its item is told which, at the cell to fill in.
    @Test(arguments: [(["", "楼道灯", "", "35", "Z-3", "", ""], 0, "第 3 行没有日期（如 2026/11/3）"),
                      (["2026/10/9", "", "", "35", "Z-3", "", ""], 1, "第 3 行没有摘要（这笔收支是什么）")] as [([String], Int, String)])
    func aLineWithoutItsDateOrItemIsToldWhich(row: [String], cell: Int, message: String) async throws {
        let d = try await Self.findings([Self.header, Self.line, row])
        expectOne(d, .in002, Self.sheet, 3, Self.column(of: cell, in: row), containing: message)
    }

    /// A day past its month's end is said not to exist, with the month's days, as in YAML; not "malformed".
    @Test(arguments: [("2026/11/31", "2026年11月只有 30 天", "2026-11 has 30 days"), ("2026/2/30", "2026年2月只有 28 天", "2026-02 has 28 days"),
                      ("2026/4/31", "2026年4月只有 30 天", "2026-04 has 30 days"), ("2027/2/29", "2027年2月只有 28 天", "2027-02 has 28 days"),
                      ("2026年9月31日", "2026年9月只有 30 天", "2026-09 has 30 days"), ("2026.10.32", "2026年10月只有 31 天", "2026-10 has 31 days")])
    func anImpossibleDateIsSaidNotToExist(written: String, zh: String, en: String) async throws {
        let row = [written, "楼道灯", "", "35", "Z-3", "", ""]
        let d = try await Self.findings([Self.header, Self.line, row])
        expectOne(d, .in003, Self.sheet, 3, 1, containing: "第 3 行的日期 \(written) 不存在：\(zh)")
        #expect(d.first?.message.en.contains(en) == true, "\(d.first?.message.en ?? "")")
    }

    /// An amount with a letter or a full-width character is told as meant.
    @Test(arguments: [("\"1,2OO\"", "1,2OO", "字母 O（应为数字 0）：请写作 1,200"), ("\"1，200\"", "1，200", "全角逗号“，”（应为半角逗号“,”）：请写作 1,200"),
                      ("l20", "l20", "字母 l（应为数字 1）：请写作 120"), ("¥1２0", "¥1２0", "全角数字“２”（应为 2）：请写作 120")])
    func aMisspeltAmountIsToldAsMeant(cell: String, shown: String, message: String) async throws {
        let row = ["2026/10/9", "楼道灯", "", cell, "Z-3", "", ""]
        let d = try await Self.findings([Self.header, Self.line, row])
        expectOne(d, .in003, Self.sheet, 3, Self.column(of: 3, in: row), containing: "支出 的 \(shown) 里有\(message)")
    }

    /// An item that holds the word but is a line of its own, dated, stays a line.
    @Test func aDatedItemThatHoldsTheWordIsALine() async throws {
        let row = ["2026/10/9", "小计算器", "", "35", "Z-3", "文具店", ""]
        let expense = try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "closing: \"4,400.00\"", "closing: \"4,365.00\"")
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()).merging(expense) { _, b in
            b.map { $0.replacingOccurrences(of: "income:\n  - {date: 2026-10-03, item: 10-12月卫生费, amount: 3600, voucher: S-2}\n", with: "")
                .replacingOccurrences(of: "expenses: []\n", with: "") } })
        defer { fixture.remove() }
        try Data(([Self.header, Self.line, row].map { $0.joined(separator: ",") + "\r\n" }.joined()).utf8).write(to: fixture.root.appendingPathComponent(Self.sheet))
        let result = try await fixture.check()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.zh))")
        #expect(result.community?.compound("hexie")?.statements.last?.expenses.map(\.item) == ["小计算器"])
    }
}
