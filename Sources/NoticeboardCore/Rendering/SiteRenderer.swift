import Foundation
import MustacheEngine

/// One file of the generated site.
public struct RenderedFile: Sendable {
    /// Relative to the output folder.
    public let path: String
    public let bytes: Data
}

/// Renders every page of cli-and-site.md from the community, in parallel.
struct SiteRenderer: Sendable {
    /// A page to render: which template, and which records. Statements and service lists are rendered
    /// month by month with their sheets (`monthPages`).
    enum PageSpec: Sendable {
        case community
        case compound(Int)
        case approval(Int, Int), evaluation(Int, Int)
        case households(Int), householdSheets(Int)
        case compoundNotice(Int, Int), communityNotice(Int)
        /// Served for any missing address, so it links absolutely; not in the sitemap.
        case notFound
    }

    let community: Community
    let templates: TemplateSet
    let baseURL: String
    let publishedMobiles: Set<String>
    let fingerprints: [String: [Month: StatementFingerprint]]

    init(community: Community, templates: TemplateSet, baseURL: String) async {
        self.community = community
        self.templates = templates
        self.baseURL = baseURL
        self.publishedMobiles = community.publishedMobiles
        let chains = await community.compounds.concurrentMap { ($0.slug, StatementFingerprint.chain($0)) }
        self.fingerprints = Dictionary(uniqueKeysWithValues: chains)
    }

    /// Everything a page depends on besides its key: the templates, the tool, the base URL and the numbers
    /// committee members published (which masking leaves alone). A page index made from other inputs is not used.
    var inputs: String {
        ([templates.digest, BuildManifest.toolIdentity, baseURL] + publishedMobiles.sorted()).joined(separator: "\n").sha256Hex
    }

    /// What rendering did: the files of the site, how many were carried over unchanged, how many pages
    /// were rendered, and the keys of every page for the next build.
    struct Outcome: Sendable {
        var files = 0, unchanged = 0, rendered = 0
        var index: PageIndex
    }

    /// One page in the output, and how it got there.
    private struct Placed: Sendable {
        let path: String
        let entry: PageIndex.Entry
        let unchanged: Bool
        let rendered: Bool
    }

    /// Renders every page into `writer`, each written as soon as it is rendered. A page whose key is
    /// the one `previous` recorded, and whose file nobody touched, is carried over without rendering.
    func render(into writer: OutputWriter, previous: PageIndex?,
                progress: ((_ done: Int, _ total: Int) -> Void)? = nil) async throws -> Outcome {
        let specs = pageSpecs(), months = sheetMonths()
        let total = specs.count + months.count
        var outcome = Outcome(index: PageIndex(inputs: inputs)), done = 0
        func count(_ placed: [Placed]) throws(InputOutputError) {
            for page in placed {
                // Two pages at one address would leave one of them silently lost.
                guard outcome.index[page.path] == nil else {
                    throw InputOutputError(path: page.path, reason: "内部错误：两个页面的地址相同，构建已停止 / internal error: two pages share this address; the build stopped")
                }
                outcome.index.record(page.path, page.entry)
                outcome.files += 1
                if page.unchanged { outcome.unchanged += 1 }
                if page.rendered { outcome.rendered += 1 }
            }
        }
        let results = await specs.concurrentMap(progress: { progress?($0, total) }) { spec in
            Result { () throws(InputOutputError) in try place(spec, writer, previous) }
        }
        try count(try results.map { try $0.get() })
        done = specs.count
        for month in months {
            try count(try await monthPages(month, writer, previous))
            done += 1
            progress?(done, total)
        }
        // The sitemap is keyed like a page: its list of a city's addresses takes a while to render.
        let sitemap = SitemapContent(
            urls: outcome.index.entries.keys.filter { $0 != SitePaths.notFound }.sorted().map { SitePaths.absolute($0, baseURL: baseURL) }).value
        try count([try place(SitePaths.sitemap, PageKey(.sitemap, sitemap), writer, previous) {
            RenderedFile(path: SitePaths.sitemap, bytes: Data(render(.sitemap, sitemap)))
        }])
        let css = RenderedFile(path: TemplateSet.stylesheetName, bytes: templates.stylesheet)
        let assets = templates.assets.map { RenderedFile(path: "\(TemplateSet.assetsFolder)/\($0.name)", bytes: $0.bytes) }
        for file in [css] + assets {
            outcome.files += 1
            if try writer.place(file).unchanged { outcome.unchanged += 1 }
        }
        await writer.sweep(keeping: Set(outcome.index.entries.keys).union(([css] + assets).map(\.path)))
        return outcome
    }

    func pageSpecs() -> [PageSpec] {
        var specs: [PageSpec] = [.community, .notFound]
        specs += community.notices.indices.map { .communityNotice($0) }
        for (c, compound) in community.compounds.enumerated() {
            specs.append(.compound(c))
            specs += compound.approvals.indices.map { .approval(c, $0) }
            specs += compound.evaluations.indices.map { .evaluation(c, $0) }
            if !compound.plates.isEmpty { specs += [.households(c), .householdSheets(c)] }
            specs += compound.notices.indices.map { .compoundNotice(c, $0) }
        }
        return specs
    }

    /// Every month with a statement or service list, oldest first.
    func sheetMonths() -> [Month] {
        Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) }).sorted()
    }

    /// A month's statements and service lists: their mobile pages, and their sheets, each rendered at most
    /// once for its own print page and the month's bundle. The compounds spread over all cores; the bundle's
    /// key is made of the sheets' keys, so an unchanged month is carried over whole (a bundle that changed
    /// while some of its sheets did not renders them again).
    private func monthPages(_ month: Month, _ writer: OutputWriter, _ previous: PageIndex?) async throws -> [Placed] {
        let pages = PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints)
        let placed = try await community.compounds.concurrentMap { compound in
            Result { () throws(InputOutputError) in
                var placed: [PlacedRecord] = []
                for record in pages.monthlyPages(of: compound, in: month) { placed.append(try place(record, writer, previous)) }
                return placed
            }
        }.map { try $0.get() }.flatMap { $0 }
        let key = PageKey(.monthBundle, pages.monthBundle(month, sheetsHTML: "", count: placed.count).value, parts: placed.map(\.sheetKey))
        let bundle = try place(SitePaths.monthBundle(month), key, writer, previous) {
            let sheets = placed.allSatisfy { $0.sheet != nil }
                ? placed.compactMap(\.sheet)
                : community.compounds.flatMap { pages.monthlyPages(of: $0, in: month).map { $0.renderedSheet(renderText) } }
            return file(pages.monthBundle(month, sheetsHTML: sheets.joined(), count: sheets.count), .monthBundle)
        }
        return placed.flatMap { [$0.mobile, $0.print] } + [bundle]
    }

    /// A statement's or service list's pages placed, its sheet's key, and the sheet when it had to be rendered.
    private struct PlacedRecord: Sendable {
        let mobile: Placed, print: Placed
        let sheetKey: PageKey
        let sheet: String?
    }

    /// Places a record's mobile page and print page; its sheet is rendered only when the print page has to be.
    private func place(_ record: MonthlyPages, _ writer: OutputWriter, _ previous: PageIndex?) throws(InputOutputError) -> PlacedRecord {
        let keys = record.keys
        let mobile = try place(record.mobile.data.path, keys.mobile, writer, previous) { file(record.mobile.data, record.mobile.template) }
        let keyed = record.printData(keys.sheet.hex)
        var sheet: String?
        let print = try place(keyed.path, PageKey(record.print, keyed.value), writer, previous) {
            let html = record.renderedSheet(renderText)
            sheet = html
            return file(record.printData(html), record.print)
        }
        return PlacedRecord(mobile: mobile, print: print, sheetKey: keys.sheet, sheet: sheet)
    }

    /// Carries the page at `path` over when its key is the recorded one; renders and writes it otherwise.
    private func place(_ path: String, _ key: PageKey, _ writer: OutputWriter, _ previous: PageIndex?,
                       render: () -> RenderedFile) throws(InputOutputError) -> Placed {
        if let entry = previous?[path], entry.key == key, writer.carryOver(path, writtenAs: entry.file) {
            return Placed(path: path, entry: entry, unchanged: true, rendered: false)
        }
        let placed = try writer.place(render())
        return Placed(path: path, entry: .init(key: key, file: placed.file), unchanged: placed.unchanged, rendered: true)
    }

    private func place(_ spec: PageSpec, _ writer: OutputWriter, _ previous: PageIndex?) throws(InputOutputError) -> Placed {
        let (template, page) = pageData(spec)
        return try place(page.path, PageKey(template, page.value), writer, previous) { file(page, template) }
    }

    private func file(_ data: PageData, _ template: PageTemplate) -> RenderedFile {
        let bytes = render(template, data.value)
        let masked = bytes.withUnsafeBufferPointer { PersonalNumbers.maskMobiles(in: $0, except: publishedMobiles) }
        return RenderedFile(path: data.path, bytes: Data(masked ?? bytes))
    }

    /// A part of pages (a sheet), as text to place in them.
    private func renderText(_ template: PageTemplate, _ value: Value) -> String {
        String(decoding: render(template, value), as: UTF8.self)
    }

    /// The publishing boundary (PRV-002): every value is masked before it reaches a template, so that the
    /// text a template puts around it cannot hide a number from the mask; the finished page is then masked
    /// again (`file`). No mobile number leaves unmasked unless a committee member published it.
    private func render(_ template: PageTemplate, _ value: Value) -> [UInt8] {
        templates.render(template, value.masked(except: publishedMobiles) ?? value)
    }

    private func pageData(_ spec: PageSpec) -> (PageTemplate, PageData) {
        let pages = PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints)
        let c = community.compounds
        let template: PageTemplate, page: PageData
        switch spec {
        case .community: (template, page) = (.community, pages.communityPage())
        case .compound(let i): (template, page) = (.compound, pages.compoundPage(c[i]))
        case .approval(let i, let a): (template, page) = (.approval, pages.approvalPage(c[i], c[i].approvals[a]))
        case .evaluation(let i, let e): (template, page) = (.evaluation, pages.evaluationPage(c[i], c[i].evaluations[e]))
        case .households(let i): (template, page) = (.households, pages.householdsPage(c[i], sheets: false))
        case .householdSheets(let i): (template, page) = (.householdSheets, pages.householdsPage(c[i], sheets: true))
        case .compoundNotice(let i, let n): (template, page) = (.notice, pages.noticePage(c[i].notices[n], in: c[i]))
        case .communityNotice(let n): (template, page) = (.notice, pages.noticePage(community.notices[n], in: nil))
        case .notFound: (template, page) = (.notFound, pages.notFoundPage())
        }
        return (template, page)
    }
}

extension Value {
    /// Values the tool makes itself and that hold no record's text, or hold it masked already:
    /// the QR code's SVG (thousands of digits) and sheets rendered before.
    private static let toolMade: Set<String> = ["qr", "sheetsHTML"]

    /// The value with every text masked for personal numbers (`PersonalNumbers.masked`); nil when no text
    /// needed it, so that a page without such numbers is not copied.
    func masked(except published: Set<String>) -> Value? {
        switch self {
        case .text(let text):
            let masked = PersonalNumbers.masked(text, except: published)
            return masked == text ? nil : .text(masked)
        case .list(let items):
            // Most pages hold no such number: nothing is copied until one is found.
            guard let first = items.firstIndex(where: { $0.masked(except: published) != nil }) else { return nil }
            return .list(items.prefix(first) + items[first...].map { $0.masked(except: published) ?? $0 })
        case .record(let record):
            let masked = { (index: Int) in Self.toolMade.contains(record.names[index]) ? nil : record.values[index].masked(except: published) }
            guard let first = record.values.indices.first(where: { masked($0) != nil }) else { return nil }
            return .record(Record(record.names.indices.map { (record.names[$0], ($0 < first ? nil : masked($0)) ?? record.values[$0]) }))
        case .absent, .flag, .number:
            return nil
        }
    }
}
