import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// A published service list (`<slug>/services/<YYYY-MM>/data.json`): its items (also `data.csv`), feedback
/// channel, the day it went up, its body, and its code (not chained: docs/verification-codes.md), recomputable
/// from this file unless a value was masked.
package struct ServiceListData: Codable, Sendable, Equatable {
    package static let format = "noticeboard-services-data-1"

    package struct Item: Codable, Sendable, Equatable {
        package let compound: String
        package let month: String
        package let number: Int
        package let name: String
        package let standard: String?
        package let by: String?
        /// `planned`, `in_progress`, `done`, `delayed`.
        package let status: String
        package let note: String?

        package func encode(to encoder: any Encoder) throws { try Self.table.rows([self])[0].encode(to: encoder) }

        package static let table = DataTable<Item>(name: "service-items", title: "服务清单", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("month", "月份", .yearmonth, required: true, "the list's month") { .text($0.month) },
            Column("number", "序号", .integer, required: true, "the item's place in the list") { .integer(Int64($0.number)) },
            Column("name", "服务项目", .string, required: true, "the service") { .text($0.name) },
            Column("standard", "服务标准", .string, "服务标准") { .text($0.standard) },
            Column("by", "负责", .string, "who does it") { .text($0.by) },
            Column("status", "状态", .string, required: true, "planned 计划, in_progress 进行中, done 已完成, delayed 延期",
                   csv: { ServiceStatus(rawValue: $0.status)?.label ?? $0.status }) { .text($0.status) },
            Column("note", "备注", .string, "a note") { .text($0.note) },
        ], primaryKey: ["compound", "month", "number"], compoundKey: "compound")
    }

    package let format: String
    package let canonicalForm: String
    package let compound: String
    package let compoundName: String
    package let month: String
    package let posted: String?
    package let items: [Item]
    package let feedbackPhone: String?
    package let feedbackPlace: String?
    /// The Markdown body as written, without blank lines at its ends.
    package let body: String
    package let code: String
    package let masked: [String]
    package let page: String

    enum CodingKeys: String, CodingKey {
        case format, canonicalForm = "canonical_form", compound, compoundName = "compound_name", month, posted, items
        case feedbackPhone = "feedback_phone", feedbackPlace = "feedback_place", body, code, masked, page
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(canonicalForm, forKey: .canonicalForm)
        try c.encode(compound, forKey: .compound)
        try c.encode(compoundName, forKey: .compoundName)
        try c.encode(month, forKey: .month)
        try c.encode(posted, forKey: .posted)
        try c.encode(items, forKey: .items)
        try c.encode(feedbackPhone, forKey: .feedbackPhone)
        try c.encode(feedbackPlace, forKey: .feedbackPlace)
        try c.encode(body, forKey: .body)
        try c.encode(code, forKey: .code)
        try c.encode(masked, forKey: .masked)
        try c.encode(page, forKey: .page)
    }

    /// The list's canonical form as this file shows it (`ServiceListFingerprint.canonicalForm` of the published values).
    package var canonicalFormOfData: CanonicalForm {
        var form = CanonicalForm(capacity: 256 + 96 * items.count + body.utf8.count)
        form.line("noticeboard-services-1")
        form.line("compound \(compound)")
        form.line("month \(month)")
        form.line("posted \(posted ?? "")")
        for item in items { form.line("item", item.name, item.standard, item.by, item.status, item.note) }
        form.line("feedback " + (feedbackPhone ?? ""), feedbackPlace)
        form.line("body")
        form.append(body)
        return form
    }

    package init(compound: Compound, list: ServiceList, published: Set<String>) {
        var masked: [String] = []
        func mask(_ text: String?, _ name: @autoclosure () -> String) -> String? {
            guard let text else { return nil }
            let shown = PersonalNumbers.masked(text, except: published)
            if shown != text { masked.append(name()) }
            return shown
        }
        let month = list.month.value.description
        items = list.items.enumerated().map { index, item in
            Item(compound: compound.slug, month: month, number: index + 1, name: mask(item.name, "items[\(index + 1)].name")!,
                 standard: mask(item.standard, "items[\(index + 1)].standard"), by: mask(item.by, "items[\(index + 1)].by"),
                 status: item.status.rawValue, note: mask(item.note, "items[\(index + 1)].note"))
        }
        format = Self.format
        canonicalForm = "noticeboard-services-1"
        self.compound = compound.slug
        compoundName = PersonalNumbers.masked(compound.name, except: published)
        self.month = month
        posted = list.posted?.value.description
        feedbackPhone = mask(list.feedback?.phone, "feedback_phone")
        feedbackPlace = mask(list.feedback?.place, "feedback_place")
        body = mask(list.body, "body")!
        code = ServiceListFingerprint.code(of: list, in: compound).description
        self.masked = masked
        page = "\(compound.slug)/services/\(month)/index.html"
    }
}

/// A published quarterly evaluation (`<slug>/evaluations/<YYYY-Qn>/data.json`): its results (also `data.csv`)
/// and the issues raised with their answers.
package struct EvaluationData: Codable, Sendable, Equatable {
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

    package init(compound: Compound, evaluation e: Evaluation, published: Set<String>) {
        let quarter = e.quarter.value.description
        let mask = { (text: String) in PersonalNumbers.masked(text, except: published) }
        format = Self.format
        self.compound = compound.slug
        compoundName = mask(compound.name)
        self.quarter = quarter
        date = e.date.description
        participants = e.participants.value
        results = e.results.enumerated().map { index, r in
            Result(compound: compound.slug, quarter: quarter, number: index + 1, item: mask(r.item), satisfied: r.satisfied, basic: r.basic,
                   unsatisfied: r.unsatisfied, share: Formatting.percent(r.satisfied + r.basic, of: r.total))
        }
        issues = e.issues.map { Issue(item: $0.item.map(mask), raised: mask($0.raised), response: $0.response.map(mask)) }
    }
}

/// A published major-expense decision (`<slug>/approvals/<id>/data.json`): its four steps with the vote
/// (also `data.csv`), its budget, the minutes, and the ledger lines that cite it with what they spent.
package struct ApprovalData: Codable, Sendable, Equatable {
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

    package init(compound: Compound, approval a: Approval, published: Set<String>) {
        let mask = { (text: String) in PersonalNumbers.masked(text, except: published) }
        let step = { (name: String, step: Approval.Step?) in
            Step(compound: compound.slug, approval: a.id, step: name, date: step?.date.value.description, by: step.map { mask($0.by) },
                 votesFor: nil, votesAgainst: nil, abstentions: nil)
        }
        format = Self.format
        self.compound = compound.slug
        compoundName = mask(compound.name)
        id = a.id
        subject = mask(a.subject)
        budgetFen = a.budget.value.fen
        budgetYuan = a.budget.value.plainYuan
        steps = [step("proposal", a.proposal), step("consultation", a.consultation), step("deliberation", a.deliberation),
                 Step(compound: compound.slug, approval: a.id, step: "resolution", date: a.resolution?.date.value.description,
                      by: a.resolution.map { mask($0.by) }, votesFor: a.resolution?.votesFor.value, votesAgainst: a.resolution?.votesAgainst,
                      abstentions: a.resolution?.abstentions)]
        var spending: [Spending] = []
        for statement in compound.statements {
            let first = statement.income.count + 1
            for (index, line) in statement.expenses.enumerated() where line.approval?.value == a.id {
                spending.append(Spending(month: statement.month.value.description, line: first + index, date: line.date.value.description,
                                         item: mask(line.item), amountFen: line.amount.value.fen, amountYuan: line.amount.value.plainYuan))
            }
        }
        self.spending = spending
        let spent = spending.map { Money(fen: $0.amountFen) }.sum()
        spentFen = spent.fen
        spentYuan = spent.plainYuan
        minutes = mask(a.minutes)
    }
}
