import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// A published quarterly evaluation (`<slug>/evaluations/<YYYY-Qn>/data.json`): its results (also `data.csv`)
/// and the issues raised with their answers.
package struct EvaluationData: Codable, Sendable, Equatable, RecordData {
    package static let kind = "evaluation"
    package static let property = "results"
    package static var table: DataTable<Result> { Result.table }
    package var period: String { quarter }
    package var rows: [Result] { results }

    package static let format = "noticeboard-evaluation-data-1"

    package struct Result: Codable, Sendable, Equatable {
        package let compound: String
        package let quarter: String
        package let number: Int
        package let item: String
        package let satisfied: Int
        package let basic: Int
        package let unsatisfied: Int
        /// Satisfied and basically satisfied of all who rated the item, as the page prints it.
        package let share: String

        package func encode(to encoder: any Encoder) throws { try Self.table.rows([self])[0].encode(to: encoder) }

        package static let table = DataTable<Result>(name: "evaluation-results", title: "居民评议结果", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("quarter", "季度", .string, required: true, "the quarter, YYYY-Qn") { .text($0.quarter) },
            Column("number", "序号", .integer, required: true, "the item's place") { .integer(Int64($0.number)) },
            Column("item", "评议项目", .string, required: true, "what was rated") { .text($0.item) },
            Column("satisfied", "满意", .integer, required: true, "满意") { .integer(Int64($0.satisfied)) },
            Column("basic", "基本满意", .integer, required: true, "基本满意") { .integer(Int64($0.basic)) },
            Column("unsatisfied", "不满意", .integer, required: true, "不满意") { .integer(Int64($0.unsatisfied)) },
            Column("share", "满意率", .string, required: true, "satisfied and basically satisfied of those who rated, 89.3%") { .text($0.share) },
        ], primaryKey: ["compound", "quarter", "number"], compoundKey: "compound")
    }

    package struct Issue: Codable, Sendable, Equatable {
        package let item: String?
        package let raised: String
        package let response: String?

        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(item, forKey: .item)
            try c.encode(raised, forKey: .raised)
            try c.encode(response, forKey: .response)
        }
    }

    package let format: String
    package let compound: String
    package let compoundName: String
    package let quarter: String
    package let date: String
    package let participants: Int
    package let results: [Result]
    package let issues: [Issue]

    enum CodingKeys: String, CodingKey {
        case format, compound, compoundName = "compound_name", quarter, date, participants, results, issues
    }

    /// The evaluation of the compound `slug` (named `compoundName`) as published (`mask`).
    package init(compound slug: String, compoundName name: String, evaluation e: Evaluation, mask: PublicationMask) {
        let quarter = e.quarter.value.description
        let mask = mask.text
        format = Self.format
        compound = slug
        compoundName = mask(name)
        self.quarter = quarter
        date = e.date.description
        participants = e.participants.value
        results = e.results.enumerated().map { index, r in
            Result(compound: slug, quarter: quarter, number: index + 1, item: mask(r.item), satisfied: r.satisfied, basic: r.basic,
                   unsatisfied: r.unsatisfied, share: r.share)
        }
        issues = e.issues.map { Issue(item: $0.item.map(mask), raised: mask($0.raised), response: $0.response.map(mask)) }
    }
}
