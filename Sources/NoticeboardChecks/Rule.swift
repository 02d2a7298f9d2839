import NoticeboardLoading
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// A governance rule: reads the community, reports findings; never throws.
/// Each rule lives in its own file, named for what must hold, with its messages beside it.
package protocol Rule: Sendable {
    static var id: RuleID { get }
    static var defaultSeverity: Severity { get }
    func check(_ community: Community, _ findings: inout Findings)
}

/// Collects one rule's findings at the severity the rule pack gives it.
package struct Findings {
    package let rule: RuleID
    package let severity: Severity
    private(set) var diagnostics: [Diagnostic] = []

    package init(rule: RuleID, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    package mutating func report(at location: SourceLocation, _ message: Message, notes: [DiagnosticNote] = []) {
        diagnostics.append(Diagnostic(rule, severity, at: location, message, notes: notes))
    }
}

/// Runs every rule of the catalogue that the rule pack leaves on.
package enum Checker {
    package static let rules: [any Rule] = [
        ReferencesResolve(),
        LargeCompoundHasOwnBranch(), LargeCompoundHasCommittee(), EveryCompoundCoveredOnce(),
        FourLevelsHoldTogether(), BranchKindMatchesCoverage(),
        CommitteeHasEnoughPartyMembers(), SecretaryLeadsCommittee(), EveryMemberNominated(), RosterReviewedThenElected(),
        EveryCompoundHasStation(), StationMeetsEightHaves(), InstitutionsRecorded(),
        StatementBalances(), OpeningCarriesOver(), NoMonthMissing(), EntryDatesInMonth(), VouchersPresentAndUnique(),
        MajorExpensesApproved(), AccountManagedByThree(), StatementCheckedBySupervisor(), StatementPostedInTime(),
        NoSplittingAroundThreshold(), RelatedPartyPaymentsApproved(), BalanceNeverNegative(), DatesCanBeTrue(), NoDoubleEntries(),
        FeeDecisionRecorded(), CollectionAddsUp(), CollectionPostedEveryMonth(),
        ServiceListEveryMonth(), QuarterlyEvaluationHeld(), FeedbackChannelNamed(), EvaluationCountsAddUp(), LowSatisfactionAnswered(),
        ServiceListNamesServices(),
        PlateShowsIdentityDutyCommitment(), PlateNamesPostAndArea(), ResponsibilityAreasDistinct(),
        NoIdentityCardNumbers(), MobileNumbersMasked(), ExemptionsAnonymous(),
        SealedMonthsUnchanged(),
    ]

    /// With `governance` false only the input rules run: records with input errors were read
    /// in part, and governance rules on them would report consequences rather than causes.
    package static func check(_ community: Community, governance: Bool = true) async -> [Diagnostic] {
        let enabled = rules.compactMap { rule -> (any Rule, Severity)? in
            let id = type(of: rule).id
            guard governance || id.isInputRule else { return nil }
            return community.rulePack.severity(of: id, default: type(of: rule).defaultSeverity).map { (rule, $0) }
        }
        let results = await enabled.indices.map { $0 }.concurrentMap { index in
            let (rule, severity) = enabled[index]
            var findings = Findings(rule: type(of: rule).id, severity: severity)
            rule.check(community, &findings)
            return findings.diagnostics
        }
        return results.flatMap { $0 }
    }
}
