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

    /// The number of each printed page of a sheet, as pdftotext reads it (without its spaces): `第1页，共2页`.
    static func pageNumber(_ page: Int, of count: Int) -> String { "第\(page)页，共\(count)页" }

    /// Lines of the ledger a printed page shows: the fixture's vouchers (`S-2`, `Z-10-…`) as pdftotext reads them.
    static func ledgerLines(_ text: String) -> Int { text.matches(of: /(?:S-2|Z-10-\d+)(?=\s|$)/).count }

    @Test func longMonthsRunOnToNumberedPagesWithTheHeaderOnEach() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: 59))
        defer { fixture.remove() }
        let html = try String(contentsOf: sheet, encoding: .utf8)
        let pages = Self.count("<section class=\"sheet-page\">", in: html)
        #expect(pages >= 2 && Self.count("<thead>", in: html) == pages)
        #expect(html.contains("本公示共 \(pages) 页") && html.contains("第 1 页，共 \(pages) 页") && html.contains("第 \(pages) 页，共 \(pages) 页"))
        #expect(html.contains("收支明细公示（续）") && html.contains("支出 59 笔</th>") && html.contains("支出 59 笔（续）"))
        #expect(Self.count("核验码", in: html) == 1, "the foot is on the last page only")
    }

    @Test func totalsInFiguresAndCapitalNumerals() async throws {
        let (fixture, sheet) = try await Self.sheetHTML([:])
        defer { fixture.remove() }
        let html = try String(contentsOf: sheet, encoding: .utf8)
        #expect(html.contains("<strong>¥4,400.00</strong></td><td><strong>肆仟肆佰元整</strong>"))
        #expect(html.contains("叁仟陆佰元整"))
    }

    /// The fee collection says who is exempt and what the rate is taken of, on the sheet as printed and on
    /// the page: 120 households due, 2 of them exempt, 118 paid is 100 %.
    @Test func theCollectionSaysWhoIsExemptAndWhatTheRateIsTakenOf() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(out.appendingPathComponent("hexie/ledger/2026-10/print.html"), into: pdf)
        let text = try Browser.text(of: pdf, page: 1).filter { !$0.isWhitespace }
        #expect(text.contains("本月应缴120户，其中免缴2户（低保户减免2户），已缴118户，收缴率=已缴÷（应缴−免缴）=118÷118=100.0%。"), "\(text)")
        let page = try Browser.dom(out.appendingPathComponent("hexie/ledger/2026-10/index.html").absoluteString)
        #expect(page.contains("应缴 120 户，其中免缴 2 户，已缴 118 户，收缴率 = 已缴 ÷（应缴 − 免缴）= 118 ÷ 118 = 100.0%。"))
        #expect(page.contains("<li>免缴：低保户减免 2 户</li>"))
    }

    /// Nothing a resident reads on a printed page is under 12 pt: the year's sheet, the plates, the month's
    /// bundle (the statement's and service list's sheets are measured on their own below); nothing on the
    /// overview, printed for the community's meeting, under 10 pt.
    @Test func noPrintedPageSetsTypeUnderItsFloor() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        for (page, floor) in [("hexie/ledger/2026/print.html", 12.0), ("hexie/households/print.html", 12), ("print/2026-10/index.html", 12),
                              ("overview/index.html", 10)] {
            let sizes = try Browser.printedSizes(of: out.appendingPathComponent(page), selectors: [])
            #expect(sizes.smallest >= floor, "\(page): \(sizes.smallest) pt at \(sizes.smallestWhere)")
        }
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

    /// A notice is read standing: a short month prints at the largest size at which the whole month, its
    /// totals, signature lines, QR code and room for the seal fit one A4 page (16, 14 or 12 pt); the title at
    /// 22 pt or more, the table's headings at the size of its lines, the verification code and the
    /// supervision phone larger still, nothing on the sheet under 12 pt. A sheet of one page has no page number.
    @Test(arguments: [(5, 16.0), (9, 14.0), (12, 12.0)])
    func shortMonthsPrintLargeOnOnePage(expenses: Int, tableSize: Double) async throws {
        let (fixture, sheet) = try await Self.sheetHTML(try Self.month(withExpenses: expenses))
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == 1, "\(expenses + 1) lines")
        let sizes = try Browser.printedSizes(of: sheet, selectors: [".ledger td", ".ledger thead th", ".sheet-totals td", ".sheet-title",
                                                                    ".sheet-verify .code", ".sheet-verify .phone", ".sheet-address"])
        #expect(sizes.of[".ledger td"] == tableSize && sizes.of[".sheet-totals td"] == tableSize, "\(sizes.of)")
        #expect(sizes.of[".ledger thead th"] == tableSize, "headings as large as the lines under them: \(sizes.of)")
        #expect(sizes.of[".sheet-verify .code"]! >= tableSize + 2 && sizes.of[".sheet-verify .phone"]! >= tableSize + 2, "\(sizes.of)")
        #expect(sizes.of[".sheet-title"]! >= 22 && sizes.of[".sheet-address"]! >= 12)
        #expect(sizes.smallest >= 12, "smallest: \(sizes.smallest) pt at \(sizes.smallestWhere)")
        let text = try Browser.text(of: pdf, page: 1).replacingOccurrences(of: " ", with: "")
        #expect(text.contains("制表：") && text.contains("监督小组审核：") && text.contains("（盖章处）"))
        #expect(text.contains("收入1笔") && text.contains("支出\(expenses)笔"), "the income and the expenses under headings of their own")
        #expect(Self.ledgerLines(text) == expenses + 1 && !text.contains("第1页"), "\(text)")
    }

    /// A month of 37 lines prints on two full pages: the first says there are two, each is numbered, the
    /// second holds the last lines with the totals, the signature lines and the QR code. Printed as a
    /// print dialog left at its defaults prints it: the browser finds no margin to print its own header
    /// and footer in (the date, the title, a `file:///` address).
    @Test func aThirtySevenLineMonthPrintsAsTwoFullPages() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(Self.month(withExpenses: 36))
        defer { fixture.remove() }
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf, headerAndFooter: true)
        #expect(try Browser.pageCount(pdf) == 2)
        let first = try Browser.text(of: pdf, page: 1).replacingOccurrences(of: " ", with: "")
        let second = try Browser.text(of: pdf, page: 2).replacingOccurrences(of: " ", with: "")
        #expect(first.contains("本公示共2页") && first.contains(Self.pageNumber(1, of: 2)) && second.contains(Self.pageNumber(2, of: 2)))
        #expect(Self.ledgerLines(first) >= 24, "the first page is full: \(Self.ledgerLines(first)) lines")
        #expect(Self.ledgerLines(first) + Self.ledgerLines(second) == 37)
        #expect(Self.ledgerLines(second) >= StatementSheetPlan.linesWithTotals && second.contains("本月结余") && second.contains("核验码"))
        #expect(second.contains("支出36笔（续）") && second.contains("凭证号"))
        for text in [first, second] {
            #expect(!text.contains("file:") && !text.contains("张贴版") && text.firstMatch(of: /\d{1,2}\/\d{1,2}\/\d{2}/) == nil,
                    "nothing of the browser's own header and footer: \(text)")
        }
        // Two pages at any size: at the largest that fills them.
        let sizes = try Browser.printedSizes(of: sheet, selectors: [".ledger td"])
        #expect(sizes.of[".ledger td"] == 14 && sizes.smallest >= 12, "\(sizes.of), smallest \(sizes.smallest) at \(sizes.smallestWhere)")
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

    /// Sixty lines fill page after page, each with the table's head and its number, as many pages as the
    /// sheet says: no planned page runs over on to another sheet of paper.
    @Test func sixtyLinesFillEveryPageAndNumberThem() async throws {
        let (fixture, sheet) = try await Self.sheetHTML(Self.month(withExpenses: 59))
        defer { fixture.remove() }
        let planned = Self.count("<section class=\"sheet-page\">", in: try String(contentsOf: sheet, encoding: .utf8))
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(sheet, into: pdf)
        #expect(try Browser.pageCount(pdf) == planned)
        var lines = 0
        for page in 1...planned {
            let text = try Browser.text(of: pdf, page: page).replacingOccurrences(of: " ", with: "")
            #expect(text.contains("凭证号") && text.contains(Self.pageNumber(page, of: planned)), "page \(page)")
            if page < planned { #expect(Self.ledgerLines(text) >= 24, "page \(page) is full: \(Self.ledgerLines(text)) lines") }
            lines += Self.ledgerLines(text)
        }
        #expect(lines == 60)
    }

    @Test func printedQRCodeGivesThePageURLWithItsCode() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture)
        let pdf = fixture.root.appendingPathComponent("sheet.pdf")
        try Browser.printToPDF(out.appendingPathComponent("hexie/ledger/2026-10/print.html"), into: pdf)
        #expect(try Browser.qrCodes(in: pdf, page: 1) == ["https://example.org/board/hexie/ledger/2026-10/?v=\(code.compact)"])
    }

    /// A resident reaches the page from the paper without scanning close up: the statement's, the service
    /// list's and the year's sheets each print their page's address under the QR code (the host and path of
    /// a page the site has), and the QR code decodes from a photograph of the whole sheet (100 dpi, slightly
    /// blurred), its modules 1.2 mm. Printed with the print dialog's defaults, no page carries the browser's header.
    @Test func everySheetCanBeReachedFromAPhotographOrByTypingItsAddress() async throws {
        let (fixture, out) = try await SiteFixture.built()
        defer { fixture.remove() }
        let code = try await Self.octoberCode(fixture), services = try await Self.servicesCode(fixture)
        let yearSheet = try SiteFixture.read(out, "hexie/ledger/2026/print.html")
        let year = try #require(yearSheet.firstMatch(of: /<strong class="code">([0-9A-Z]{4})-([0-9A-Z]{4})<\/strong>/))
        for (sheet, page, code) in [("hexie/ledger/2026-10/print.html", "hexie/ledger/2026-10/", code.compact),
                                    ("hexie/services/2026-10/print.html", "hexie/services/2026-10/", services.compact),
                                    ("hexie/ledger/2026/print.html", "hexie/ledger/2026/", "\(year.1)\(year.2)")] {
            let pdf = fixture.root.appendingPathComponent(sheet.replacingOccurrences(of: "/", with: "_") + ".pdf")
            try Browser.printToPDF(out.appendingPathComponent(sheet), into: pdf, headerAndFooter: true)
            #expect(try Browser.photographedQRCodes(in: pdf, page: 1) == ["https://example.org/board/\(page)?v=\(code)"], "\(sheet)")
            let text = try Browser.text(of: pdf, page: 1).replacingOccurrences(of: " ", with: "")
            #expect(text.contains("网址：example.org/board/\(page)"), "\(sheet): the address to type")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page + "index.html").path), "\(page) is a page of the site")
            #expect(!text.contains("file:") && !text.contains("张贴版"), "\(sheet): no browser header or footer")
            let html = try SiteFixture.read(out, sheet)
            let svg = try #require(html.firstMatch(of: /viewBox="0 0 (\d+) \d+" width="([\d.]+)mm"/))
            #expect(Double(String(svg.2))! / Double(String(svg.1))! >= 1.2, "\(sheet): \(svg.0)")
        }
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
        #expect(sizes.of[".service-table td"] == 16 && sizes.smallest >= 12, "\(sizes.of), smallest \(sizes.smallest) at \(sizes.smallestWhere)")
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
        // One scheme of page numbers: a sheet of one page has none, and the bundle adds none of its own.
        for page in 1...2 {
            let text = try Browser.text(of: pdf, page: page).replacingOccurrences(of: " ", with: "")
            #expect(!text.contains("页，共") && !text.contains("本批") && !text.contains("—1/1—"), "page \(page): \(text)")
        }
        let html = try SiteFixture.read(out, "print/2026-10/index.html")
        #expect(html.contains(#"<p class="screen-only print-hint">本批共 2 张公示"#), "the screen says how many sheets to expect")
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
        // Every planned page is one sheet of paper: none runs over.
        #expect(try Browser.pageCount(pdf) == html.components(separatedBy: "<section class=\"sheet-page").count - 1)
        let lines = try Browser.run("pdftotext", [pdf.path, "-"]).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func wholeOnALine(_ text: String) -> Int { lines.filter { $0.contains(text) }.count }
        func texts(_ pattern: Regex<(Substring, Substring)>) -> [String] { html.matches(of: pattern).map { String($0.1) } }
        let phones = texts(/监督电话<strong class="phone">([^<]+)<\/strong>/), issuers = texts(/<p class="issuer">([^<]+)<\/p>/)
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
