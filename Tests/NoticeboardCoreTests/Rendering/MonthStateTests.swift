import Foundation
import Testing
@testable import NoticeboardCore
import NoticeboardTestSupport

/// What residents see of a month that should be posted and is not, a draft, a late posting and a corrected
/// month, on the compound's page and on its line of the home page; and the audit warnings, which the rule
/// pack shows residents or keeps to the overview.
@Suite struct MonthStateTests {
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"

    /// The compound page's row of `label` (`2026年10月`) and the home page's line of 和谐小区.
    static func rows(_ out: URL, month label: String) throws -> (month: String, home: String) {
        let compound = try SiteFixture.read(out, "hexie/index.html")
        let month = try #require(compound.range(of: "<th scope=\"row\" data-label=\"月份\">\(label)</th>").map {
            let row = compound[$0.lowerBound...]
            return String(row[..<(row.range(of: "</tr>")?.lowerBound ?? row.endIndex)])
        }, "no row for \(label)")
        let home = try SiteFixture.read(out, "index.html")
        let line = try #require(home.range(of: "data-name=\"和谐小区\"").map { String(home[$0.lowerBound...].prefix(1200)) })
        return (month, String(line[..<(line.range(of: "</tr>")?.lowerBound ?? line.endIndex)]))
    }

    /// Another compound's records reach November (a service list is enough): 和谐小区's November statement is then due and missing.
    @Test(arguments: ["content/compounds/hexie/services/2026-11.md", "content/compounds/xiao-a/services/2026-11.md"])
    func aMonthDueAndNotPostedIsMissing(file: String) async throws {
        let list = "---\nmonth: 2026-11\nitems:\n  - {name: 楼道清扫, by: 保洁员, status: done}\nfeedback: {phone: 0351-1234567}\nposted: 2026-12-03\n---\n"
        let (fixture, out) = try await SiteFixture.built([file: list])
        defer { fixture.remove() }
        let (month, home) = try Self.rows(out, month: "2026年11月")
        #expect(month.contains("缺：应公示未公示"), "\(month)")
        #expect(home.contains("缺1个月"), "\(home)")
        let october = try Self.rows(out, month: "2026年10月").month
        #expect(!october.contains("缺") && october.contains("结余"), "a posted month is not missing: \(october)")
    }

    @Test func aDraftIsNotPosted() async throws {
        let (fixture, out) = try await SiteFixture.built(try SiteFixture.edit(Self.october, "month: 2026-10\n", "month: 2026-10\ndraft: true\n"))
        defer { fixture.remove() }
        let (month, home) = try Self.rows(out, month: "2026年10月")
        #expect(month.contains("未公示（草稿）") && !month.contains("结余"), "\(month)")
        #expect(home.contains("1个月未公示"), "\(home)")
    }

    /// Posted after the pack's `post_within_days` (10) of the next month: late by the days past it; on the day, not late.
    @Test(arguments: [("2026-11-25", 15), ("2026-11-11", 1), ("2026-12-01", 21), ("2026-11-10", 0)])
    func aLatePostingSaysByHowManyDays(posted: String, days: Int) async throws {
        let (fixture, out) = try await SiteFixture.built(try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: \(posted)"))
        defer { fixture.remove() }
        let (month, home) = try Self.rows(out, month: "2026年10月")
        if days > 0 {
            #expect(month.contains("逾期\(days)天") && home.contains("逾期\(days)天"), "\(month)\n\(home)")
        } else {
            #expect(!month.contains("逾期") && !home.contains("逾期"), "\(month)")
        }
    }

    @Test func aCorrectedMonthLinksItsCorrections() async throws {
        let corrected = try SiteFixture.edit(Self.october, "posted: 2026-11-05\n",
                                         "posted: 2026-11-05\ncorrections:\n  - {date: 2026-11-20, what: 更正收入日期, why: 笔误}\n")
        let (fixture, out) = try await SiteFixture.built(corrected)
        defer { fixture.remove() }
        let (month, home) = try Self.rows(out, month: "2026年10月")
        let link = #"<a href="hexie/ledger/2026-10/index.html#corrections">已更正</a>"#
        #expect(month.contains(#"<a href="../hexie/ledger/2026-10/index.html#corrections">已更正</a>"#), "\(month)")
        #expect(home.contains(link), "\(home)")
        let statement = try SiteFixture.read(out, "hexie/ledger/2026-10/index.html")
        #expect(statement.contains(#"id="corrections""#), "the link leads somewhere")
    }

    /// FIN-014 (the same amount to the same payee twice in a month): on the overview only by default; on the
    /// compound's page too when the pack says `audit_warnings: residents`.
    @Test(arguments: [nil, "overview", "residents"])
    func auditWarningsAreShownWhereThePackSays(setting: String?) async throws {
        var changes = try SiteFixture.edit(Self.october, [
            ("expenses: []", "expenses:\n  - {date: 2026-10-05, item: 保洁, amount: 100, voucher: Z-2, payee: 保洁员}\n  - {date: 2026-10-06, item: 保洁, amount: 100, voucher: Z-3, payee: 保洁员}"),
            (#"closing: "4,400.00""#, #"closing: "4,200.00""#),
        ])
        if let setting { changes.merge(try SiteFixture.edit("seeds/pack.yaml", "severity:", "audit_warnings: \(setting)\nseverity:")) { $1 } }
        let (fixture, out) = try await SiteFixture.built(changes)
        defer { fixture.remove() }
        let compound = try SiteFixture.read(out, "hexie/index.html")
        if setting == "residents" {
            #expect(compound.contains("审计提示") && compound.contains("FIN-014") && compound.contains("重复记账"), "\(compound)")
        } else {
            #expect(!compound.contains("审计提示") && !compound.contains("FIN-014"))
        }
        let overview = try SiteFixture.read(out, "overview/index.html")
        #expect(overview.contains("hexie") || overview.contains("和谐小区"))
    }
}
