import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Golden files: one page of each kind, rendered from the fixture with the repository's templates, the tool's
/// version left out (`versionless`).
/// Re-record after an intended change with `NOTICEBOARD_RECORD_GOLDENS=1 swift test`: recording writes the
/// files and fails, so that the diff is read before the next run passes.
@Suite struct RenderingTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static let pages = [
        "index.html", "hexie/index.html", "hexie/ledger/2026-10/index.html", "hexie/ledger/2026-09/print.html",
        "hexie/services/2026-10/index.html", "hexie/services/2026-10/print.html", "hexie/approvals/A-1/index.html",
        "hexie/evaluations/2026-Q3/index.html", "hexie/households/index.html", "hexie/households/print.html",
        "hexie/notices/gongyue/index.html", "notices/tongzhi/index.html", "print/2026-10/index.html", "sitemap.xml",
        "hexie/ledger/2026/index.html", "hexie/ledger/2026/print.html", "overview/index.html",
    ]

    @Test func everyPageKindMatchesItsGolden() async throws {
        let out = try await SiteFixture.sharedBuild()
        let record = ProcessInfo.processInfo.environment["NOTICEBOARD_RECORD_GOLDENS"] != nil
        for page in Self.pages {
            let golden = Self.goldens.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
            let actual = Self.versionless(try SiteFixture.read(out, page))
            if record {
                try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
                try actual.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(actual == expected, "\(page) differs from its golden; re-record with NOTICEBOARD_RECORD_GOLDENS=1 if intended")
        }
        if record { Issue.record("recorded the goldens: check the diff (git diff Tests/), then run the tests again without NOTICEBOARD_RECORD_GOLDENS") }
    }

    /// The tool's version, wherever a page names it (`<meta name="generator" content="noticeboard …">`), is
    /// `X.Y.Z` in the goldens: a new version changes none of them, and a page that names no version, or another,
    /// still differs from its golden.
    /// So are the digests in the stylesheet's and the emblem's names (`style.94036ee7.css` is `style.DIGEST.css`):
    /// a change to the stylesheet changes no golden page (the tests of `DigestNames` hold the names to the bytes).
    static func versionless(_ page: String) -> String {
        page.replacingOccurrences(of: NoticeboardVersion.current, with: "X.Y.Z")
            .replacing(/(style|emblem)\.[0-9a-f]{8}\.(css|png)/) { "\($0.1).DIGEST.\($0.2)" }
    }

    /// The stylesheet and the emblem are named for their bytes as published (the first 8 hexadecimal digits of their
    /// SHA-256), and the pages link those names: what lets the goldens write `DIGEST` in their place.
    @Test func digestNamesAreTheBytesDigests() async throws {
        let out = try await SiteFixture.sharedBuild()
        let home = try SiteFixture.read(out, "index.html")
        for plain in ["style.css", "assets/emblem.png"] {
            let path = DigestNames.path(of: plain, in: out)
            let bytes = try Data(contentsOf: out.appendingPathComponent(path))
            let digest = bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits
            #expect(path == plain.replacing(/\.(css|png)$/) { ".\(digest.prefix(8)).\($0.1)" }, "\(path)")
            #expect(home.contains(path), "the home page links \(path)")
        }
    }

    /// The goldens hold no version: recorded through `versionless`, they name the generator as `noticeboard X.Y.Z`.
    @Test func goldensNameNoVersion() throws {
        for page in Self.pages where page.hasSuffix(".html") {
            let golden = try String(contentsOf: Self.goldens.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__")), encoding: .utf8)
            #expect(golden.contains("<meta name=\"generator\" content=\"noticeboard X.Y.Z\">") && !golden.contains(NoticeboardVersion.current), "\(page)")
        }
    }

    /// A golden that no test reads is stale by definition: it fails here until it is deleted or read.
    @Test func everyGoldenIsRead() throws {
        let read = Set(Self.pages.map { $0.replacingOccurrences(of: "/", with: "__") })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.goldens.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files).subtracting(read).isEmpty, "goldens no test reads: \(Set(files).subtracting(read).sorted())")
    }

    /// Column alignment in a Markdown table is a style, not the obsolete `align` attribute (a Nu checker
    /// error), so amounts stand to the right whatever the stylesheet says of cells.
    @Test func tableAlignmentIsAStyle() {
        let html = Markdown.html("| 单位 | 金额 |\n|---|---:|\n| 甲 | 7,000 |\n")
        #expect(html.contains(#"<td style="text-align: right">7,000</td>"#) && !html.contains("align="), "\(html)")
    }

    /// Print pages have a main landmark, as the mobile pages do.
    @Test func printPagesHaveAMainLandmark() async throws {
        let out = try await SiteFixture.sharedBuild()
        for page in ["hexie/ledger/2026-09/print.html", "hexie/services/2026-10/print.html", "hexie/households/print.html", "print/2026-10/index.html"] {
            let html = try SiteFixture.read(out, page)
            #expect(html.contains("<main>") && html.contains("</main>"), "\(page)")
        }
    }

    /// A monthly page carried over by what it read is found at the paths it names before any value is made:
    /// they must be where its outputs, once made, go.
    @Test func monthlyPagesNameTheirOutputsPaths() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        guard let community = try await fixture.check().community else { Issue.record("the fixture does not load"); return }
        let renderer = await SiteRenderer(community: community, templates: try TemplateSet(directory: fixture.root.appendingPathComponent("templates")),
                                          baseURL: community.site.baseURL.value)
        var seen = 0
        for compound in community.compounds {
            for month in renderer.months() {
                for page in renderer.monthPages(of: compound, in: month) {
                    let tracked = try #require(page.tracked, "a page read from files is tracked")
                    let made = page.make()
                    #expect(tracked.paths == made.outputs.map(\.path))
                    let reads = try #require(made.reads?())
                    #expect(tracked.readsNow(reads.0) == reads.1, "what the reads give now is what they gave when the page was made")
                    #expect(reads.0.contains(.site) && reads.0.contains(.compound))
                    seen += 1
                }
            }
        }
        #expect(seen == 4, "two statements and two service lists")
    }

    /// A compound's year page, its data and its sheet, made in a build (`fixture` with `changes`): what it read, and
    /// the key of those reads as that build computes them; and what the same reads give in a build of `later`.
    static func yearPage(_ changes: [String: String?], then later: [String: String?]) async throws -> (reads: RecordReads, key: PageKey, later: PageKey) {
        try await trackedPage(YearPages.self, at: SitePaths.year("hexie", 2026), changes, then: later)
    }

    /// A year page is carried over while nothing it read changed (a month of the next year), and made again when
    /// something did: its months, an approval it lists, a line in another year that cites that approval, the compound.
    @Test func aYearPageIsCarriedOverUntilSomethingItReadChanges() async throws {
        let january = { (expenses: String, closing: String) in
            "month: 2027-01\nopening: \"4,400.00\"\nincome: []\nexpenses: \(expenses)\nclosing: \"\(closing)\"\nprepared_by: 戊委员\nchecked_by: [辛监督]\n"
        }
        let next: [String: String?] = ["content/compounds/hexie/ledger/2027-01.yaml": january("[]", "4,400.00")]
        let unchanged = try await Self.yearPage([:], then: next)
        #expect(unchanged.reads.contains(.statement) && unchanged.reads.contains(.chain) && unchanged.reads.contains(.approvals)
                    && unchanged.reads.contains(.citations) && unchanged.reads.contains(.compound) && unchanged.reads.contains(.site))
        #expect(unchanged.later == unchanged.key, "a month of the next year that cites nothing leaves 2026 alone")
        let changes: [(String, [String: String?])] = [
            ("a line of the next year cites A-1, which 2026 lists", ["content/compounds/hexie/ledger/2027-01.yaml":
                january("\n  - {date: 2027-01-05, item: 下水管更换尾款, amount: \"500.00\", voucher: Z-9, payee: 某某水暖, approval: A-1}", "3,900.00")]),
            ("a month of the year", try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "prepared_by: 戊委员", "prepared_by: 己委员")),
            ("the approval it lists", try SiteFixture.edit("content/compounds/hexie/approvals/A-1.md", "subject: 下水管更换", "subject: 下水管道更换")),
            ("the compound", try SiteFixture.edit("content/compounds/hexie/compound.yaml", "name: 和谐小区\n", "name: 和谐新区\n")),
        ]
        for (change, files) in changes {
            let year = try await Self.yearPage([:], then: files)
            #expect(year.later != year.key, "\(change): the year page is made again")
        }
    }

    /// The tracked page of `kind` at `path`, made in a build of the fixture with `changes`: what it read, the key of
    /// those reads as that build computes them, and what the same reads give in a build of `later`.
    static func trackedPage(_ kind: any PageKind.Type, at path: String, _ changes: [String: String?] = [:],
                            then later: [String: String?]) async throws -> (reads: RecordReads, key: PageKey, later: PageKey) {
        func page(_ changes: [String: String?]) async throws -> SitePage {
            let fixture = try SiteFixture(changes)
            defer { fixture.remove() }
            let community = try #require(try await fixture.check().community)
            let renderer = await SiteRenderer(community: community, templates: try TemplateSet(directory: fixture.root.appendingPathComponent("templates")),
                                              baseURL: community.site.baseURL.value)
            return try #require(kind.pages(in: renderer).first { $0.tracked?.paths.first == path })
        }
        let now = try await page(changes)
        let tracked = try #require(now.tracked, "a page read from files is tracked")
        let made = now.make()
        #expect(tracked.paths == made.outputs.map(\.path), "it names the paths its outputs go to")
        let (reads, key) = try #require(made.reads?())
        #expect(tracked.readsNow(reads) == key, "what the reads give now is what they gave when the page was made")
        return (reads, key, try #require(try await page(later).tracked).readsNow(reads))
    }

    /// An approval's page, and its data, are carried over while nothing they read changed (a new month citing nothing,
    /// another record), and made again when something did: the approval, a line citing it, its number among its
    /// statement's lines (the data gives it), the compound's name, the site.
    @Test func anApprovalPageIsCarriedOverUntilSomethingItReadChanges() async throws {
        let path = SitePaths.approval("hexie", "A-1"), september = "content/compounds/hexie/ledger/2026-09.yaml"
        let november = ["content/compounds/hexie/ledger/2026-11.yaml": Optional(
            "month: 2026-11\nopening: \"4,400.00\"\nincome: []\nexpenses: []\nclosing: \"4,400.00\"\nprepared_by: 戊委员\nchecked_by: [辛监督]\n")]
        let unchanged: [(String, [String: String?])] = [
            ("a new month citing nothing", november),
            ("the evaluation", try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "participants: 80", "participants: 81")),
            ("a month's preparer", try SiteFixture.edit(september, "prepared_by: 戊委员", "prepared_by: 己委员")),
        ]
        for (change, files) in unchanged {
            let approval = try await Self.trackedPage(ApprovalPages.self, at: path, then: files)
            #expect(approval.later == approval.key, "\(change) leaves the approval's page alone")
        }
        let changes: [(String, [String: String?])] = [
            ("the approval", try SiteFixture.edit("content/compounds/hexie/approvals/A-1.md", "subject: 下水管更换", "subject: 下水管道更换")),
            ("the citing line's item", try SiteFixture.edit(september, "item: 下水管更换", "item: 下水管道更换")),
            // Balanced by a line after it: only the citing line's number changes, 2 to 3.
            ("an income line before the citing line", try SiteFixture.edit(september, [
                ("income:\n", "income:\n  - {date: 2026-09-02, item: 停车费, amount: 100, voucher: S-0}\n"),
                ("approval: A-1}\n", "approval: A-1}\n  - {date: 2026-09-20, item: 杂费, amount: 100, voucher: Z-2, payee: 某店}\n"),
            ])),
            ("the compound's name", try SiteFixture.edit("content/compounds/hexie/compound.yaml", "name: 和谐小区\n", "name: 和谐新区\n")),
        ]
        for (change, files) in changes {
            let approval = try await Self.trackedPage(ApprovalPages.self, at: path, then: files)
            #expect(approval.later != approval.key, "\(change): the approval's page is made again")
        }
    }

    /// A quarter's evaluation page is carried over while nothing it read changed, and made again when its evaluation,
    /// or the compound's households it is counted against, did.
    @Test func anEvaluationPageIsCarriedOverUntilSomethingItReadChanges() async throws {
        let path = SitePaths.evaluation("hexie", try #require(Quarter(parsing: "2026-Q3")))
        let september = try await Self.trackedPage(EvaluationPages.self, at: path, then: try SiteFixture.edit(
            "content/compounds/hexie/ledger/2026-09.yaml", "prepared_by: 戊委员", "prepared_by: 己委员"))
        #expect(september.reads.contains(.evaluation) && september.reads.contains(.compound) && september.reads.contains(.site))
        #expect(september.later == september.key, "a statement leaves the evaluation's page alone")
        let changes: [(String, [String: String?])] = [
            ("the evaluation's participants", try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "participants: 80", "participants: 81")),
            ("an issue's response", try SiteFixture.edit("content/compounds/hexie/evaluations/2026-Q3.yaml", "response: 已加装", "response: 已加装两盏")),
            ("the compound's households", try SiteFixture.edit("content/compounds/hexie/compound.yaml", "households: ", "households: 1")),
        ]
        for (change, files) in changes {
            let evaluation = try await Self.trackedPage(EvaluationPages.self, at: path, then: files)
            #expect(evaluation.later != evaluation.key, "\(change): the evaluation's page is made again")
        }
    }

    @Test func rawHTMLInMarkdownIsNotPassedThrough() async throws {
        let out = try await SiteFixture.sharedBuild()
        let approval = try SiteFixture.read(out, "hexie/approvals/A-1/index.html")
        #expect(!approval.contains("<script>"))
        #expect(approval.contains("比较三家报价"))
        let services = try SiteFixture.read(out, "hexie/services/2026-10/index.html")
        #expect(services.contains("<table>"), "GFM tables render")
    }

    @Test func contentIsEscapedEverywhere() async throws {
        let (fixture, out) = try await SiteFixture.built(try SiteFixture.edit("content/compounds/hexie/compound.yaml", "name: 和谐小区\n", "name: \"和谐<b>小区</b>\\\"'&\"\n"))
        defer { fixture.remove() }
        for page in ["index.html", "hexie/index.html", "hexie/ledger/2026-10/index.html", "hexie/ledger/2026-10/print.html"] {
            let html = try SiteFixture.read(out, page)
            #expect(!html.contains("<b>小区</b>"), "\(page)")
            #expect(html.contains("和谐&lt;b&gt;小区&lt;/b&gt;&quot;&#39;&amp;"), "\(page)")
        }
    }

    @Test func pagesLoadNothingFromOtherHosts() async throws {
        let out = try await SiteFixture.sharedBuild()
        for page in Self.pages where page.hasSuffix(".html") {
            let html = try SiteFixture.read(out, page)
            for attribute in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(http", "@import"] {
                // Absolute URLs appear only in metadata (canonical, og:url), never as something loaded.
                let loads = html.components(separatedBy: "\n").filter { $0.contains(attribute) && !$0.contains("rel=\"canonical\"") }
                #expect(loads.isEmpty, "\(page): \(loads)")
            }
        }
    }

    @Test func sheetsCarryAQRCodeOfTheMobilePage() async throws {
        let out = try await SiteFixture.sharedBuild()
        let sheet = try SiteFixture.read(out, "hexie/ledger/2026-10/print.html")
        #expect(sheet.contains("<svg") && sheet.contains("aria-label=\"扫码查看网页版：https://example.org/board/hexie/ledger/2026-10/?v="))
    }

    @Test func qrCodeModulesComeFromLibqrencode() throws {
        let code = try #require(QRCode("https://example.org/board/hexie/ledger/2026-10/"))
        // 48 bytes need version 4 (33 modules) at level M; the finder pattern's corner is dark.
        #expect(code.size == 33)
        #expect(code.modules[0] && code.modules[6] && !code.modules[7])
    }

    /// The SVG draws each row's dark runs as lines through the row's middle: read back, they are the modules.
    /// The long text makes a code over 100 modules wide, so that the path holds numbers of three digits.
    @Test(arguments: ["https://example.org/board/hexie/ledger/2026-10/?v=K7QM3XHT", String(repeating: "长文本", count: 120)])
    func qrCodeSVGDrawsEveryDarkModuleAndNoOther(text: String) throws {
        let code = try #require(QRCode(text))
        if text.utf8.count > 100 { #expect(code.size > 100) }
        let svg = code.drawing
        let start = try #require(svg.range(of: " d=\"")).upperBound
        let path = svg[start...].prefix { $0 != "\"" }
        var drawn = [Bool](repeating: false, count: code.size * code.size)
        var x = 0, y = 0
        for command in path.matches(of: #/([Mmh])([0-9.]+)(?: ([0-9.]+))?/#) {
            let first = String(command.output.2), second = command.output.3.map(String.init)
            switch command.output.1 {
            case "M":
                let row = try #require(second.flatMap(Double.init))
                #expect(row.truncatingRemainder(dividingBy: 1) == 0.5, "a line runs through the middle of its row")
                x = try #require(Int(first)) - 4
                y = Int(row) - 4
            case "m":
                #expect(second == "0", "a move stays on its row")
                x += try #require(Int(first))
            default:
                let run = try #require(Int(first))
                try #require(x >= 0 && y >= 0 && y < code.size && x + run <= code.size, "a run inside the code")
                for column in x..<(x + run) { drawn[y * code.size + column] = true }
                x += run
            }
        }
        #expect(drawn == code.modules)
        #expect(svg.contains("fill=\"none\" stroke=\"#000\""))
    }

    @Test func markdownRendersGFMTablesAndDropsRawHTML() {
        #expect(Markdown.html("| a | b |\n|---|---|\n| 1 | 2 |").contains("<td>1</td>"))
        #expect(!Markdown.html("<iframe src=x></iframe>\n\ntext").contains("<iframe"))
        #expect(!Markdown.html("[x](javascript:alert(1))").contains("javascript:"))
    }
}
