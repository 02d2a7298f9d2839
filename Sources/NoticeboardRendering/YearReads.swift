import NoticeboardModel
import NoticeboardValues

/// A compound's year page's view of the records (`CompoundReads`), as `MonthlyReads` is a monthly page's: what
/// the year's page, its data and its sheet read is noted, so that a year nothing it read changed in is carried
/// over without being made. A new month leaves the years before it alone, unless one of its lines cites an
/// approval: the citing lines are one read for the compound, so every year of it that lists an approval is
/// then made again.
package final class YearReads: CompoundReads {
    package let year: Int

    package init(compound: Compound, year: Int, context: PageContext) {
        self.year = year
        super.init(compound: compound, context: context)
    }

    /// The year's statements, in month order.
    package var statements: [Statement] {
        reading(.statement) { compound, _ in compound.statements.filter { $0.month.value.year == year } }
    }

    /// The chained fingerprint of a month of the year (made from its statement and every one before).
    package func fingerprint(_ month: Month) -> StatementFingerprint? {
        reading(.chain) { compound, context in month.year == year ? context.fingerprints[compound.slug]?[month] : nil }
    }

    package var approvals: [Approval] { reading(.approvals) { compound, _ in compound.approvals } }

    /// Every expense line citing the approval `id`, in any month, with the month it is in, in month order.
    package func citations(of id: String) -> [(month: Month, line: Statement.Entry)] {
        reading(.citations) { compound, _ in
            compound.statements.flatMap { statement in
                statement.expenses.filter { $0.approval?.value == id }.map { (statement.month.value, $0) }
            }
        }
    }
}
