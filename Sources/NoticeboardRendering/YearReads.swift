import NoticeboardModel
import NoticeboardValues

/// A compound's year page's view of the records, as `MonthlyReads` is a monthly page's: every record the year's
/// page, its data and its sheet read passes through here and is noted (`RecordReads`), so that a year nothing it
/// read changed in is carried over without being made. A new month leaves the years before it alone, unless
/// one of its lines cites an approval: the citing lines are one read for the compound, so every year of it that
/// lists an approval is then made again.
package final class YearReads {
    private let compound: Compound
    package let year: Int
    /// Private, so that no view reaches the community around this compound without a note.
    private let context: PageContext
    /// Every page's frame reads the site.
    package private(set) var reads = RecordReads([.site])

    package init(compound: Compound, year: Int, context: PageContext) {
        self.compound = compound
        self.year = year
        self.context = context
    }

    /// The compound's folder name: the page's own address, not a read.
    package var slug: String { compound.slug }

    package var compoundName: String {
        reads.note(.compound)
        return compound.name
    }

    /// The committee's name; nil when the compound's file gives none.
    package var issuer: String? {
        reads.note(.compound)
        return compound.committee?.name
    }

    /// The year's statements, in month order.
    package var statements: [Statement] {
        reads.note(.statement)
        return compound.statements.filter { $0.month.value.year == year }
    }

    /// The chained fingerprint of a month of the year (made from its statement and every one before).
    package func fingerprint(_ month: Month) -> StatementFingerprint? {
        reads.note(.chain)
        return month.year == year ? context.fingerprints[compound.slug]?[month] : nil
    }

    package var approvals: [Approval] {
        reads.note(.approvals)
        return compound.approvals
    }

    /// Every expense line citing the approval `id`, in any month, with the month it is in, in month order.
    package func citations(of id: String) -> [(month: Month, line: Statement.Entry)] {
        reads.note(.citations)
        return compound.statements.flatMap { statement in
            statement.expenses.filter { $0.approval?.value == id }.map { (statement.month.value, $0) }
        }
    }

    /// Where the site is hosted: not a record, but part of what every page index is made from.
    package var baseURL: String { context.baseURL }

    /// The community and its supervision channels, from the site's file.
    package var site: SiteView { context.site }

    /// A page at `path` with its own content, below the community and the compound; `sheet`, its A4 sheet.
    package func page<Content: TemplateView>(_ path: String, sheet: String? = nil, _ content: Content) -> PageData {
        context.page(path, crumbs: [(context.community.site.community, SitePaths.community), (compoundName, SitePaths.compound(slug))], sheet: sheet, content)
    }
}
