/// `compounds/<slug>/ledger/<YYYY-MM>.yaml`: 每月收支明细, the monthly income and expense statement.
struct Statement: Sendable {
    struct Entry: Sendable {
        let date: Located<Day>
        let item: String
        let amount: Located<Money>
        let voucher: Located<String>?
        let payee: String?
        /// The approval id an expense cites.
        let approval: Located<String>?
        /// Where the money went (`category:`, one of the rule pack's categories); nil is 未分类.
        let category: Located<String>?
        let location: SourceLocation
    }

    struct Exemption: Sendable {
        let count: Located<Int>
        let reason: String?
        let location: SourceLocation
    }

    struct Collection: Sendable {
        let due: Located<Int>
        let paid: Located<Int>
        let exemptions: [Exemption]
        let location: SourceLocation
    }

    struct Correction: Sendable {
        let date: Day
        let what: String
        let why: String
        /// Where its date is written.
        let location: SourceLocation
    }

    let month: Located<Month>
    let opening: Located<Money>
    let income: [Entry]
    let expenses: [Entry]
    let closing: Located<Money>
    let collection: Collection?
    let preparedBy: Located<String>?
    let checkedBy: [Located<String>]
    /// The `checked_by` list, or the statement when it is absent.
    let checkedByLocation: SourceLocation
    let posted: Located<Day>?
    let corrections: [Correction]
    /// `draft: true`: checked for what can be checked (arithmetic, dates, vouchers), never published.
    let isDraft: Bool
    let location: SourceLocation

    /// The same statement with its lines from elsewhere (a spreadsheet).
    func with(income: [Entry], expenses: [Entry]) -> Statement {
        Statement(month: month, opening: opening, income: income, expenses: expenses, closing: closing, collection: collection,
                  preparedBy: preparedBy, checkedBy: checkedBy, checkedByLocation: checkedByLocation, posted: posted,
                  corrections: corrections, isDraft: isDraft, location: location)
    }

    var totalIncome: Money { income.map(\.amount.value).sum() }
    var totalExpenses: Money { expenses.map(\.amount.value).sum() }
    /// What the closing balance must be: opening + income − expenses.
    var expectedClosing: Money { opening.value + totalIncome - totalExpenses }
    var balances: Bool { expectedClosing == closing.value }
}
