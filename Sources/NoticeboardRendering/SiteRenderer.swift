import Foundation
import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardSupport
import NoticeboardValues

/// One file of the generated site.
package struct RenderedFile: Sendable {
    /// Relative to the output folder.
    package let path: String
    package let bytes: Data
}

/// Makes every page of docs/site.md from the community: each keyed by what it is made from, and
/// rendered when asked. Which pages are rendered and how they reach the output is `SiteWriter`'s part.
package struct SiteRenderer: Sendable {
    /// A page to render: which template, and which records. Statements and service lists are made
    /// month by month with their sheets (`PageContext.monthlyRecords`).
    package enum PageSpec: Sendable {
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

    package let community: Community
    package let templates: TemplateSet
    package let baseURL: String
    /// The privacy policy every file passes at the publishing boundary (`Community.publishedNumbers`).
    package let mask: PublicationMask
    package let fingerprints: [String: [Month: StatementFingerprint]]
    /// Each compound's monthly pages keyed by the files they are made from, by slug.
    package let monthlyInputs: [String: MonthlyPageInputs]
    /// The check's warnings by compound slug, for the overview.
    package let warnings: [String: Int]

    package init(community: Community, templates: TemplateSet, baseURL: String, warnings: [String: Int] = [:]) async {
        self.community = community
        self.warnings = warnings
        self.templates = templates
        self.baseURL = baseURL
        self.mask = PublicationMask(publishing: community.publishedNumbers)
        let chains = await community.compounds.concurrentMap { compound in
            (compound.slug, StatementFingerprint.chain(compound), MonthlyPageInputs(compound: compound, sources: community.sources))
        }
        self.fingerprints = Dictionary(uniqueKeysWithValues: chains.map { ($0.0, $0.1) })
        self.monthlyInputs = Dictionary(uniqueKeysWithValues: chains.map { ($0.0, $0.2) })
    }

    /// A page ready to be placed: where it goes, what it is made from (its values' key, and for a monthly
    /// page its files' key), and how to render it when it must be.
    package struct PlannedPage {
        package let path: String
        package let key: PageKey
        package var inputs: PageKey? = nil
        package let render: () -> RenderedFile

        package init(path: String, key: PageKey, inputs: PageKey? = nil, render: @escaping () -> RenderedFile) {
            self.path = path
            self.key = key
            self.inputs = inputs
            self.render = render
        }
    }

    package func pageSpecs() -> [PageSpec] {
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
    package func sheetMonths() -> [Month] {
        Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) }).sorted()
    }

    /// The pages of `spec`, keyed: one, or a year's page and its sheet, made from one set of values.
    package func pages(_ spec: PageSpec) -> [PlannedPage] {
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
    package var pageContext: PageContext { PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints) }

    /// The month's bundle of every sheet, keyed by its own values and the keys of the sheets' print pages
    /// (each holds its sheet's key); `sheets` gives the rendered sheets when the bundle must be rendered.
    package func monthBundle(_ month: Month, printKeys: [PageKey], sheets: @escaping () -> [String]) -> PlannedPage {
        let key = PageKey(.monthBundle, pageContext.monthBundle(month, sheetsHTML: "", count: printKeys.count).value, parts: printKeys)
        return PlannedPage(path: SitePaths.monthBundle(month), key: key) {
            let rendered = sheets()
            return file(pageContext.monthBundle(month, sheetsHTML: rendered.joined(), count: rendered.count), .monthBundle)
        }
    }

    /// The sitemap of `paths`: keyed like a page, since its list of a city's addresses takes a while to render.
    package func sitemap(of paths: [String]) -> PlannedPage {
        let sitemap = SitemapContent(urls: paths.filter { $0 != SitePaths.notFound }.sorted().map { SitePaths.absolute($0, baseURL: baseURL) }).value
        return PlannedPage(path: SitePaths.sitemap, key: PageKey(.sitemap, sitemap)) {
            published(SitePaths.sitemap, render(.sitemap, sitemap))
        }
    }

    /// The stylesheet and the assets, published as they are but for personal numbers in those that are text.
    package var staticFiles: [RenderedFile] {
        [published(TemplateSet.stylesheetName, Rendered(bytes: Array(templates.stylesheet), markup: []))]
            + templates.assets.map { asset in
                let path = "\(TemplateSet.assetsFolder)/\(asset.name)"
                return String(validating: asset.bytes, as: UTF8.self) == nil ? RenderedFile(path: path, bytes: asset.bytes) : published(path, Rendered(bytes: Array(asset.bytes), markup: []))
            }
    }

    package func file(_ data: PageData, _ template: PageTemplate) -> RenderedFile {
        published(data.path, render(template, data.value))
    }

    /// The last guard at the publishing boundary: every file the site writes as text has its personal numbers
    /// masked (`PublicationMask`), read as a reader or a machine would read them, but for the markup the program
    /// made itself, which was masked when it was made or holds no record's text.
    private func published(_ path: String, _ rendered: Rendered) -> RenderedFile {
        RenderedFile(path: path, bytes: Data(mask.bytes(rendered.bytes, passingOver: rendered.markup) ?? rendered.bytes))
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
            for (index, (name, value)) in zip(record.names, record.values).enumerated() {
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
