import Foundation

/// `seeds/<pack>.yaml`: the thresholds and severities one district governs by.
struct RulePack: Sendable {
    struct Thresholds: Sendable {
        /// 100户以上单独成立党支部与物管会.
        let ownBranchMinHouseholds: Int
        /// 物管会党员比例不低于60%.
        let committeePartyRatioMin: Decimal
        /// What counts as a major expense (a local choice).
        let majorExpenseMin: Money
        /// Post by this day of the next month (a local choice).
        let postWithinDays: Int
        /// Expenses to one payee within this many days are added up against `majorExpenseMin` (FIN-010).
        let splitWindowDays: Int
        /// The share of satisfied and basically satisfied residents below which an item must be answered (SVC-005).
        let evaluationSatisfiedMin: Decimal

        static let defaultSplitWindowDays = 30
        static let defaultEvaluationSatisfiedMin: Decimal = 0.6
    }

    let name: String
    let thresholds: Thresholds
    /// Where money may go (`categories:`): what a ledger line's `category` names.
    let categories: [String]
    /// The categories of a pack that lists none (packs written before categories).
    static let defaultCategories = ["保洁", "垃圾清运", "维修", "水电", "绿化", "门岗值守", "办公", "其他"]
    /// 八有: item key and its label, in written order.
    let eightHaves: [(key: String, label: String)]
    let severities: [RuleID: SeverityOverride]
    /// The pack's file, relative to the site root.
    let file: String

    /// The severity a rule reports with under this pack, or nil when it is off.
    func severity(of rule: RuleID, default defaultSeverity: Severity) -> Severity? {
        if rule.isInputRule { return .error }
        switch severities[rule] {
        case .error: return .error
        case .warning: return .warning
        case .off: return nil
        case nil: return defaultSeverity
        }
    }
}
