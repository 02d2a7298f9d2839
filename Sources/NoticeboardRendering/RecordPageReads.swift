import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// An approval's page's view of the records (`CompoundReads`), as `MonthlyReads` is a month's: what the page and its
/// data read is noted, so that an approval nothing it read changed in is carried over without being made. A new
/// month leaves it alone unless one of its lines cites an approval: the citing lines are one read for the compound,
/// so each of its approvals' pages is then made again.
package final class ApprovalReads: CompoundReads {
    package let id: String

    package init(compound: Compound, id: String, context: PageContext) {
        self.id = id
        super.init(compound: compound, context: context)
    }

    /// The approval (one of the compound's approval files).
    package var approval: Approval? { reading(.approvals) { compound, _ in compound.approvals.first { $0.id == id } } }

    /// Every expense line citing the approval, in any month, with its month and number, in month order.
    package var citations: [ApprovalData.Citation] {
        reading(.citations) { compound, _ in ApprovalData.citations(of: id, in: compound.statements) }
    }
}

/// A quarter's evaluation page's view of the records (`CompoundReads`): its evaluation's file and the compound's own.
package final class EvaluationReads: CompoundReads {
    package let quarter: Quarter

    package init(compound: Compound, quarter: Quarter, context: PageContext) {
        self.quarter = quarter
        super.init(compound: compound, context: context)
    }

    package var evaluation: Evaluation? { reading(.evaluation) { compound, _ in compound.evaluations.first { $0.quarter.value == quarter } } }

    /// The compound's households (its own file), which the evaluation's participants are counted against.
    package var households: Int { reading(.compound) { compound, _ in compound.households.value } }
}
