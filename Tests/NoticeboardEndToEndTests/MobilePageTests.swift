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

/// The pages residents open from the WeChat group, built from the sample community and looked at in Chromium.
@Suite(.serialized) struct MobilePageTests {
    /// The sample's one build (`CLI.sampleBuild`).
    static func site() throws -> URL { try CLI.sampleBuild() }

    static let pages = [
        "index.html", "xinyuan/index.html", "xinyuan/ledger/2026-10/index.html", "xinyuan/services/2026-10/index.html",
        "xinyuan/approvals/A-2026-07/index.html", "xinyuan/evaluations/2026-Q3/index.html", "yizhong-sushe/households/index.html",
        "yizhong-sushe/notices/hongbai-lishihui/index.html", "404.html", "xinyuan/ledger/2026/index.html", "overview/index.html",
    ]

    @Test(arguments: pages)
    func readsOnAPhoneWithoutSidewaysScrolling(page: String) throws {
        let layout = try Browser.layout(of: try Self.site().appendingPathComponent(page), width: 360, height: 640)
        #expect(layout.viewportWidth == 360)
        #expect(layout.scrollWidth <= layout.viewportWidth, "\(page): \(layout)")
        #expect(layout.smallestText >= 16, "\(page): \(layout)")
    }

    @Test(arguments: ["index.html", "xinyuan/index.html", "xinyuan/ledger/2026-10/index.html"])
    func readsOnADesktop(page: String) throws {
        let layout = try Browser.layout(of: try Self.site().appendingPathComponent(page), width: 1280, height: 800)
        #expect(layout.scrollWidth <= layout.viewportWidth, "\(page): \(layout)")
        #expect(layout.smallestText >= 16, "\(page): \(layout)")
    }

    /// The overview on a phone: nothing in it runs past the screen's right edge, not even inside a box that
    /// scrolls (each compound is a card, its months wrap); on a desktop it takes the window's width, so that
    /// every month shows.
    @Test func theOverviewNeedsNoSidewaysScrollOnAPhoneAndFillsADesktop() throws {
        let page = try Self.site().appendingPathComponent("overview/index.html")
        let past = #"Array.from(document.querySelectorAll("main *")).filter(function (e) { return e.getBoundingClientRect().right > window.innerWidth + 0.5; }).length"#
        #expect(try Browser.evaluate(past, in: page, width: 360, height: 640) == "0")
        let desktop = try Browser.evaluate(#"[document.querySelector("main").getBoundingClientRect().width, document.querySelector(".overview-table").getBoundingClientRect().width, \#(past)].join("|")"#,
                                           in: page, width: 1400, height: 900)
        let widths = desktop.split(separator: "|").map { Double($0) ?? -1 }
        #expect(widths.count == 3 && widths[0] >= 1350 && widths[2] == 0, "main as wide as the window, nothing past it: \(desktop)")
    }

    @Test func everyStatementPageWithItsStylesheetWeighsAtMostThirtyKilobytes() throws {
        let css = try Data(contentsOf: try Self.site().appendingPathComponent(DigestNames.path(of: "style.css", in: try Self.site()))).count
        let statements = try FileManager.default.subpathsOfDirectory(atPath: try Self.site().path).filter { $0.contains(/\/ledger\/\d{4}-\d{2}\/index\.html$/) }
        #expect(statements.count == 33)
        for page in statements {
            let html = try Data(contentsOf: try Self.site().appendingPathComponent(page)).count
            #expect(html + css <= 30 * 1024, "\(page): \(html) + \(css) bytes")
        }
    }

    /// What a browser fetches by itself: `src`, `srcset`, stylesheet and icon links, CSS `url()` and `@import`.
    static func fetchedAddresses(in text: String) -> [String] {
        var addresses: [String] = []
        for marker in ["src=\"", "srcset=\"", "url(", "@import \""] {
            for part in text.components(separatedBy: marker).dropFirst() {
                addresses.append(String(part.prefix { !"\")' ".contains($0) }))
            }
        }
        for tag in text.components(separatedBy: "<link ").dropFirst() where !tag.hasPrefix("rel=\"canonical\"") {
            if let href = tag.components(separatedBy: "href=\"").dropFirst().first { addresses.append(String(href.prefix { $0 != "\"" })) }
        }
        return addresses
    }

    @Test func noPageLoadsAnythingFromAnotherHost() throws {
        let base = "https://gongshi.example.cn/yongkang/"
        let files = try FileManager.default.subpathsOfDirectory(atPath: try Self.site().path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".css") }
        let stylesheet = DigestNames.path(of: "style.css", in: try Self.site())
        #expect(files.count > 200)
        for file in files {
            let text = try String(contentsOf: try Self.site().appendingPathComponent(file), encoding: .utf8)
            let addresses = Self.fetchedAddresses(in: text)
            if file.hasSuffix(".html") { #expect(addresses.contains { $0.hasSuffix(stylesheet) }, "\(file) links its stylesheet") }
            for address in addresses {
                let absolute = address.contains("://") || address.hasPrefix("//")
                #expect(!absolute || address.hasPrefix(base), "\(file) loads \(address)")
            }
        }
    }

    @Test func statementPageSharesWell() throws {
        let html = try String(contentsOf: try Self.site().appendingPathComponent("xinyuan/ledger/2026-10/index.html"), encoding: .utf8)
        #expect(html.contains("<title>馨园小区 2026年10月收支明细</title>"))
        #expect(html.contains("<meta name=\"description\" content=\"收入 ¥4,360.00，支出 ¥2,619.50，结余 ¥16,348.50\">"))
        #expect(html.contains("<meta property=\"og:url\" content=\"https://gongshi.example.cn/yongkang/xinyuan/ledger/2026-10/\">"))
        let emblem = DigestNames.path(of: "assets/emblem.png", in: try Self.site())
        #expect(html.contains("<meta property=\"og:image\" content=\"https://gongshi.example.cn/yongkang/\(emblem)\">"))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        // Older WeChat versions take the first image of the body for the card.
        let body = try #require(html.range(of: "<body>"))
        #expect(html[body.upperBound...].range(of: "<img")?.lowerBound == html[body.upperBound...].range(of: "<img src=\"../../../\(emblem)\"")?.lowerBound)
    }

    @Test func everyPageShowsTheSupervisionPhoneAndFeedback() throws {
        for page in Self.pages {
            let html = try String(contentsOf: try Self.site().appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("监督电话：<a href=\"tel:0351-7654321\">") && html.contains("意见建议："), "\(page)")
        }
    }

    /// Only a page that has a sheet at the gate says it matches the paper, and links the sheet.
    @Test func onlyPagesWithASheetSayTheyMatchThePaper() throws {
        let withSheet = ["xinyuan/ledger/2026-10/index.html": "print.html", "xinyuan/services/2026-10/index.html": "print.html",
                         "xinyuan/ledger/2026/index.html": "print.html"]
        for page in Self.pages {
            let html = try String(contentsOf: try Self.site().appendingPathComponent(page), encoding: .utf8)
            let footer = try #require(html.range(of: "<footer").map { String(html[$0.lowerBound...]) })
            if withSheet[page] != nil {
                let folder = page.split(separator: "/").dropLast().map { _ in "../" }.joined()
                #expect(footer.contains(#"与门房张贴的<a href="\#(folder)\#(page.dropLast("index.html".count))print.html">纸质公示</a>一致"#), "\(page)")
            } else {
                #expect(!footer.contains("纸质公示") && !footer.contains("门房张贴"), "\(page) has no sheet")
            }
        }
    }

    /// The home page is long on a phone (43 compounds): its first screen lists every compound by name under
    /// its joint branch, each a link to its page, and links to the page's other parts. Anchors and links
    /// only, nothing that needs a script.
    @Test func theHomePageFindsACompoundFromItsFirstScreen() throws {
        let index = try Self.site().appendingPathComponent("index.html")
        let result = try Browser.evaluate(#"""
            [document.getElementById("find-title").getBoundingClientRect().top, document.querySelectorAll(".directory li a[href$='/index.html']").length,
             document.documentElement.scrollHeight, Array.from(document.querySelectorAll(".directory a[href^='#']")).filter(function (a) {
               return !document.getElementById(a.getAttribute("href").slice(1)); }).length].join("|")
            """#, in: index, width: 360, height: 640)
        let parts = result.split(separator: "|").map { Int(Double($0) ?? -1) }
        #expect(parts.count == 4 && parts[0] >= 0 && parts[0] < 640, "the directory starts on the first screen: \(result)")
        #expect(parts[1] == 43, "every compound is linked from it: \(result)")
        #expect(parts[3] == 0, "every anchor leads to a part of the page: \(result)")
        let html = try String(contentsOf: index, encoding: .utf8)
        let directory = try #require(html.range(of: #"<div class="directory">"#).flatMap { start in html[start.upperBound...].range(of: "</div>").map { html[start.upperBound..<$0.lowerBound] } })
        #expect(!directory.contains("<script") && !directory.contains("onclick"))
    }

    /// The year's chart as a phone shows it: its scale's lines labelled with amounts, and only the months
    /// posted (August to October), not a frame of twelve.
    @Test func theYearChartLabelsItsScaleAndDrawsThePostedMonths() throws {
        let dom = try Browser.dom(try Self.site().appendingPathComponent("xinyuan/ledger/2026/index.html").absoluteString)
        let start = try #require(dom.range(of: #"class="year-chart""#))
        let end = try #require(dom[start.upperBound...].range(of: "</svg>"))
        let svg = String(dom[start.lowerBound..<end.upperBound])
        #expect(svg.matches(of: /<text class="axis"[^>]*>([\d,]+)<\/text>/).map { String($0.1) } == ["0", "5,000", "10,000", "15,000", "20,000"], "\(svg)")
        #expect(svg.matches(of: /<text x="[\d.]+" y="[\d.]+">(\d+月)<\/text>/).map { String($0.1) } == ["8月", "9月", "10月"])
    }

    @Test func sitemapListsEveryPageAbsolutely() throws {
        let sitemap = try String(contentsOf: try Self.site().appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let urls = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        let pages = try FileManager.default.subpathsOfDirectory(atPath: try Self.site().path).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(urls.count == pages.count)
        #expect(urls.allSatisfy { $0.hasPrefix("https://gongshi.example.cn/yongkang/") })
    }

    /// Every link between pages leads to a page of the site (the 404 page links from the host's root and
    /// is left out; links to other hosts, tel: and anchors are not followed).
    @Test func everyLinkLeadsToAPageOfTheSite() throws {
        let pages = try FileManager.default.subpathsOfDirectory(atPath: try Self.site().path).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        var broken: [String] = []
        for page in pages {
            let html = try String(contentsOf: try Self.site().appendingPathComponent(page), encoding: .utf8)
            let folder = try Self.site().appendingPathComponent(page).deletingLastPathComponent()
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) where !match.1.contains(":") && !match.1.hasPrefix("#") {
                let link = String(match.1.prefix { $0 != "?" && $0 != "#" })
                var target = folder.appendingPathComponent(link).standardizedFileURL
                if link.hasSuffix("/") { target = target.appendingPathComponent("index.html") }
                if !FileManager.default.fileExists(atPath: target.path) { broken.append("\(page) → \(link)") }
            }
        }
        #expect(pages.count > 200)
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// The index groups the compounds by the branch that covers them, with a jump link to each joint branch's group,
    /// every compound once, in the order people say the names.
    @Test func indexGroupsCompoundsByBranchInTheOrderPeopleSayThem() throws {
        let html = try String(contentsOf: try Self.site().appendingPathComponent("index.html"), encoding: .utf8)
        let anchors = html.matches(of: /<p><a href="#(branch-[a-z0-9-]+)">/).map { String($0.1) }
        #expect(anchors.count == 2, "a jump link for each joint branch: \(anchors)")
        for anchor in anchors { #expect(html.contains("<section class=\"branch-group\" id=\"\(anchor)\"")) }
        let rows = html.matches(of: /<tr data-name="([^"]+)">/).map { String($0.1) }
        #expect(rows.count == 43 && Set(rows).count == 43)
        let yongkang = rows.filter { $0.hasPrefix("永康北路") && $0.hasSuffix("号院") && $0.count <= 8 }
        #expect(yongkang == ["永康北路8号院", "永康北路15号院", "永康北路32号院"])
        #expect(html.contains(#"<p class="filter" id="compound-filter" hidden>"#), "without script the box does not show")
    }

    /// Typing in the filter box narrows the list; groups left empty disappear.
    @Test func filterBoxNarrowsTheListAsOneTypes() throws {
        let index = try Self.site().appendingPathComponent("index.html")
        let probe = try Self.site().appendingPathComponent("filter-probe.html")
        defer { try? FileManager.default.removeItem(at: probe) }
        let typing = #"<script>var i = document.getElementById("filter-input"); i.value = "永康北路"; i.dispatchEvent(new Event("input"));</script></body>"#
        try String(contentsOf: index, encoding: .utf8).replacingOccurrences(of: "</body>", with: typing).write(to: probe, atomically: true, encoding: .utf8)
        let dom = try Browser.dom(probe.absoluteString)
        #expect(dom.contains(#"<p class="filter" id="compound-filter">"#), "the box shows when script runs")
        let shown = dom.matches(of: /<tr data-name="([^"]+)">/).map { String($0.1) }
        #expect(!shown.isEmpty && shown.allSatisfy { $0.contains("永康北路") }, "\(shown)")
        // The compounds on 永康北路 belong to two branches (永康片区联合党支部, 永康北路32号院党支部): the other groups go.
        #expect(dom.matches(of: /<section class="branch-group" id="[^"]+" aria-labelledby="[^"]+">/).count == 2, "only groups with matches stay")
    }
}

/// WCAG contrast of the stylesheet's colour pairs, read from `templates/style.css`.
@Suite struct ContrastTests {
    static func colours() throws -> [String: String] {
        let css = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/style.css"), encoding: .utf8)
        var colours: [String: String] = [:]
        for line in css.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].hasPrefix("--"), parts[1].contains("#") else { continue }
            colours[String(parts[0])] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
        }
        return colours
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        func linear(_ shift: Int) -> Double {
            let channel = Double((value >> shift) & 255) / 255
            return channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        let red: Double = 0.2126 * linear(16), green: Double = 0.7152 * linear(8), blue: Double = 0.0722 * linear(0)
        return red + green + blue
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: [("--ink", "--paper"), ("--muted", "--paper"), ("--muted", "--band"), ("--ok", "--band"), ("--bad", "--band"),
                      ("--paper", "--red"), ("--ok", "--paper"), ("--bad", "--paper")])
    func textIsAtLeastFourAndAHalfToOne(foreground: String, background: String) throws {
        let colours = try Self.colours()
        let (fg, bg) = (try #require(colours[foreground]), try #require(colours[background]))
        #expect(Self.contrast(fg, bg) >= 4.5, "\(foreground) \(fg) on \(background) \(bg)")
    }
}
