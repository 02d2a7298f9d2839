/// `compounds/<slug>/ledger/<YYYY-MM>.yaml`: 每月收支明细, the monthly income and expense statement.
public struct Statement: Sendable {
    public struct Entry: Sendable {
        public let date: Located<Day>
        public let item: String
        public let amount: Located<Money>
        public let voucher: Located<String>?
        public let payee: String?
        /// The approval id an expense cites.
        public let approval: Located<String>?
        public let location: SourceLocation
    }

    public struct Exemption: Sendable {
        public let count: Located<Int>
        public let reason: String?
        public let location: SourceLocation
    }

    public struct Collection: Sendable {
        public let due: Located<Int>
        public let paid: Located<Int>
        public let exemptions: [Exemption]
        public let location: SourceLocation
    }

    public struct Correction: Sendable {
        public let date: Day
        public let what: String
        public let why: String
        /// Where its date is written.
        public let location: SourceLocation
    }

    public let month: Located<Month>
    public let opening: Located<Money>
    public let income: [Entry]
    public let expenses: [Entry]
    public let closing: Located<Money>
    public let collection: Collection?
    public let preparedBy: Located<String>?
    public let checkedBy: [Located<String>]
    /// The `checked_by` list, or the statement when it is absent.
    public let checkedByLocation: SourceLocation
    public let posted: Located<Day>?
    public let corrections: [Correction]
    /// `draft: true`: checked for what can be checked (arithmetic, dates, vouchers), never published.
    public let isDraft: Bool
    public let location: SourceLocation

    /// The same statement with its lines from elsewhere (a spreadsheet).
    func with(income: [Entry], expenses: [Entry]) -> Statement {
        Statement(month: month, opening: opening, income: income, expenses: expenses, closing: closing, collection: collection,
                  preparedBy: preparedBy, checkedBy: checkedBy, checkedByLocation: checkedByLocation, posted: posted,
                  corrections: corrections, isDraft: isDraft, location: location)
    }

    public var totalIncome: Money { income.map(\.amount.value).sum() }
    public var totalExpenses: Money { expenses.map(\.amount.value).sum() }
    /// What the closing balance must be: opening + income − expenses.
    public var expectedClosing: Money { opening.value + totalIncome - totalExpenses }
    public var balances: Bool { expectedClosing == closing.value }
}
