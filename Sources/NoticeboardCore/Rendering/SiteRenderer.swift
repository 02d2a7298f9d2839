import Foundation

/// One file of the generated site.
public struct RenderedFile: Sendable {
    /// Relative to the output folder.
    public let path: String
    public let bytes: Data
}

/// Renders every page of cli-and-site.md from the community, in parallel.
struct SiteRenderer: Sendable {
    /// A page to render: which template, and which records.
    enum PageSpec: Sendable {
        case community
        case compound(Int)
        case statement(Int, Int), serviceList(Int, Int)
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

    init(community: Community, templates: TemplateSet, baseURL: String) {
        self.community = community
        self.templates = templates
        self.baseURL = baseURL
        self.publishedMobiles = community.publishedMobiles
        self.fingerprints = Dictionary(uniqueKeysWithValues: community.compounds.map { ($0.slug, StatementFingerprint.chain($0)) })
    }

    /// Renders every page into `writer`, a batch at a time, so that no more than a batch is held in memory.
    /// Returns how many files were written and how many were carried over unchanged.
    func render(into writer: OutputWriter, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) async throws -> (files: Int, unchanged: Int) {
        let specs = pageSpecs(), months = sheetMonths()
        let total = specs.count + months.count
        var paths: [String] = [], unchanged = 0, done = 0
        func place(_ files: [RenderedFile], count: Int) async throws {
            unchanged += try await writer.place(files)
            paths += files.map(\.path)
            done += count
            progress?(done, total)
        }
        for start in stride(from: 0, to: specs.count, by: Self.batchSize) {
            let batch = Array(specs[start..<min(start + Self.batchSize, specs.count)])
            try await place(batch.concurrentMap { spec in render(spec) }, count: batch.count)
        }
        // A month's sheets are a batch of their own: every compound's, and the bundle made from them.
        for month in months {
            try await place(monthSheets(month), count: 1)
        }
        let sitemap = RenderedFile(path: SitePaths.sitemap, bytes: Data(templates.render(.sitemap, [
            "urls": paths.filter { $0 != SitePaths.notFound }.sorted().map { SitePaths.absolute($0, baseURL: baseURL) },
        ]).utf8))
        let css = RenderedFile(path: TemplateSet.stylesheetName, bytes: templates.stylesheet)
        let assets = templates.assets.map { RenderedFile(path: "\(TemplateSet.assetsFolder)/\($0.name)", bytes: $0.bytes) }
        let rest = [sitemap, css] + assets
        unchanged += try await writer.place(rest)
        return (paths.count + rest.count, unchanged)
    }

    /// Pages rendered before they are written; small enough to bound memory, large enough to keep both cores busy.
    static let batchSize = 2048

    func pageSpecs() -> [PageSpec] {
        var specs: [PageSpec] = [.community, .notFound]
        specs += community.notices.indices.map { .communityNotice($0) }
        for (c, compound) in community.compounds.enumerated() {
            specs.append(.compound(c))
            specs += compound.statements.indices.map { .statement(c, $0) }
            specs += compound.serviceLists.indices.map { .serviceList(c, $0) }
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

    /// A month's sheets: each rendered once (the compounds spread over all cores), then wrapped as its own
    /// print page and joined into the month's bundle.
    private func monthSheets(_ month: Month) async -> [RenderedFile] {
        let pages = PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints)
        let sheets = await community.compounds.concurrentMap { compoundSheets($0, month, pages) }
        return sheets.flatMap(\.files) + [bundle(month, sheets.flatMap(\.fragments), pages)]
    }

    /// One compound's sheets of a month: their print pages, and the fragments for the bundle.
    private func compoundSheets(_ compound: Compound, _ month: Month, _ pages: PageContext) -> (files: [RenderedFile], fragments: [String]) {
        var files: [RenderedFile] = [], fragments: [String] = []
        if let statement = compound.statements.first(where: { $0.month.value == month }) {
            let view = StatementView(compound: compound, statement: statement, context: pages)
            let fragment = templates.render(.statementSheetBody, pages.sheet(view))
            files.append(file(pages.statementSheet(view, sheetHTML: fragment), .statementSheet))
            fragments.append(fragment)
        }
        if let list = compound.serviceLists.first(where: { $0.month.value == month }) {
            let view = ServiceListView(compound: compound, list: list, context: pages)
            let fragment = templates.render(.serviceSheetBody, pages.sheet(view))
            files.append(file(pages.serviceSheet(view, sheetHTML: fragment), .serviceSheet))
            fragments.append(fragment)
        }
        return (files, fragments)
    }

    private func bundle(_ month: Month, _ fragments: [String], _ pages: PageContext) -> RenderedFile {
        file(pages.monthBundle(month, sheetsHTML: fragments.joined(), count: fragments.count), .monthBundle)
    }

    private func file(_ data: PageData, _ template: PageTemplate) -> RenderedFile {
        RenderedFile(path: data.path, bytes: Data(published(templates.render(template, data.context)).utf8))
    }

    /// The publishing boundary: no mobile number leaves unmasked unless a committee member published it (PRV-002).
    private func published(_ html: String) -> String {
        PersonalNumbers.maskMobiles(in: html, except: publishedMobiles)
    }

    private func render(_ spec: PageSpec) -> RenderedFile {
        let pages = PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints)
        let c = community.compounds
        let template: PageTemplate, page: PageData
        switch spec {
        case .community: (template, page) = (.community, pages.communityPage())
        case .compound(let i): (template, page) = (.compound, pages.compoundPage(c[i]))
        case .statement(let i, let s): (template, page) = (.statement, pages.statementPage(c[i], c[i].statements[s]))
        case .serviceList(let i, let l): (template, page) = (.serviceList, pages.serviceListPage(c[i], c[i].serviceLists[l]))
        case .approval(let i, let a): (template, page) = (.approval, pages.approvalPage(c[i], c[i].approvals[a]))
        case .evaluation(let i, let e): (template, page) = (.evaluation, pages.evaluationPage(c[i], c[i].evaluations[e]))
        case .households(let i): (template, page) = (.households, pages.householdsPage(c[i], sheets: false))
        case .householdSheets(let i): (template, page) = (.householdSheets, pages.householdsPage(c[i], sheets: true))
        case .compoundNotice(let i, let n): (template, page) = (.notice, pages.noticePage(c[i].notices[n], in: c[i]))
        case .communityNotice(let n): (template, page) = (.notice, pages.noticePage(community.notices[n], in: nil))
        case .notFound: (template, page) = (.notFound, pages.notFoundPage())
        }
        return file(page, template)
    }
}
