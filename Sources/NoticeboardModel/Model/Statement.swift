import NoticeboardValues

/// `compounds/<slug>/ledger/<YYYY-MM>.yaml`: 每月收支明细, the monthly income and expense statement.
package struct Statement: Sendable {
    package struct Entry: Sendable {
        package let date: Located<Day>
        package let item: String
        package let amount: Located<Money>
        package let voucher: Located<String>?
        package let payee: String?
        /// The approval id an expense cites.
        package let approval: Located<String>?
        /// Where the money went (`category:`, one of the rule pack's categories); nil is 未分类.
        package let category: Located<String>?
        package let location: SourceLocation

        package init(
            date: Located<Day>,
            item: String,
            amount: Located<Money>,
            voucher: Located<String>?,
            payee: String?,
            approval: Located<String>?,
            category: Located<String>?,
            location: SourceLocation
        ) {
            self.date = date
            self.item = item
            self.amount = amount
            self.voucher = voucher
            self.payee = payee
            self.approval = approval
            self.category = category
            self.location = location
        }
    }

    package struct Exemption: Sendable {
        package let count: Located<Int>
        package let reason: String?
        package let location: SourceLocation

        package init(count: Located<Int>, reason: String?, location: SourceLocation) {
            self.count = count
            self.reason = reason
            self.location = location
        }
    }

    package struct Collection: Sendable {
        package let due: Located<Int>
        package let paid: Located<Int>
        package let exemptions: [Exemption]
        package let location: SourceLocation

        package init(due: Located<Int>, paid: Located<Int>, exemptions: [Exemption], location: SourceLocation) {
            self.due = due
            self.paid = paid
            self.exemptions = exemptions
            self.location = location
        }

        /// 收缴率: households paid of those due, less the exempt (`98.3%`).
        package var rate: String {
            Formatting.percent(paid.value, of: max(0, due.value - exemptions.map(\.count.value).reduce(0, +)))
        }
    }

    package struct Correction: Sendable {
        package let date: Day
        package let what: String
        package let why: String
        /// Where its date is written.
        package let location: SourceLocation

        package init(date: Day, what: String, why: String, location: SourceLocation) {
            self.date = date
            self.what = what
            self.why = why
            self.location = location
        }
    }

    package let month: Located<Month>
    package let opening: Located<Money>
    package let income: [Entry]
    package let expenses: [Entry]
    package let closing: Located<Money>
    package let collection: Collection?
    package let preparedBy: Located<String>?
    package let checkedBy: [Located<String>]
    /// The `checked_by` list, or the statement when it is absent.
    package let checkedByLocation: SourceLocation
    package let posted: Located<Day>?
    package let corrections: [Correction]
    /// `draft: true`: checked for what can be checked (arithmetic, dates, vouchers), never published.
    package let isDraft: Bool
    package let location: SourceLocation

    package init(
        month: Located<Month>,
        opening: Located<Money>,
        income: [Entry],
        expenses: [Entry],
        closing: Located<Money>,
        collection: Collection?,
        preparedBy: Located<String>?,
        checkedBy: [Located<String>],
        checkedByLocation: SourceLocation,
        posted: Located<Day>?,
        corrections: [Correction],
        isDraft: Bool,
        location: SourceLocation
    ) {
        self.month = month
        self.opening = opening
        self.income = income
        self.expenses = expenses
        self.closing = closing
        self.collection = collection
        self.preparedBy = preparedBy
        self.checkedBy = checkedBy
        self.checkedByLocation = checkedByLocation
        self.posted = posted
        self.corrections = corrections
        self.isDraft = isDraft
        self.location = location
    }

    /// The same statement with its lines from elsewhere (a spreadsheet).
    package func with(income: [Entry], expenses: [Entry]) -> Statement {
        Statement(month: month, opening: opening, income: income, expenses: expenses, closing: closing, collection: collection,
                  preparedBy: preparedBy, checkedBy: checkedBy, checkedByLocation: checkedByLocation, posted: posted,
                  corrections: corrections, isDraft: isDraft, location: location)
    }

    package var totalIncome: Money { income.map(\.amount.value).sum() }
    package var totalExpenses: Money { expenses.map(\.amount.value).sum() }
    /// What the closing balance must be: opening + income − expenses.
    package var expectedClosing: Money { opening.value + totalIncome - totalExpenses }
    package var balances: Bool { expectedClosing == closing.value }
}
