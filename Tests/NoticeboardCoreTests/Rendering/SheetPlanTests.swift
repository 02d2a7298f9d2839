import Foundation
import Testing
@testable import NoticeboardRendering

/// How a month's lines go onto sheet pages (`StatementSheetPlan`); `SheetTests` prints them in Chromium.
@Suite struct SheetPlanTests {
    static let frame = StatementSheetPlan.Frame(
        titleParts: ["和谐小区", "2026年10月", "收支明细公示"],
        checkText: ["核对：上月结余 + 本月收入 − 本月支出 = 本月结余，账目相符。本月应缴 120 户，其中免缴 2 户（低保户减免 2 户），已缴 118 户，收缴率 = 已缴 ÷（应缴 − 免缴）= 118 ÷ 118 = 100.0%。"],
        capitals: ["叁仟陆佰元整", "叁佰陆拾元整", "肆仟肆佰元整"], qrSide: QRCode.printedSide(forText: "https://example.org/board/hexie/ledger/2026-10/?v=AAAABBBB"),
        address: "example.org/board/hexie/ledger/2026-10/")

    static func lines(_ count: Int, item: String = "维修材料（五金店）") -> [StatementSheetPlan.Line] {
        (0..<count).map { .init(income: $0 == 0, item: item, voucher: "Z-10-\($0)", citesApproval: false) }
    }

    /// Every line once, in order; a month on more than one page keeps at least three lines with its totals;
    /// a longer month never needs fewer pages than a shorter one.
    @Test func everyLineOnceInOrderAndTheTotalsNeverAlone() {
        var pagesBefore = 1
        for count in 0...120 {
            let plan = StatementSheetPlan(lines: Self.lines(count), frame: Self.frame)
            #expect(plan.pages.flatMap { Array($0.lines) } == Array(0..<count), "\(count) lines")
            if plan.pages.count > 1 {
                #expect(plan.pages.last!.lines.count >= StatementSheetPlan.linesWithTotals, "\(count) lines: \(plan.pages)")
            }
            #expect(plan.pages.count >= pagesBefore, "\(count) lines")
            pagesBefore = plan.pages.count
        }
    }

    /// The largest type that needs the fewest pages: a short month at 16 pt, longer ones at 14 pt and then
    /// 12 pt on one page; a month that needs two pages whatever the size prints at the largest that fills
    /// them (the first page full, at least three lines with the totals).
    @Test func theLargestTypeThatNeedsTheFewestPages() {
        #expect(StatementSheetPlan(lines: Self.lines(6), frame: Self.frame).scale == .large)
        #expect(StatementSheetPlan(lines: Self.lines(10), frame: Self.frame).scale == .medium)
        #expect(StatementSheetPlan(lines: Self.lines(14), frame: Self.frame).scale == .regular)
        for count in [1, 10, 14, 16, 25, 37, 45, 60, 90, 150] {
            let lines = Self.lines(count), plan = StatementSheetPlan(lines: lines, frame: Self.frame)
            let byScale = StatementSheetPlan.Scale.all.map { StatementSheetPlan.paginate(lines, Self.frame, at: $0).count }
            let fewest = byScale.min()!
            #expect(plan.pages.count == fewest && plan.scale == StatementSheetPlan.Scale.all[byScale.firstIndex(of: fewest)!], "\(count): \(byScale)")
        }
        let long = StatementSheetPlan(lines: Self.lines(37), frame: Self.frame)
        #expect(long.pages.count == 2 && long.pages[0].lines.count >= 24, "\(long.scale.name) \(long.pages)")
        let sixty = StatementSheetPlan(lines: Self.lines(60), frame: Self.frame)
        #expect(sixty.pages.count == 3 && sixty.pages.dropLast().allSatisfy { $0.lines.count >= 24 }, "\(sixty.scale.name) \(sixty.pages)")
        #expect(StatementSheetPlan.linesPerFullPage >= 30)
    }

    /// Lines whose 摘要 wraps take the room of two; a page holds fewer of them.
    @Test func wrappedLinesTakeMoreRoom() {
        let long = String(repeating: "长", count: 30)
        let plan = StatementSheetPlan(lines: Self.lines(37, item: long), frame: Self.frame)
        #expect(plan.scale == .regular && plan.pages.count == 3 && plan.pages[0].lines.count < 20, "\(plan.pages)")
    }

    /// Widths in ems as the sheet's faces set them, a little generously: Chinese one em, digits 0.55.
    @Test func textWidths() {
        #expect(SheetGeometry.ems("保洁员工资") == 5)
        #expect(abs(SheetGeometry.ems("Z-2026-10-01") - (0.75 + 3 * 0.35 + 8 * 0.55)) < 1e-9)
        #expect(SheetGeometry.lines(String(repeating: "字", count: 17), width: 78, points: 12) == 1)
        #expect(SheetGeometry.lines(String(repeating: "字", count: 19), width: 78, points: 12) == 2)
    }
}

