import Foundation
import MustacheEngine

/// One file of the generated site.
struct RenderedFile: Sendable {
    /// Relative to the output folder.
    let path: String
    let bytes: Data
}

/// Makes every page of docs/site.md from the community: each keyed by what it is made from, and
/// rendered when asked. Which pages are rendered and how they reach the output is `SiteWriter`'s part.
struct SiteRenderer: Sendable {
    /// A page to render: which template, and which records. Statements and service lists are made
    /// month by month with their sheets (`PageContext.monthlyRecords`).
    enum PageSpec: Sendable {
        case community
        case compound(Int)
        /// Indices into the community's compounds and that compound's records.
        case approval(compound: Int, approval: Int), evaluation(compound: Int, evaluation: Int)
        case households(compound: Int), householdSheets(compound: Int)
        case compoundNotice(compound: Int, notice: Int), communityNotice(Int)
        /// A year's page and its sheet.
        case year(compound: Int, year: Int)
        case overview
        /// Served for any missing address, so it links absolutely; not in the sitemap.
        case notFound
    }

    let community: Community
    let templates: TemplateSet
    let baseURL: String
    /// The mobiles and accounts the records publish in full (`Community.publishedNumbers`).
    let publishedNumbers: Set<String>
    let fingerprints: [String: [Month: StatementFingerprint]]
    /// Each compound's monthly pages keyed by the files they are made from, by slug.
    let monthlyInputs: [String: MonthlyPageInputs]
    /// The check's warnings by compound slug, for the overview.
    let warnings: [String: Int]
    /// The stylesheet and the assets under the names every page links.
    let staticFiles: StaticFiles

    init(community: Community, templates: TemplateSet, baseURL: String, warnings: [String: Int] = [:]) async {
        self.community = community
        self.warnings = warnings
        self.templates = templates
        self.baseURL = baseURL
        self.publishedNumbers = community.publishedNumbers
        let numbers = publishedNumbers
        self.staticFiles = StaticFiles(templates: templates) { path, bytes in
            String(validating: bytes, as: UTF8.self) == nil ? bytes : Self.published(path, Array(bytes), except: numbers).bytes
        }
        let chains = await community.compounds.concurrentMap { compound in
            (compound.slug, StatementFingerprint.chain(compound), MonthlyPageInputs(compound: compound, sources: community.sources))
        }
        self.fingerprints = Dictionary(uniqueKeysWithValues: chains.map { ($0.0, $0.1) })
        self.monthlyInputs = Dictionary(uniqueKeysWithValues: chains.map { ($0.0, $0.2) })
    }

    /// A page ready to be placed: where it goes, what it is made from (its values' key, and for a monthly
    /// page its files' key), and how to render it when it must be.
    struct PlannedPage {
        let path: String
        let key: PageKey
        var inputs: PageKey? = nil
        let render: () -> RenderedFile
    }

    func pageSpecs() -> [PageSpec] {
        var specs: [PageSpec] = [.community, .notFound, .overview]
        specs += community.notices.indices.map { .communityNotice($0) }
        for (index, compound) in community.compounds.enumerated() {
            specs.append(.compound(index))
            specs += pageContext.years(of: compound).map { .year(compound: index, year: $0) }
            specs += compound.approvals.indices.map { .approval(compound: index, approval: $0) }
            specs += compound.evaluations.indices.map { .evaluation(compound: index, evaluation: $0) }
            if !compound.plates.isEmpty { specs += [.households(compound: index), .householdSheets(compound: index)] }
            specs += compound.notices.indices.map { .compoundNotice(compound: index, notice: $0) }
        }
        return specs
    }

    /// Every month with a statement or service list, oldest first.
    func sheetMonths() -> [Month] {
        Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) }).sorted()
    }

    /// The pages of `spec`, keyed: one, or a year's page and its sheet, made from one set of values.
    func pages(_ spec: PageSpec) -> [PlannedPage] {
        pageData(spec).map { template, page in
            PlannedPage(path: page.path, key: PageKey(template, page.value)) { file(withQRCode(template, spec, page) ?? page, template) }
        }
    }

    /// An annual sheet's `page` with its QR code. The code is drawn from the sheet's URL alone, which the
    /// sheet's key holds already, so it is drawn only when the sheet is rendered, as a month's sheet's is.
    private func withQRCode(_ template: PageTemplate, _ spec: PageSpec, _ page: PageData) -> PageData? {
        guard template == .yearSheet, case .year(let index, let year) = spec else { return nil }
        let qr = YearView(compound: community.compounds[index], year: year, context: pageContext).qrSVG()
        return PageData(path: page.path, value: page.value.withQRCode(qr))
    }

    /// The context month pages are made in.
    var pageContext: PageContext {
        PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints, assets: .init(stylesheet: staticFiles.stylesheet, emblem: staticFiles.emblem))
    }

    /// The month's bundle of every sheet, keyed by its own values and the keys of the sheets' print pages
    /// (each holds its sheet's key); `sheets` gives the rendered sheets when the bundle must be rendered.
    func monthBundle(_ month: Month, printKeys: [PageKey], sheets: @escaping () -> [String]) -> PlannedPage {
        let key = PageKey(.monthBundle, pageContext.monthBundle(month, sheetsHTML: "", count: printKeys.count).value, parts: printKeys)
        return PlannedPage(path: SitePaths.monthBundle(month), key: key) {
            let rendered = sheets()
            return file(pageContext.monthBundle(month, sheetsHTML: rendered.joined(), count: rendered.count), .monthBundle)
        }
    }

    /// The sitemap of `paths`: keyed like a page, since its list of a city's addresses takes a while to render.
    func sitemap(of paths: [String]) -> PlannedPage {
        let sitemap = SitemapContent(urls: paths.filter { $0 != SitePaths.notFound }.sorted().map { SitePaths.absolute($0, baseURL: baseURL) }).value
        return PlannedPage(path: SitePaths.sitemap, key: PageKey(.sitemap, sitemap)) {
            published(SitePaths.sitemap, render(.sitemap, sitemap))
        }
    }

    func file(_ data: PageData, _ template: PageTemplate) -> RenderedFile {
        published(data.path, render(template, data.value))
    }

    /// The last guard at the publishing boundary: every file the site writes as text has its personal numbers
    /// masked (`PersonalNumbers.masked`), read as a reader or a machine would read them.
    private func published(_ path: String, _ bytes: [UInt8]) -> RenderedFile {
        Self.published(path, bytes, except: publishedNumbers)
    }

    private static func published(_ path: String, _ bytes: [UInt8], except publishedNumbers: Set<String>) -> RenderedFile {
        let masked = bytes.withUnsafeBufferPointer { PersonalNumbers.masked($0, except: publishedNumbers) }
        return RenderedFile(path: path, bytes: Data(masked ?? bytes))
    }

    /// A part of pages (a sheet), as text to place in them.
    func renderText(_ template: PageTemplate, _ value: Value) -> String {
        String(decoding: render(template, value), as: UTF8.self)
    }

    /// The publishing boundary (PRV-002): every value is masked before it reaches a template, so that the
    /// text a template puts around it cannot hide a number from the mask; the finished page is then masked
    /// again (`file`). No mobile number leaves unmasked unless a committee member published it.
    private func render(_ template: PageTemplate, _ value: Value) -> [UInt8] {
        templates.render(template, value.masked(except: publishedNumbers) ?? value)
    }

    private func pageData(_ spec: PageSpec) -> [(PageTemplate, PageData)] {
        let pages = pageContext
        let compounds = community.compounds
        switch spec {
        case .community: return [(.community, pages.communityPage())]
        case .compound(let index): return [(.compound, pages.compoundPage(compounds[index]))]
        case .approval(let index, let approval):
            return [(.approval, pages.approvalPage(compounds[index], compounds[index].approvals[approval]))]
        case .evaluation(let index, let evaluation):
            return [(.evaluation, pages.evaluationPage(compounds[index], compounds[index].evaluations[evaluation]))]
        case .households(let index): return [(.households, pages.householdsPage(compounds[index], sheets: false))]
        case .householdSheets(let index): return [(.householdSheets, pages.householdsPage(compounds[index], sheets: true))]
        case .compoundNotice(let index, let notice): return [(.notice, pages.noticePage(compounds[index].notices[notice], in: compounds[index]))]
        case .communityNotice(let notice): return [(.notice, pages.noticePage(community.notices[notice], in: nil))]
        case .notFound: return [(.notFound, pages.notFoundPage())]
        case .year(let index, let year):
            let view = YearView(compound: compounds[index], year: year, context: pages), content = view.content
            return [(.year, pages.yearPage(view, content)), (.yearSheet, pages.yearSheet(view, content))]
        case .overview: return [(.overview, pages.overviewPage(warnings: warnings))]
        }
    }
}

extension Value {
    /// Values the tool makes itself and that hold no record's text, or hold it masked already:
    /// the QR code's SVG (thousands of digits) and sheets rendered before. Compared one by one, not
    /// looked up in a set: hashing every name of every page's values cost a quarter of the masking.
    private static func isToolMade(_ name: String) -> Bool {
        name == "qr" || name == "sheetsHTML" || name == "chart"
    }

    /// The value with every text masked for personal numbers (`PersonalNumbers.masked`); nil when no text
    /// needed it, so that a page without such numbers is not copied.
    func masked(except published: Set<String>) -> Value? {
        switch self {
        case .text(let text):
            let masked = PersonalNumbers.masked(text, except: published)
            return masked == text ? nil : .text(masked)
        case .list(let items):
            // Most pages hold no such number: nothing is copied until one is found, and each item is masked once.
            var copy: [Value]?
            for (index, item) in items.enumerated() {
                let masked = item.masked(except: published)
                if copy == nil, masked != nil { copy = Array(items[..<index]) }
                copy?.append(masked ?? item)
            }
            return copy.map(Value.list)
        case .record(let record):
            var copy: [Value]?
            for (index, (name, value)) in zip(record.names, record.values).enumerated() {
                let masked = Self.isToolMade(name) ? nil : value.masked(except: published)
                if copy == nil, masked != nil { copy = Array(record.values[..<index]) }
                copy?.append(masked ?? value)
            }
            return copy.map { .record(Record(names: record.names, values: $0)) }
        case .absent, .flag, .number:
            return nil
        }
    }
}
