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
