import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// A posted statement as published (`<slug>/ledger/<YYYY-MM>/data.json`): every value of its canonical form
/// (docs/verification-codes.md) as the page shows it, the totals, the corrections, and its place on the chain —
/// its digest, fingerprint and code and the previous month's — so that anyone can recompute the code from this
/// file alone. Read back by `verify`.
package struct StatementData: Codable, Sendable, Equatable {
    package static let format = "noticeboard-statement-data-1"

    /// One ledger line: a row of the `ledger-lines` table (its CSV is `data.csv`, and the year's `data.csv`).
    package struct Line: Codable, Sendable, Equatable {
        package let compound: String
        package let month: String
        /// 1… in the canonical order: the income lines as written, then the expense lines as written.
        package let line: Int
        /// `income` or `expense`.
        package let kind: String
        package let date: String
        package let item: String
        package let amountFen: Int64
        package let amountYuan: String
        package let voucher: String?
        package let payee: String?
        package let approval: String?
        package let category: String?

        enum CodingKeys: String, CodingKey {
            case compound, month, line, kind, date, item, amountFen = "amount_fen", amountYuan = "amount_yuan", voucher, payee, approval, category
        }

        package func encode(to encoder: any Encoder) throws { try Self.table.rows([self])[0].encode(to: encoder) }

        /// The columns of `ledger-lines`: the JSON keys above, the CSV's Chinese headings.
        package static let table = DataTable<Line>(name: "ledger-lines", title: "收支明细", columns: [
            Column("compound", "小区", .string, required: true, "the compound's folder name (slug)") { .text($0.compound) },
            Column("month", "月份", .yearmonth, required: true, "the statement's month, YYYY-MM") { .text($0.month) },
            Column("line", "序号", .integer, required: true, "the line's place in the statement: income lines as written, then expense lines") { .integer(Int64($0.line)) },
            Column("kind", "收支", .string, required: true, "income (收入) or expense (支出)", csv: { $0.kind == "income" ? "收入" : "支出" }) { .text($0.kind) },
            Column("date", "日期", .date, required: true, "the day of the line") { .text($0.date) },
            Column("item", "摘要", .string, required: true, "what the line is for, as written") { .text($0.item) },
            Column("amount_fen", "金额（分）", .integer, required: true, "the amount in fen (1/100 yuan)") { .integer($0.amountFen) },
            Column("amount_yuan", "金额（元）", .number, jsonType: .string, required: true, "the amount in yuan with two decimals, 3720.00") { .decimal($0.amountYuan) },
            Column("voucher", "凭证号", .string, "the voucher number") { .text($0.voucher) },
            Column("payee", "收付款方", .string, "who paid or was paid, as published") { .text($0.payee) },
            Column("approval", "审批", .string, "the major-expense decision the line cites (approvals/<id>/)") { .text($0.approval) },
            Column("category", "分类", .string, "where the money went (the rule pack's categories); empty is 未分类. Not part of the code") { .text($0.category) },
        ], primaryKey: ["compound", "month", "line"], compoundKey: "compound")
    }

    package struct Exemption: Codable, Sendable, Equatable {
        package let count: Int
        package let reason: String?

        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(count, forKey: .count)
            try c.encode(reason, forKey: .reason)
        }
    }

    package struct Collection: Codable, Sendable, Equatable {
        package let due: Int
        package let paid: Int
        package let exempt: [Exemption]
        /// 收缴率 as the page prints it: paid of due less the exempt.
        package let rate: String
    }

    package struct Correction: Codable, Sendable, Equatable {
        package let date: String
        package let what: String
        package let why: String
    }

    package let format: String
    /// The canonical form's version the digest is made of (`noticeboard-statement-1`).
    package let canonicalForm: String
    package let community: String
    package let compound: String
    package let compoundName: String
    package let month: String
    package let openingFen: Int64, openingYuan: String
    package let closingFen: Int64, closingYuan: String
    package let totalIncomeFen: Int64, totalIncomeYuan: String
    package let totalExpensesFen: Int64, totalExpensesYuan: String
    /// Whether opening + income − expenses = closing, as the page says.
    package let balances: Bool
    package let lines: [Line]
    package let collection: Collection?
    package let preparedBy: String?
    package let checkedBy: [String]
    package let posted: String?
    package let corrections: [Correction]
    /// SHA-256 of the canonical form of the statement as recorded (what `seal` records).
    package let digest: String
    /// SHA-256 of `previousFingerprint` + "\n" + `digest`.
    package let fingerprint: String
    /// The compound's previous published statement's fingerprint; empty for its first.
    package let previousFingerprint: String
    package let code: String
    package let previousMonth: String?
    package let previousCode: String?
    /// The values of the canonical form that the published data shows masked (a mobile or card number in a
    /// payee, say): for such a month the digest cannot be recomputed from this file, only the chain from it.
    package let masked: [String]
    /// The month's mobile page and sheet, relative to the site's root.
    package let page: String
    package let sheet: String

    enum CodingKeys: String, CodingKey {
        case format, canonicalForm = "canonical_form", community, compound, compoundName = "compound_name", month
        case openingFen = "opening_fen", openingYuan = "opening_yuan", closingFen = "closing_fen", closingYuan = "closing_yuan"
        case totalIncomeFen = "total_income_fen", totalIncomeYuan = "total_income_yuan"
        case totalExpensesFen = "total_expenses_fen", totalExpensesYuan = "total_expenses_yuan"
        case balances, lines, collection, preparedBy = "prepared_by", checkedBy = "checked_by", posted, corrections
        case digest, fingerprint, previousFingerprint = "previous_fingerprint", code, previousMonth = "previous_month"
        case previousCode = "previous_code", masked, page, sheet
    }

    /// Every key written, an absent value as `null`: a reader can tell "none" from "left out".
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(canonicalForm, forKey: .canonicalForm)
        try c.encode(community, forKey: .community)
        try c.encode(compound, forKey: .compound)
        try c.encode(compoundName, forKey: .compoundName)
        try c.encode(month, forKey: .month)
        try c.encode(openingFen, forKey: .openingFen)
        try c.encode(openingYuan, forKey: .openingYuan)
        try c.encode(closingFen, forKey: .closingFen)
        try c.encode(closingYuan, forKey: .closingYuan)
        try c.encode(totalIncomeFen, forKey: .totalIncomeFen)
        try c.encode(totalIncomeYuan, forKey: .totalIncomeYuan)
        try c.encode(totalExpensesFen, forKey: .totalExpensesFen)
        try c.encode(totalExpensesYuan, forKey: .totalExpensesYuan)
        try c.encode(balances, forKey: .balances)
        try c.encode(lines, forKey: .lines)
        try c.encode(collection, forKey: .collection)
        try c.encode(preparedBy, forKey: .preparedBy)
        try c.encode(checkedBy, forKey: .checkedBy)
        try c.encode(posted, forKey: .posted)
        try c.encode(corrections, forKey: .corrections)
        try c.encode(digest, forKey: .digest)
        try c.encode(fingerprint, forKey: .fingerprint)
        try c.encode(previousFingerprint, forKey: .previousFingerprint)
        try c.encode(code, forKey: .code)
        try c.encode(previousMonth, forKey: .previousMonth)
        try c.encode(previousCode, forKey: .previousCode)
        try c.encode(masked, forKey: .masked)
        try c.encode(page, forKey: .page)
        try c.encode(sheet, forKey: .sheet)
    }

    /// The canonical form of the statement as this file shows it (docs/verification-codes.md). Equal to the
    /// recorded one, and so hashing to `digest`, unless a value was masked (`masked`) or the file was changed.
    package var canonicalFormOfData: CanonicalForm {
        var form = CanonicalForm(capacity: 256 + 96 * lines.count)
        form.line("noticeboard-statement-1")
        form.line("compound \(compound)")
        form.line("month \(month)")
        form.line("opening \(openingFen)")
        form.line("closing \(closingFen)")
        for kind in ["income", "expense"] {
            for e in lines where e.kind == kind { form.line(kind, e.date, e.item, String(e.amountFen), e.voucher, e.payee, e.approval) }
        }
        if let c = collection {
            form.line("collection \(c.due) \(c.paid)")
            for e in c.exempt { form.line("exempt \(e.count)", e.reason) }
        }
        form.line("prepared " + (preparedBy ?? ""))
        form.line(["checked " + (checkedBy.first ?? "")] + checkedBy.dropFirst())
        form.line("posted \(posted ?? "")")
        return form
    }
}

extension StatementData: RecordData {
    package static let kind = "statement"
    package static let property = "lines"
    package static var table: DataTable<Line> { Line.table }
    package var period: String { month }
    package var rows: [Line] { lines }

    /// The statement as published: every text masked as the pages mask it (`mask`), its place on the chain from
    /// its own fingerprint and the previous statement's (`StatementFingerprint.chain`, of the records as written).
    package init(community: String, slug: String, compoundName: String, statement s: Statement, fingerprint own: StatementFingerprint?,
                 previous: (month: Month, fingerprint: StatementFingerprint)?, page: String, sheet: String, mask: PublicationMask) {
        var masked = MaskedValues(mask)
        let lines = Line.lines(of: s, slug: slug, masked: &masked)
        let collection = s.collection.map { c in
            Collection(due: c.due.value, paid: c.paid.value,
                       exempt: c.exemptions.enumerated().map { Exemption(count: $1.count.value, reason: masked($1.reason, "collection.exempt[\($0 + 1)].reason")) },
                       rate: c.rate)
        }
        let preparedBy = masked(s.preparedBy?.value, "prepared_by")
        let checkedBy = s.checkedBy.enumerated().map { masked($1.value, "checked_by[\($0 + 1)]") }
        self.init(
            format: Self.format, canonicalForm: "noticeboard-statement-1", community: mask.text(community),
            compound: slug, compoundName: mask.text(compoundName), month: s.month.value.description,
            openingFen: s.opening.value.fen, openingYuan: s.opening.value.plainYuan, closingFen: s.closing.value.fen, closingYuan: s.closing.value.plainYuan,
            totalIncomeFen: s.totalIncome.fen, totalIncomeYuan: s.totalIncome.plainYuan,
            totalExpensesFen: s.totalExpenses.fen, totalExpensesYuan: s.totalExpenses.plainYuan, balances: s.balances, lines: lines,
            collection: collection, preparedBy: preparedBy, checkedBy: checkedBy, posted: s.posted?.value.description,
            corrections: s.corrections.map { Correction(date: $0.date.description, what: mask.text($0.what), why: mask.text($0.why)) },
            digest: own?.digest ?? "", fingerprint: own?.fingerprint ?? "", previousFingerprint: previous?.fingerprint.fingerprint ?? "",
            code: own?.verificationCode.description ?? "", previousMonth: previous?.month.description,
            previousCode: previous?.fingerprint.verificationCode.description, masked: masked.names, page: page, sheet: sheet)
    }
}

extension StatementData.Line {
    /// A statement's lines as published, numbered in the canonical order: the income lines as written, then the
    /// expense lines; each text masked (`masked` notes the values of the canonical form it changed).
    static func lines(of s: Statement, slug: String, masked: inout MaskedValues) -> [Self] {
        var lines: [Self] = []
        for (kind, entries) in [("income", s.income), ("expense", s.expenses)] {
            for e in entries {
                let number = lines.count + 1
                lines.append(Self(compound: slug, month: s.month.value.description, line: number, kind: kind, date: e.date.value.description,
                                  item: masked(e.item, "lines[\(number)].item"), amountFen: e.amount.value.fen, amountYuan: e.amount.value.plainYuan,
                                  voucher: masked(e.voucher?.value, "lines[\(number)].voucher"), payee: masked(e.payee, "lines[\(number)].payee"),
                                  approval: masked(e.approval?.value, "lines[\(number)].approval"),
                                  category: e.category.map { masked.mask.text($0.value) }))
            }
        }
        return lines
    }

    /// A year's `data.csv` beside the year's page: every line of its posted months, in the `ledger-lines` table.
    package static func yearResource(compound: String, year: Int, beside page: String) -> DataResource {
        DataResource(path: OpenDataPaths.beside(page, .csv), format: .csv, table: table.name, property: nil,
                     about: DataPackage.About(kind: "year", compound: compound, period: String(year)))
    }

    /// The year's `data.csv` of `statements` (the year's posted months), as published.
    package static func yearFile(of statements: [Statement], compound: String, year: Int, beside page: String, mask: PublicationMask) -> DataFile {
        var masked = MaskedValues(mask)
        return DataFile(resource: yearResource(compound: compound, year: year, beside: page),
                        bytes: table.csv(statements.flatMap { lines(of: $0, slug: compound, masked: &masked) }))
    }
}

extension Money {
    /// `3720.00`, `-12.50`: yuan with two decimals and no grouping, as data (the pages print `3,720.00`).
    package var plainYuan: String {
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The amount of a `plainYuan` text (`3720.00`), exactly; nil for anything else.
    package init?(plainYuan text: String) {
        guard text.range(of: #"^-?[0-9]{1,13}\.[0-9]{2}$"#, options: .regularExpression) != nil, let money = Money(parsing: text) else { return nil }
        self = money
    }
}
