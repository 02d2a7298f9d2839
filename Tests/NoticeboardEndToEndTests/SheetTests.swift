import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardFixture
import NoticeboardTestSupport

/// Gatehouse sheets, checked in the HTML and as Chromium prints them.
@Suite struct SheetTests {
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"

    /// The fixture's October with `expenses` lines of 10.00 besides its one income line.
    static func month(withExpenses expenses: Int) throws -> [String: String?] {
        let lines = (1...expenses).map { "  - {date: 2026-10-\(String(format: "%02d", $0 % 28 + 1)), item: 维修材料\($0), amount: 10, voucher: Z-10-\($0), payee: 五金店}" }
        let closing = Money(fen: 440_000 - Int64(expenses) * 1000)
        return try SiteFixture.edit(october, [("expenses: []", "expenses:\n" + lines.joined(separator: "\n")),
                                          ("closing: \"4,400.00\"", "closing: \"\(closing)\"")])
    }

    static func sheetHTML(_ changes: [String: String?]) async throws -> (SiteFixture, URL) {
        let (fixture, out) = try await SiteFixture.built(changes)
        return (fixture, out.appendingPathComponent("hexie/ledger/2026-10/print.html"))
    }

    /// The verification code of the fixture's October statement.
    static func octoberCode(_ fixture: SiteFixture) async throws -> VerificationCode {
        let community = try #require(try await fixture.check().community)
        let compound = try #require(community.compound("hexie"))
        let fingerprint = try #require(StatementFingerprint.chain(compound)[Month(parsing: "2026-10")!])
        return fingerprint.verificationCode
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func longMonthsRunOnToNumberedPagesWithTheHeaderOnEach() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: 59))
        defer { fixture.remove() }
        let html = try String(contentsOf: sheet, encoding: .utf8)
        #expect(Self.count("<section class=\"sheet-page\">", in: html) == 3)
        #expect(Self.count("<thead>", in: html) == 3)
        #expect(html.contains("— 1/3 —") && html.contains("— 3/3 —") && html.contains("（续）"))
        #expect(Self.count("核验码", in: html) == 1, "the foot is on the last page only")
    }

    @Test func totalsInFiguresAndCapitalNumerals() async throws {
        let (fixture, sheet) = try await Self.sheetHTML([:])
        defer { fixture.remove() }
        let html = try String(contentsOf: sheet, encoding: .utf8)
        #expect(html.contains("<strong>¥4,400.00</strong></td><td><strong>肆仟肆佰元整</strong>"))
        #expect(html.contains("叁仟陆佰元整"))
    }

    @Test func sheetAndPageCarryTheSameCode() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture)
        let sheet = try SiteFixture.read(out, "hexie/ledger/2026-10/print.html")
        let page = try SiteFixture.read(out, "hexie/ledger/2026-10/index.html")
        #expect(sheet.contains("<strong class=\"code\">\(code)</strong>"))
        #expect(sheet.contains("https://example.org/board/hexie/ledger/2026-10/?v=\(code.compact)"))
        #expect(page.contains("<span class=\"code\">\(code)</span>"))
        #expect(page.contains("data-code=\"\(code.compact)\""), "the page checks a scanned code against its own")
    }

    // In Chromium, as printed.

    /// A notice is read standing: a short month prints its table and totals at 16 pt (up to 8 lines) or
    /// 14 pt (up to 12), the title at 22 pt or more, nothing on the sheet under 10.5 pt; the whole month,
    /// its signature lines and the room for the seal on one A4 page.
    @Test(arguments: [(7, 16.0), (11, 14.0), (13, 12.0)])
    func shortMonthsPrintLargeOnOnePage(expenses: Int, tableSize: Double) async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: expenses))
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == 1, "\(expenses + 1) lines")
        let sizes = try Browser.printedSizes(of: sheet, selectors: [".ledger td", ".sheet-totals td", ".sheet-title"])
        #expect(sizes.of[".ledger td"] == tableSize && sizes.of[".sheet-totals td"] == tableSize, "\(sizes.of)")
        #expect(sizes.of[".sheet-title"]! >= 22)
        #expect(sizes.smallest >= 10.5, "smallest: \(sizes.smallest) pt at \(sizes.smallestWhere)")
        let text = try Browser.text(of: pdf, page: 1).replacingOccurrences(of: " ", with: "")
        #expect(text.contains("制表：") && text.contains("监督小组审核：") && text.contains("（盖章处）"))
    }

    /// 25 lines fill a page at 12 pt; the foot with the totals, signatures and seal needs the room of a
    /// second page, so the last line runs on to it, with the header repeated.
    @Test func twentyFiveLinesPrintAtTwelvePointOnTwoPages() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: 24))
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == 2)
        let sizes = try Browser.printedSizes(of: sheet, selectors: [".ledger td", ".sheet-title"])
        #expect(sizes.of[".ledger td"] == 12 && sizes.of[".sheet-title"]! >= 22, "\(sizes.of)")
        #expect(sizes.smallest >= 10.5, "smallest: \(sizes.smallest) pt at \(sizes.smallestWhere)")
        let last = try Browser.text(of: pdf, page: 2).replacingOccurrences(of: " ", with: "")
        #expect(last.contains("凭证号") && last.contains("本月结余") && last.contains("—2/2—"))
    }

    /// Signature lines for the preparer and the supervision group, the printed names under them, and
    /// room for the seal over the issuer and date; no seal is drawn.
    @Test func sheetsLeaveSignatureLinesAndRoomForTheSeal() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        for page in ["hexie/ledger/2026-10/print.html", "hexie/services/2026-10/print.html"] {
            let html = try SiteFixture.read(out, page)
            #expect(html.contains("<p class=\"seal-room\">（盖章处）</p>"), "\(page)")
            #expect(!html.contains("<img"), "no seal image: \(page)")
        }
        let ledger = try SiteFixture.read(out, "hexie/ledger/2026-10/print.html")
        #expect(ledger.contains(#"<span class="sign-role">制表：</span><span class="sign-line"></span><span class="sign-name">"#))
        #expect(ledger.contains(#"<span class="sign-role">监督小组审核：</span><span class="sign-line"></span>"#))
    }

    @Test func sixtyLinesPrintOnThreePagesWithTheHeaderOnEach() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: 59))
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == 3)
        for page in 1...3 {
            let text = try Browser.text(of: pdf, page: page)
            // pdftotext drops the spaces around the dashes of "— 1/3 —".
            #expect(text.contains("凭证号") && text.replacingOccurrences(of: " ", with: "").contains("—\(page)/3—"), "page \(page)")
        }
    }

    @Test func printedQRCodeGivesThePageURLWithItsCode() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture)
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(out.appendingPathComponent("hexie/ledger/2026-10/print.html"), into: pdf)
        #expect(try Browser.qrCodes(in: pdf, page: 1) == ["https://example.org/board/hexie/ledger/2026-10/?v=\(code.compact)"])
    }

    /// Every sheet's QR code has modules of at least 0.7 mm, so that a photograph rasterised at 80 dpi
    /// still decodes: the statement's, which carries the verification code, as well as the service list's.
    @Test func everySheetsQRCodeDecodesAtEightyDPI() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture), services = try await Self.servicesCode(fixture)
        for (page, url) in [("hexie/ledger/2026-10/print.html", "https://example.org/board/hexie/ledger/2026-10/?v=\(code.compact)"),
                            ("hexie/services/2026-10/print.html", "https://example.org/board/hexie/services/2026-10/?v=\(services.compact)")] {
            let pdf = fixture.root.appendingPathComponent(page.replacingOccurrences(of: "/", with: "_") + ".pdf")
            try Browser.printToPDF(out.appendingPathComponent(page), into: pdf)
            #expect(try Browser.qrCodes(in: pdf, page: 1, dpi: 80) == [url], "\(page)")
        }
        let sheet = try SiteFixture.read(out, "hexie/ledger/2026-10/print.html")
        let svg = try #require(sheet.range(of: #"viewBox="0 0 (\d+) \d+" width="([\d.]+)mm""#, options: .regularExpression).map { String(sheet[$0]) })
        let numbers = svg.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
        #expect(numbers.count >= 4 && numbers[4] / numbers[2] >= 0.7, "\(svg)")
    }

    /// A scan of a stale or forged sheet gets one verdict, red and alone, saying what to do: the
    /// supervision phone as a link, and the corrections when the month has some.
    @Test func aWrongCodeIsTheOnlyVerdictAndSaysWhatToDo() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture)
        let page = out.appendingPathComponent("hexie/ledger/2026-10/index.html").absoluteString
        func verdict(_ dom: String) -> String {
            guard let start = dom.range(of: #"<p id="scan-result""#), let end = dom[start.upperBound...].range(of: "</p>") else { return "" }
            return String(dom[start.lowerBound..<end.upperBound])
        }
        let wrong = try Browser.dom(page + "?v=AAAAAAAA")
        #expect(verdict(wrong).contains("✗ 核验码不符：您扫描的纸质公示与本页不一致"), "\(verdict(wrong))")
        #expect(verdict(wrong).contains(#"<a href="tel:0351-1234567">0351-1234567</a>"#))
        #expect(!verdict(wrong).contains("更正"), "no corrections, so none is mentioned")
        #expect(wrong.contains(#"<p id="balance-verdict" class="verdict ok" hidden="">"#), "the green tick is hidden")
        let right = try Browser.dom(page + "?v=\(code.compact)")
        // A matching code proves the month, not the printed figures: the verdict says so and asks for a comparison.
        #expect(verdict(right).contains("✓ 核验码相符：您扫描的纸质公示是2026年10月发出的。核验码只证明月份，不证明纸上的数字没有被改过"), "\(verdict(right))")
        #expect(!right.contains("与本页一致"), "no verdict claims the paper's figures match")
        #expect(right.contains("明细：收入 1 笔，支出 0 笔"))
        #expect(right.contains(#"<p id="balance-verdict" class="verdict ok">"#), "a matching paper keeps the arithmetic verdict")
    }

    /// The service list's sheet carries the day it went up and a code of its own, in its QR code too,
    /// and the page a scan lands on checks that code as a statement's page does.
    @Test func serviceListSheetsCanBeVerified() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.servicesCode(fixture)
        let sheet = try SiteFixture.read(out, "hexie/services/2026-10/print.html")
        #expect(sheet.contains("<strong class=\"code\">\(code)</strong>") && sheet.contains("2026年10月3日"))
        let sizes = try Browser.printedSizes(of: out.appendingPathComponent("hexie/services/2026-10/print.html"), selectors: [".service-table td"])
        #expect(sizes.of[".service-table td"] == 16 && sizes.smallest >= 10.5, "\(sizes.of), smallest \(sizes.smallest) at \(sizes.smallestWhere)")
        let page = out.appendingPathComponent("hexie/services/2026-10/index.html").absoluteString
        let right = try Browser.dom(page + "?v=\(code.compact)")
        #expect(right.contains("✓ 核验码相符：您扫描的服务清单是2026年10月发出的。核验码只证明月份") && right.contains("共 2 项"))
        let wrong = try Browser.dom(page + "?v=AAAAAAAA")
        #expect(wrong.contains("✗ 核验码不符：您扫描的服务清单与本页不一致"))
        // A changed list is a changed code: the paper printed before no longer matches.
        let (changed, changedOut) = try await SiteFixture.built(try SiteFixture.edit("content/compounds/hexie/services/2026-10.md", [("status: done}", "status: delayed}")]))
        defer { changed.remove() }
        #expect(try await Self.servicesCode(changed) != code)
        #expect(!(try SiteFixture.read(changedOut, "hexie/services/2026-10/print.html")).contains(code.description))
    }

    static func servicesCode(_ fixture: SiteFixture) async throws -> VerificationCode {
        let community = try #require(try await fixture.check().community)
        let compound = try #require(community.compound("hexie"))
        let list = try #require(compound.serviceLists.first { $0.month.value == Month(parsing: "2026-10")! })
        return ServiceListFingerprint.code(of: list, in: compound)
    }

    /// A full year's annual sheet prints on one A4 page, and its QR code gives the year's page with the
    /// year's code. The year is a synthetic compound's 2025 (twelve posted months).
    @Test func annualSheetOfTwelveMonthsPrintsOnOnePageAndItsQRCodeDecodes() async throws {
        let root = FixtureFiles.scratchFolder("noticeboard-year")
        defer { try? FileManager.default.removeItem(at: root) }
        try await SyntheticCommunity(compounds: 1, months: 14).write(to: root)
        let out = root.appendingPathComponent("public")
        guard case .built = try await Pipeline(root: root).build(into: out) else { Issue.record("the synthetic community builds"); return }
        let sheets = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix("ledger/2025/print.html") }
        let sheet = out.appendingPathComponent(try #require(sheets.first))
        let html = try String(contentsOf: sheet, encoding: .utf8)
        #expect(html.components(separatedBy: "<tr><td>").count - 1 == 12, "twelve months on the sheet")
        let pdf = root.appendingPathComponent("year.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == 1)
        let code = try #require(html.firstMatch(of: /<strong class="code">([0-9A-Z]{4})-([0-9A-Z]{4})<\/strong>/))
        let decoded = try Browser.qrCodes(in: pdf, page: 1)
        #expect(decoded.count == 1 && decoded[0].hasSuffix("/ledger/2025/?v=\(code.1)\(code.2)"), "\(decoded)")
    }

    @Test func monthlyBundleStartsEachSheetOnANewPage() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("bundle.pdf")
        try Browser.printToPDF(out.appendingPathComponent("print/2026-10/index.html"), into: pdf)
        // October: hexie's statement and its service list, one page each.
        #expect(try Browser.pageCount(pdf) == 2)
        #expect(try Browser.text(of: pdf, page: 2).contains("服务清单公示"))
        // Each sheet numbers its own pages, and the bundle its pages at the foot, so a lost page shows.
        for page in 1...2 {
            let text = try Browser.text(of: pdf, page: page).replacingOccurrences(of: " ", with: "")
            #expect(text.contains("—1/1—") && text.contains("本批第\(page)页，共2页"), "page \(page): \(text)")
        }
        let single = fixture.root.appendingPathComponent("single.pdf")
        try Browser.printToPDF(out.appendingPathComponent("hexie/ledger/2026-10/print.html"), into: single)
        #expect(try !Browser.text(of: single, page: 1).contains("本批"), "a sheet printed alone has no bundle numbering")
    }

    /// Over the sample's whole October bundle, as pdftotext reads the print: the supervision phone, every issuer,
    /// every code and each title's month stand whole on one line, never split across two.
    @Test func nothingSplitsWhereItShouldNot() async throws {
        let out = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        guard case .built = try await Pipeline(root: SiteFixture.repository).build(into: out) else { Issue.record("the sample builds"); return }
        let bundle = out.appendingPathComponent("print/2026-10/index.html")
        let html = try String(contentsOf: bundle, encoding: .utf8)
        let pdf = out.appendingPathComponent("bundle.pdf")
        try Browser.printToPDF(bundle, into: pdf)
        let lines = try Browser.run("pdftotext", [pdf.path, "-"]).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func wholeOnALine(_ text: String) -> Int { lines.filter { $0.contains(text) }.count }
        func texts(_ pattern: Regex<(Substring, Substring)>) -> [String] { html.matches(of: pattern).map { String($0.1) } }
        let phones = texts(/监督电话 <span class="keep">([^<]+)<\/span>/), issuers = texts(/<p class="issuer">([^<]+)<\/p>/)
        let codes = texts(/<strong class="code">([^<]+)<\/strong>/), months = texts(/<span class="keep">(\d{4}年\d+月)<\/span>/)
        #expect(phones.count >= 40 && issuers.count >= 80 && codes.count >= 40 && months.count >= 40, "\(phones.count) \(issuers.count) \(codes.count) \(months.count)")
        for (name, found) in [("phone", phones), ("issuer", issuers), ("code", codes), ("title month", months)] {
            for text in Set(found) {
                #expect(wholeOnALine(text) >= found.filter { $0 == text }.count, "\(name) \(text) is split across lines")
            }
        }
    }

    @Test func platesPrintOnePerPage() async throws {
        let second = "content/compounds/hexie/households/2-1-201.md"
        let plate = try SiteFixture.text("content/compounds/hexie/households/1-1-101.md")
            .replacingOccurrences(of: "1-1-101", with: "2-1-201").replacingOccurrences(of: "丙中心", with: "丁党员").replacingOccurrences(of: "1号楼1单元", with: "2号楼1单元")
        let (fixture, out) = try await SiteFixture.built([second: plate])
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("plates.pdf")
        try Browser.printToPDF(out.appendingPathComponent("hexie/households/print.html"), into: pdf)
        #expect(try Browser.pageCount(pdf) == 2)
        #expect(try Browser.text(of: pdf, page: 2).contains("共产党员户"))
    }
}
