import Foundation
import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardPrivacy
import NoticeboardSupport
import NoticeboardValues

/// One file of the generated site.
package struct RenderedFile: Sendable {
    /// Relative to the output folder.
    package let path: String
    /// As bytes, not `Data`: a page is rendered into an array, and the open data's package is tens of
    /// megabytes at a city's scale, which a conversion would copy once more.
    package let bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Makes every page of docs/site.md from the community, as the page kinds give them (`PageKinds`): each keyed
/// by what it is made from, and rendered when asked. Which pages are rendered and how they reach the output is
/// `SiteWriter`'s part.
package struct SiteRenderer: Sendable {
    package let community: Community
    package let templates: TemplateSet
    package let baseURL: String
    /// The privacy policy every file passes at the publishing boundary (`Community.publishedNumbers`).
    package let mask: PublicationMask
    package let fingerprints: [String: [Month: StatementFingerprint]]
    /// What each compound's monthly pages' reads give now, by slug (`MonthlyReads`); none for a community made in memory.
    package let monthlySources: [String: MonthlySources]
    /// The check's warnings by compound slug, for the overview (and the audit warnings for residents, when the pack says so).
    package let warnings: [String: [Diagnostic]]
    /// The stylesheet and the assets under the names every page links.
    package let staticFiles: StaticFiles
    /// The latest month of the records (`PageContext.latestMonth(of:)`), made once: every compound's pages ask for it.
    package let latestMonth: Month?

    package init(community: Community, templates: TemplateSet, baseURL: String, warnings: [String: [Diagnostic]] = [:]) async {
        self.community = community
        self.warnings = warnings
        self.templates = templates
        self.baseURL = baseURL
        let mask = PublicationMask(publishing: community.publishedNumbers)
        self.mask = mask
        self.latestMonth = PageContext.latestMonth(of: community)
        // Published as they are but for personal numbers in those that are text.
        self.staticFiles = StaticFiles(templates: templates) { path, bytes in
            String(validating: bytes, as: UTF8.self) == nil ? bytes : Data(Self.published(path, Rendered(bytes: Array(bytes), markup: []), mask: mask).bytes)
        }
        let chains = await community.compounds.concurrentMap { compound in
            (compound.slug, StatementFingerprint.chain(compound), MonthlySources(compound: compound, sources: community.sources))
        }
        self.fingerprints = Dictionary(uniqueKeysWithValues: chains.map { ($0.0, $0.1) })
        self.monthlySources = Dictionary(uniqueKeysWithValues: chains.compactMap { slug, _, sources in sources.map { (slug, $0) } })
    }

    /// The context pages are made in.
    package var pageContext: PageContext {
        PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints,
                    assets: .init(stylesheet: staticFiles.stylesheet, emblem: staticFiles.emblem), latestMonth: latestMonth)
    }

    /// Every page but the monthly ones, the months' bundles and the sitemap: each kind's, in `PageKinds`' order.
    package func pages() -> [SitePage] { PageKinds.all.flatMap { $0.pages(in: self) } }

    /// Every month with a statement or service list, oldest first.
    package func months() -> [Month] {
        Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) }).sorted()
    }

    /// The month's pages of every compound, each compound's in `PageKinds.monthly`' order: the bundle's order.
    package func monthPages(of compound: Compound, in month: Month) -> [SitePage] {
        PageKinds.monthly.compactMap { $0.page(of: compound, in: month, site: self) }
    }

    /// A page of one HTML output, keyed by its values, which `data` makes when the scheduler asks.
    package func htmlPage(_ template: PageTemplate, _ data: @escaping @Sendable () -> PageData) -> SitePage {
        SitePage { [htmlOutput(template, data())] }
    }

    /// The same with its record's data beside it, which `files` makes given the page's path.
    package func htmlPage(_ template: PageTemplate, _ data: @escaping @Sendable () -> PageData,
                          withData files: @escaping @Sendable (_ page: String) -> [DataFile]) -> SitePage {
        SitePage {
            let page = data()
            return [htmlOutput(template, page)] + files(page.path).map(dataOutput)
        }
    }

    package func htmlOutput(_ template: PageTemplate, _ data: PageData) -> PageOutput {
        PageOutput(path: data.path, format: .html, key: PageKey(template, data.value)) { file(data, template) }
    }

    package func file(_ data: PageData, _ template: PageTemplate) -> RenderedFile {
        published(data.path, render(template, data.value))
    }

    /// A data file beside a page, keyed by its bytes as encoded, and published through the same guard as the pages.
    package func dataOutput(_ file: DataFile) -> PageOutput {
        dataOutput(file.resource.path, file.resource.format == .json ? .json : .csv, file.bytes)
    }

    package func dataOutput(_ path: String, _ format: OutputFormat, _ bytes: [UInt8]) -> PageOutput {
        PageOutput(path: path, format: format, key: PageKey(data: bytes)) { publishedData(path, bytes) }
    }

    /// Data through the publishing guard: the digests the tool wrote are set aside while it passes and put back
    /// after, since the guard would mask an 18-digit run inside one as an identity card; every other byte is read.
    package func publishedData(_ path: String, _ bytes: consuming [UInt8]) -> RenderedFile {
        // Moved, not copied, when the caller gives bytes it no longer holds (the package): changed in place.
        var guarded = consume bytes
        let digests = ToolMadeDigests.setAside(&guarded)
        if let masked = mask.bytes(guarded) { guarded = masked }
        ToolMadeDigests.restore(&guarded, digests)
        return RenderedFile(path: path, bytes: guarded)
    }

    /// The last guard at the publishing boundary: every file the site writes as text has its personal numbers
    /// masked (`PublicationMask`), read as a reader or a machine would read them, but for the markup the program
    /// made itself, which was masked when it was made or holds no record's text.
    private func published(_ path: String, _ rendered: Rendered) -> RenderedFile {
        Self.published(path, rendered, mask: mask)
    }

    private static func published(_ path: String, _ rendered: Rendered, mask: PublicationMask) -> RenderedFile {
        RenderedFile(path: path, bytes: mask.bytes(rendered.bytes, passingOver: rendered.markup) ?? rendered.bytes)
    }

    /// A part of pages (a sheet), masked as a page is, as markup to place in them: the pages that hold it
    /// (its print page, the month's bundle) pass over it rather than read it again.
    package func renderPart(_ template: PageTemplate, _ value: Value) -> String {
        let rendered = render(template, value)
        return String(decoding: mask.bytes(rendered.bytes, passingOver: rendered.markup) ?? rendered.bytes, as: UTF8.self)
    }

    /// The publishing boundary (PRV-002): every value is masked before it reaches a template, so that the
    /// text a template puts around it cannot hide a number from the mask; the finished page is then masked
    /// again (`file`). No mobile number leaves unmasked unless a committee member published it.
    private func render(_ template: PageTemplate, _ value: Value) -> Rendered {
        templates.rendered(template, value.masked(by: mask) ?? value)
    }
}

extension Value {
    /// The value with every text masked for personal numbers (`PublicationMask`); nil when no text needed
    /// it, so that a page without such numbers is not copied. Markup is the program's own and is left alone.
    package func masked(by mask: PublicationMask) -> Value? {
        switch self {
        case .text(let text):
            let masked = mask.text(text)
            return masked == text ? nil : .text(masked)
        case .list(let items):
            // Most pages hold no such number: nothing is copied until one is found, and each item is masked once.
            var copy: [Value]?
            for (index, item) in items.enumerated() {
                let masked = item.masked(by: mask)
                if copy == nil, masked != nil { copy = Array(items[..<index]) }
                copy?.append(masked ?? item)
            }
            return copy.map(Value.list)
        case .record(let record):
            var copy: [Value]?
            for (index, value) in record.values.enumerated() {
                let masked = value.masked(by: mask)
                if copy == nil, masked != nil { copy = Array(record.values[..<index]) }
                copy?.append(masked ?? value)
            }
            return copy.map { .record(Record(names: record.names, values: $0)) }
        case .absent, .flag, .number, .markup:
            return nil
        }
    }
}
