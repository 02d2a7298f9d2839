import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// A compound's year (`<slug>/ledger/<YYYY>/`) and the community's overview (`overview/`).
@Suite struct YearAndOverviewTests {
    static func amounts(_ pattern: Regex<(Substring, Substring)>, in html: String) -> [Money] {
        html.matches(of: pattern).compactMap { Money(parsing: String($0.1)) }
    }

    /// The year's totals are the sum of its months to the fen, read back from the page as residents see it.
    @Test func yearTotalsAreTheSumOfTheMonths() async throws {
        let (fixture, out) = try await SiteFixture.built(try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", [
            ("expenses: []", "expenses:\n  - {date: 2026-10-12, item: 灯泡, amount: \"12.34\", voucher: Z-9, payee: 五金店, category: 维修}"),
            ("closing: \"4,400.00\"", "closing: \"4,387.66\""),
        ]))
        defer { fixture.remove() }
        let html = try SiteFixture.read(out, "hexie/ledger/2026/index.html")
        let income = Self.amounts(/<td data-label="收入" class="num">¥([\d,.]+)<\/td>/, in: html)
        let expenses = Self.amounts(/<td data-label="支出" class="num">¥([\d,.]+)<\/td>/, in: html)
        #expect(income.count == 2 && expenses.count == 2)
        // Two months posted are not a year: the page says what it covers, and 期初/期末 instead of 年初/年末.
        #expect(html.contains("2026年9月—10月（已公示2个月）") && !html.contains("年初") && !html.contains("年末") && !html.contains("全年"))
        #expect(html.contains("<div><dt>收入</dt><dd>\(income.sum().withYuanSign)</dd></div>"), "\(income)")
        #expect(html.contains("<div><dt>支出</dt><dd>¥2,512.34</dd></div>") && expenses.sum() == Money(parsing: "2,512.34"))
        #expect(html.contains("<div><dt>期初结余</dt><dd>¥3,000.00</dd></div>") && html.contains("<div class=\"closing\"><dt>期末结余</dt><dd>¥4,387.66</dd></div>"))
        #expect(html.contains("✓ 期初结余 + 收入 − 支出 = 期末结余"))
        let yearSheet = try SiteFixture.read(out, "hexie/ledger/2026/print.html")
        #expect(yearSheet.contains("2026年9月—10月（已公示2个月），数据截至2026年10月31日") && yearSheet.contains("期末结余") && !yearSheet.contains("全年"))
        #expect(yearSheet.contains("<span class=\"sign-name\">戊委员</span>") && yearSheet.contains("<span class=\"sign-name\">辛监督</span>"), "signed as the month sheets are")
        // Where the money went: the categorised line and the rest as 未分类, largest first, with shares.
        #expect(html.contains(#"<span class="category-name">未分类</span><span class="category-bar"><span style="width: 100%"></span></span><span class="category-amount">¥2,500.00（99.5%）</span>"#))
        #expect(html.contains(#"<span class="category-name">维修</span>"#) && html.contains("¥12.34（0.5%）"))
        // The decision and its result: the approval with its budget, what was spent, and the line that cites it.
        #expect(html.contains("预算 ¥3,000.00，实际支出 ¥2,500.00") && html.contains("✓ 未超预算"))
        #expect(html.contains(#"<a href="../../../hexie/ledger/2026-09/index.html">2026年9月8日 下水管更换 ¥2,500.00</a>"#))
        let sheet = try SiteFixture.read(out, "hexie/ledger/2026/print.html")
        #expect(sheet.contains("<td>\(Money(parsing: "3,900.00")!.chineseCapital)</td>"), "totals in capital numerals on the sheet")
    }

    /// Each bar's height is in proportion to its amount, read back from the SVG against the table.
    @Test func chartBarsAreInProportionToTheAmounts() throws {
        let chart = YearChart(months: [
            .init(number: 1, income: Money(fen: 360_000), expenses: Money(fen: 90_000), closing: Money(fen: 500_000)),
            .init(number: 2, income: Money(fen: 30_000), expenses: Money(fen: 250_000), closing: Money(fen: 280_000)),
        ])
        let svg = chart.drawing
        #expect(svg.utf8.count < 6_000)
        let bars = svg.matches(of: /<rect class="(income|expenses)" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"\/>/)
            .map { (String($0.1), Double(String($0.2))!) }
        #expect(bars.count == 4)
        let amounts = [360_000.0, 90_000, 30_000, 250_000]
        let scale = Double(chart.scaleTop.fen) / Double(YearChart.baseline - YearChart.top)
        for (bar, amount) in zip(bars, amounts) {
            #expect(abs(bar.1 * scale - amount) <= scale * 0.1, "\(bar) for \(amount)")
        }
        #expect(chart.scaleTop == Money(fen: 500_000), "the scale tops at the largest amount rounded to 1, 2 or 5")
        #expect(svg.contains(#"<polyline class="balance""#))
        // The scale's lines are labelled with their amounts; the months are named.
        #expect(svg.matches(of: /<text class="axis"[^>]*>([\d,]+)<\/text>/).map { String($0.1) } == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"])
        #expect(svg.matches(of: /<text x="[\d.]+" y="[\d.]+">(\d+)月<\/text>/).map { String($0.1) } == ["1", "2"])
        // Amounts no statement can hold still draw, within the frame.
        let huge = YearChart(months: [.init(number: 1, income: Money(fen: .max), expenses: Money(fen: 1), closing: Money(fen: -5))])
        #expect(huge.tenths(Money(fen: .max)) == Int64(YearChart.baseline - YearChart.top) * 10 && huge.tenths(Money(fen: -5)) == 0)
    }

    /// A year posted from August to October draws those three months across the chart's width, with no
    /// empty slots for the months before; a month without a statement between them keeps its slot, empty.
    @Test func chartDrawsThePostedMonthsOnly() throws {
        func months(_ numbers: [Int]) -> YearChart {
            YearChart(months: numbers.map { .init(number: $0, income: Money(fen: 100_000), expenses: Money(fen: 50_000), closing: Money(fen: 2_000_000)) })
        }
        let svg = months([8, 9, 10]).drawing
        #expect(svg.matches(of: /<text x="[\d.]+" y="[\d.]+">(\d+)月<\/text>/).map { String($0.1) } == ["8", "9", "10"])
        let bars = svg.matches(of: /<rect class="(?:income|expenses)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/).map { (Double(String($0.1))!, Double(String($0.2))!) }
        #expect(bars.count == 6 && bars.last!.0 + bars.last!.1 > Double(YearChart.width) * 0.85, "the last month's bars stand at the right: \(bars)")
        #expect(svg.contains(">20,000</text>") && svg.contains(">0</text>"), "the closing balance sets the scale: 0 to 20,000")
        let gap = months([8, 10]).drawing
        #expect(gap.matches(of: /<rect class="income"/).count == 2 && gap.contains(">8月<") && gap.contains(">10月<") && !gap.contains(">9月<"))
        #expect(months([]).drawing.isEmpty)
    }

    /// The overview tells each month by symbol and word: a month posted late, one missing, one still a draft.
    @Test func overviewMarksLateMissingAndDraftMonths() async throws {
        let draft = """
            month: 2026-11
            draft: true
            opening: "4,400.00"
            income: []
            expenses: []
            closing: "4,400.00"

            """
        // December's service list is up, December's statement is not: the month is missing.
        let services = "---\nmonth: 2026-12\nitems:\n  - {name: 楼道清扫, status: planned}\nfeedback: {phone: 0351-1234567}\n---\n"
        let (fixture, out) = try await SiteFixture.built(try edits(
            try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "posted: 2026-11-05", "posted: 2026-11-20"),
            ["content/compounds/hexie/ledger/2026-11.yaml": draft, "content/compounds/hexie/services/2026-12.md": services,
             "content/compounds/hexie/services/2026-11.md": services.replacingOccurrences(of: "month: 2026-12\n", with: "month: 2026-11\ndraft: true\n")]))
        defer { fixture.remove() }
        let html = try SiteFixture.read(out, "overview/index.html")
        let row = try #require(html.split(separator: "\n").first { $0.contains(">和谐小区</a></th>") }.map(String.init))
        let cells = row.matches(of: /<td class="state state-([a-z-]+) month-cell" data-label="([^"]+)" title="([^"]+)">/).map { (String($0.1), String($0.2), String($0.3)) }
        // Only the months with a record (of the twelve up to the latest any compound has): September to December.
        #expect(cells.map(\.1) == ["9月", "10月", "11月", "12月"], "\(cells)")
        #expect(cells.map(\.0) == ["on-time", "late", "draft", "missing"], "\(cells)")
        #expect(cells.map(\.2) == ["按时", "逾期", "草稿", "缺"])
        // The month of the records leads: December is missing, and the row says so before the latest posted.
        #expect(html.contains("<p class=\"lead\">数据截至2026年12月"))
        #expect(html.contains(#"2026年12月：<span class="state state-missing">✗ 缺</span> 1 个；未成立物管会 2 个"#), "counts lead")
        #expect(row.contains(#"<td data-label="2026年12月"><span class="state state-missing">✗ 缺</span></td><td data-label="最近公示"><a href="../hexie/ledger/2026-10/index.html">2026年10月</a> <span class="state state-late">逾期</span>"#), "\(row)")
        #expect(row.contains(#"<td class="num" data-label="草稿">2</td><td class="num" data-label="缺报">1</td>"#), "two drafts open, one month missing")
        #expect(row.contains(##"<td class="num" data-label="警告"><a href="#attention">1</a></td>"##), "the late posting's warning (FIN-009) is counted")
        // What needs attention: each item names the compound, what, since when, and where to look.
        let attention = html.matches(of: /<li><a href="..\/hexie\/index.html">和谐小区<\/a>：(.+?) <a href="..\/([^"]+)">查看<\/a><\/li>/).map { (String($0.1), String($0.2)) }
        #expect(attention.map(\.0) == [
            "缺 1 个月的收支明细，自2026年12月起", "2026年11月收支明细和服务清单还是草稿，未公示",
            #"<span class="rule">FIN-009</span> 2026年10月收支明细 2026-11-20 才公示，应在 2026-11-10 前公示<br><small class="muted">2026年10月，content/compounds/hexie/ledger/2026-10.yaml 第 14 行</small>"#,
        ], "\(attention)")
        #expect(attention.map(\.1) == ["hexie/index.html", "hexie/index.html", "hexie/ledger/2026-10/index.html"])
        #expect(html.contains("需要关注（3 项）"))
        // Compounds with no committee and no statement: nothing is due, and the row says why.
        #expect(html.contains(#"<a href="../xiao-a/index.html">小A院</a></th><td data-label="2026年12月"><span class="muted">未成立物管会</span></td>"#))
        let home = try SiteFixture.read(out, "index.html")
        #expect(home.contains(#"<a href="overview/index.html">"#), "linked from the home page")
    }

    /// The last evaluation's satisfied share is coloured when it is under the rule pack's SVC-005 bound (60 % by
    /// default, or the pack's `evaluation_satisfied_min`), and says the bound; at or over it, it is plain. Its
    /// unanswered item is a warning in the list that needs attention, with its rule, file and quarter.
    @Test(arguments: [("satisfied: 60, basic: 15, unsatisfied: 5", nil, "93.8%"),
                      ("satisfied: 30, basic: 17, unsatisfied: 33", nil, #"<span class="low" title="低于规则包的 60%">58.8%（低于 60%）</span>"#),
                      ("satisfied: 30, basic: 18, unsatisfied: 32", nil, "60.0%"),
                      ("satisfied: 60, basic: 15, unsatisfied: 5", "0.95", #"<span class="low" title="低于规则包的 95%">93.8%（低于 95%）</span>"#)])
    func lowSatisfactionIsColouredByThePacksBound(results: String, bound: String?, expected: String) async throws {
        var changes = try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "satisfied: 60, basic: 15, unsatisfied: 5", results)
        if let bound { changes.merge(try SiteFixture.edit("seeds/pack.yaml", "thresholds:\n", "thresholds:\n  evaluation_satisfied_min: \(bound)\n")) { $1 } }
        let (fixture, out) = try await SiteFixture.built(changes)
        defer { fixture.remove() }
        let html = try SiteFixture.read(out, "overview/index.html")
        #expect(html.contains(#"<td class="num" data-label="评议满意">\#(expected)</td>"#), "\(html.split(separator: "\n").filter { $0.contains("评议满意\">") })")
        let low = expected.contains("low")
        #expect(html.contains(#"<span class="rule">SVC-005</span>"#) == low)
        if low { #expect(html.contains("2026年第三季度，content/compounds/hexie/evaluations/2026-Q3.yaml 第 5 行</small> <a href=\"../hexie/evaluations/2026-Q3/index.html\">查看</a>")) }
    }
}
