import Foundation
import NoticeboardValues

/// `seeds/<pack>.yaml`: the thresholds and severities one district governs by.
package struct RulePack: Sendable {
    package struct Thresholds: Sendable {
        /// 100户以上单独成立党支部与物管会.
        package let ownBranchMinHouseholds: Int
        /// 物管会党员比例不低于60%.
        package let committeePartyRatioMin: Decimal
        /// What counts as a major expense (a local choice).
        package let majorExpenseMin: Money
        /// Post by this day of the next month (a local choice).
        package let postWithinDays: Int
        /// Expenses to one payee within this many days are added up against `majorExpenseMin` (FIN-010).
        package let splitWindowDays: Int
        /// The share of satisfied and basically satisfied residents below which an item must be answered (SVC-005).
        package let evaluationSatisfiedMin: Decimal

        package init(
            ownBranchMinHouseholds: Int,
            committeePartyRatioMin: Decimal,
            majorExpenseMin: Money,
            postWithinDays: Int,
            splitWindowDays: Int,
            evaluationSatisfiedMin: Decimal
        ) {
            self.ownBranchMinHouseholds = ownBranchMinHouseholds
            self.committeePartyRatioMin = committeePartyRatioMin
            self.majorExpenseMin = majorExpenseMin
            self.postWithinDays = postWithinDays
            self.splitWindowDays = splitWindowDays
            self.evaluationSatisfiedMin = evaluationSatisfiedMin
        }

        package static let defaultSplitWindowDays = 30
        package static let defaultEvaluationSatisfiedMin: Decimal = 0.6
    }

    package let name: String
    package let thresholds: Thresholds
    /// Where money may go (`categories:`): what a ledger line's `category` names.
    package let categories: [String]
    /// The categories of a pack that lists none (packs written before categories).
    package static let defaultCategories = ["保洁", "垃圾清运", "维修", "水电", "绿化", "门岗值守", "办公", "其他"]
    /// 八有: item key and its label, in written order.
    package let eightHaves: [(key: String, label: String)]
    package let severities: [RuleID: SeverityOverride]
    /// Whether residents' pages show the audit warnings too (default: the overview only).
    package let auditWarnings: AuditWarningsShown
    /// The rules whose warnings are audit findings rather than faults of the records.
    package static let auditRules: Set<RuleID> = [.fin010, .fin011, .fin012, .fin013, .fin014, .svc005]
    /// The pack's file, relative to the site root.
    package let file: String

    package init(
        name: String,
        thresholds: Thresholds,
        categories: [String],
        eightHaves: [(key: String, label: String)],
        severities: [RuleID: SeverityOverride],
        auditWarnings: AuditWarningsShown = .overview,
        file: String
    ) {
        self.name = name
        self.thresholds = thresholds
        self.categories = categories
        self.eightHaves = eightHaves
        self.severities = severities
        self.auditWarnings = auditWarnings
        self.file = file
    }

    /// The severity a rule reports with under this pack, or nil when it is off.
    package func severity(of rule: RuleID, default defaultSeverity: Severity) -> Severity? {
        if rule.isInputRule { return .error }
        switch severities[rule] {
        case .error: return .error
        case .warning: return .warning
        case .off: return nil
        case nil: return defaultSeverity
        }
    }
}
