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
        case statement(Int, Int), statementSheet(Int, Int)
        case serviceList(Int, Int), serviceSheet(Int, Int)
        case approval(Int, Int), evaluation(Int, Int)
        case households(Int), householdSheets(Int)
        case compoundNotice(Int, Int), communityNotice(Int)
        case monthBundle(Month)
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

    func render(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) async -> [RenderedFile] {
        let specs = pageSpecs()
        let pages = await specs.concurrentMap(progress: { progress?($0, specs.count) }) { spec in render(spec) }
        let sitemap = RenderedFile(path: SitePaths.sitemap, bytes: Data(templates.render(.sitemap, [
            "urls": pages.map { SitePaths.absolute($0.path, baseURL: baseURL) },
        ]).utf8))
        let css = RenderedFile(path: TemplateSet.stylesheetName, bytes: templates.stylesheet)
        let assets = templates.assets.map { RenderedFile(path: "\(TemplateSet.assetsFolder)/\($0.name)", bytes: $0.bytes) }
        let notFound = render(.notFound)
        return pages + [sitemap, css, notFound] + assets
    }

    func pageSpecs() -> [PageSpec] {
        var specs: [PageSpec] = [.community]
        specs += community.notices.indices.map { .communityNotice($0) }
        for (c, compound) in community.compounds.enumerated() {
            specs.append(.compound(c))
            for s in compound.statements.indices { specs += [.statement(c, s), .statementSheet(c, s)] }
            for l in compound.serviceLists.indices { specs += [.serviceList(c, l), .serviceSheet(c, l)] }
            specs += compound.approvals.indices.map { .approval(c, $0) }
            specs += compound.evaluations.indices.map { .evaluation(c, $0) }
            if !compound.plates.isEmpty { specs += [.households(c), .householdSheets(c)] }
            specs += compound.notices.indices.map { .compoundNotice(c, $0) }
        }
        let months = Set(community.compounds.flatMap { $0.statements.map(\.month.value) + $0.serviceLists.map(\.month.value) })
        specs += months.sorted().map { .monthBundle($0) }
        return specs
    }

    private func render(_ spec: PageSpec) -> RenderedFile {
        let pages = PageContext(community: community, baseURL: baseURL, fingerprints: fingerprints)
        let c = community.compounds
        let (template, page): (PageTemplate, PageData) = switch spec {
        case .community: (.community, pages.communityPage())
        case .compound(let i): (.compound, pages.compoundPage(c[i]))
        case .statement(let i, let s): (.statement, pages.statementPage(c[i], c[i].statements[s]))
        case .statementSheet(let i, let s): (.statementSheet, pages.statementSheet(c[i], c[i].statements[s]))
        case .serviceList(let i, let l): (.serviceList, pages.serviceListPage(c[i], c[i].serviceLists[l]))
        case .serviceSheet(let i, let l): (.serviceSheet, pages.serviceSheet(c[i], c[i].serviceLists[l]))
        case .approval(let i, let a): (.approval, pages.approvalPage(c[i], c[i].approvals[a]))
        case .evaluation(let i, let e): (.evaluation, pages.evaluationPage(c[i], c[i].evaluations[e]))
        case .households(let i): (.households, pages.householdsPage(c[i], sheets: false))
        case .householdSheets(let i): (.householdSheets, pages.householdsPage(c[i], sheets: true))
        case .compoundNotice(let i, let n): (.notice, pages.noticePage(c[i].notices[n], in: c[i]))
        case .communityNotice(let n): (.notice, pages.noticePage(community.notices[n], in: nil))
        case .monthBundle(let month): (.monthBundle, pages.monthBundle(month))
        case .notFound: (.notFound, pages.notFoundPage())
        }
        // The publishing boundary: no mobile number leaves unmasked unless a committee member published it (PRV-002).
        let html = PersonalNumbers.maskMobiles(in: templates.render(template, page.context), except: publishedMobiles)
        return RenderedFile(path: page.path, bytes: Data(html.utf8))
    }
}
