import NoticeboardModel

/// A compound's page's view of the records (`MonthlyReads`, `YearReads`, `ApprovalReads`, `EvaluationReads`): every
/// record the page reads passes through here and is noted, so that what the page is made from is what it read (`RecordReads`), not a list
/// kept by hand. The views hold this, not the compound; the compound and the community around it are private
/// here, and a kind of view reaches them only through `reading(_:_:)`, which notes the read.
package class CompoundReads {
    private let compound: Compound
    private let context: PageContext
    /// Every page's frame reads the site.
    package private(set) var reads = RecordReads([.site])

    package init(compound: Compound, context: PageContext) {
        self.compound = compound
        self.context = context
    }

    /// `body` given the compound and the community around it, `read` noted: the one way to the records.
    package func reading<T>(_ read: RecordReads.Read, _ body: (Compound, PageContext) -> T) -> T {
        reads.note(read)
        return body(compound, context)
    }

    /// The compound's folder name: the page's own address, not a read.
    package var slug: String { compound.slug }

    package var compoundName: String { reading(.compound) { compound, _ in compound.name } }

    /// Who issues the compound's notices: the committee's name; nil when the compound's file gives none, and the
    /// templates name the compound's committee (`issuer.mustache`).
    package var issuer: String? { reading(.compound) { compound, _ in compound.committee?.name } }

    /// Where the site is hosted: not a record, but part of what every page index is made from (`SiteWriter.inputs`).
    package var baseURL: String { context.baseURL }

    /// The community and its supervision channels, from the site's file.
    package var site: SiteView { context.site }

    /// A page at `path` with its own content, in the frame every page has (which reads the site); `sheet`,
    /// the A4 sheet posted with the same content.
    package func page<Content: TemplateView>(_ path: String, crumbs: [(String, String)], sheet: String? = nil, _ content: Content) -> PageData {
        context.page(path, crumbs: crumbs, sheet: sheet, content)
    }

    /// The pages above the compound's own pages: the community and the compound.
    package var compoundCrumbs: [(String, String)] {
        [(context.community.site.community, SitePaths.community), (compoundName, SitePaths.compound(slug))]
    }
}
