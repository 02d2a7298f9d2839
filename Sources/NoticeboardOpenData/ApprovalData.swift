import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// A published major-expense decision (`<slug>/approvals/<id>/data.json`): its four steps with the vote
/// (also `data.csv`), its budget, the minutes, and the ledger lines that cite it with what they spent.
package struct ApprovalData: Codable, Sendable, Equatable, RecordData {
    package static let kind = "approval"
    package static let property = "steps"
    package static var table: DataTable<Step> { Step.table }
    package var period: String { id }
    package var rows: [Step] { steps }

    package static let format = "noticeboard-approval-data-1"

    package struct Step: Codable, Sendable, Equatable {
        package let compound: String
        package let approval: String
        /// `proposal`, `consultation`, `deliberation`, `resolution`.
        package let step: String
        package let date: String?
        package let by: String?
        package let votesFor: Int?
        package let votesAgainst: Int?
        package let abstentions: Int?

        enum CodingKeys: String, CodingKey {
            case compound, approval, step, date, by, votesFor = "votes_for", votesAgainst = "votes_against", abstentions
        }

        package func encode(to encoder: any Encoder) throws { try Self.table.rows([self])[0].encode(to: encoder) }

        package static let labels = ["proposal": "提议", "consultation": "商议", "deliberation": "审议", "resolution": "决议"]

        package static let table = DataTable<Step>(name: "approval-steps", title: "重大支出决策步骤", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("approval", "编号", .string, required: true, "the approval's id, cited by ledger lines") { .text($0.approval) },
            Column("step", "步骤", .string, required: true, "proposal 提议, consultation 商议, deliberation 审议, resolution 决议",
                   csv: { labels[$0.step] ?? $0.step }) { .text($0.step) },
            Column("date", "日期", .date, "the step's day; empty when the record lacks the step") { .text($0.date) },
            Column("by", "由谁", .string, "who took the step") { .text($0.by) },
            Column("votes_for", "赞成", .integer, "the resolution's votes for") { .integer($0.votesFor.map(Int64.init)) },
            Column("votes_against", "反对", .integer, "the resolution's votes against") { .integer($0.votesAgainst.map(Int64.init)) },
            Column("abstentions", "弃权", .integer, "the resolution's abstentions") { .integer($0.abstentions.map(Int64.init)) },
        ], primaryKey: ["compound", "approval", "step"], compoundKey: "compound")
    }

    package struct Spending: Codable, Sendable, Equatable {
        package let month: String
        package let line: Int
        package let date: String
        package let item: String
        package let amountFen: Int64
        package let amountYuan: String

        enum CodingKeys: String, CodingKey {
            case month, line, date, item, amountFen = "amount_fen", amountYuan = "amount_yuan"
        }
    }

    package let format: String
    package let compound: String
    package let compoundName: String
    package let id: String
    package let subject: String
    package let budgetFen: Int64
    package let budgetYuan: String
    package let steps: [Step]
    package let spending: [Spending]
    package let spentFen: Int64
    package let spentYuan: String
    package let minutes: String

    enum CodingKeys: String, CodingKey {
        case format, compound, compoundName = "compound_name", id, subject, budgetFen = "budget_fen", budgetYuan = "budget_yuan"
        case steps, spending, spentFen = "spent_fen", spentYuan = "spent_yuan", minutes
    }

    /// An expense line citing an approval: its month, and its number among the statement's lines (income first).
    package typealias Citation = (month: Month, line: Int, entry: Statement.Entry)

    /// Every expense line of `statements` citing an approval, in month order: what an approval's data gives of them,
    /// and what a tracked page's key holds of them (`MonthlySources`).
    package static func citations(in statements: [Statement]) -> [Citation] {
        statements.flatMap { statement in
            let first = statement.income.count + 1
            return statement.expenses.enumerated().filter { $0.element.approval != nil }.map { (statement.month.value, first + $0.offset, $0.element) }
        }
    }

    /// Every expense line of `statements` citing the approval `id`, in month order.
    package static func citations(of id: String, in statements: [Statement]) -> [Citation] {
        citations(in: statements).filter { $0.entry.approval?.value == id }
    }

    /// The decision of the compound `slug` (named `compoundName`) as published (`mask`), with the ledger lines that cite it.
    package init(compound slug: String, compoundName name: String, approval a: Approval, citations: [Citation], mask: PublicationMask) {
        let mask = mask.text
        let step = { (name: String, step: Approval.Step?) in
            Step(compound: slug, approval: a.id, step: name, date: step?.date.value.description, by: step.map { mask($0.by) },
                 votesFor: nil, votesAgainst: nil, abstentions: nil)
        }
        format = Self.format
        compound = slug
        compoundName = mask(name)
        id = a.id
        subject = mask(a.subject)
        budgetFen = a.budget.value.fen
        budgetYuan = a.budget.value.plainYuan
        steps = [step("proposal", a.proposal), step("consultation", a.consultation), step("deliberation", a.deliberation),
                 Step(compound: slug, approval: a.id, step: "resolution", date: a.resolution?.date.value.description,
                      by: a.resolution.map { mask($0.by) }, votesFor: a.resolution?.votesFor.value, votesAgainst: a.resolution?.votesAgainst,
                      abstentions: a.resolution?.abstentions)]
        spending = citations.map { month, line, entry in
            Spending(month: month.description, line: line, date: entry.date.value.description, item: mask(entry.item),
                     amountFen: entry.amount.value.fen, amountYuan: entry.amount.value.plainYuan)
        }
        let spent = spending.map { Money(fen: $0.amountFen) }.sum()
        spentFen = spent.fen
        spentYuan = spent.plainYuan
        minutes = mask(a.minutes)
    }
}
