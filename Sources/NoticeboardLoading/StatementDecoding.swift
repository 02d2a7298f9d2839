import NoticeboardModel
import NoticeboardValues

extension Statement {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["month", "draft", "opening", "income", "expenses", "closing", "collection", "prepared_by", "checked_by", "posted", "corrections"])
        let month = m.required("month", .month)
        let isDraft = m.optional("draft", .flag)?.value ?? false
        let opening = m.required("opening", .balance)
        let income = m.records("income", Entry.init)
        let expenses = m.records("expenses", Entry.init)
        let closing = m.required("closing", .balance)
        let collection = m.mapping("collection").flatMap { Collection($0, draft: isDraft) }
        let preparedBy = m.optional("prepared_by", .text)
        let checkedBy = m.scalars("checked_by", .text)
        let posted = m.optional("posted", .day)
        let corrections = m.records("corrections") { c -> Correction? in
            c.expect(keys: ["date", "what", "why"])
            let date = c.required("date", .day)
            let what = c.required("what", .text)
            let why = c.required("why", .text)
            guard let date, let what, let why else { return nil }
            return Correction(date: date.value, what: what.value, why: why.value, location: date.location)
        }
        guard let month, let opening, let closing else { return nil }
        self.init(month: month, opening: opening, income: income, expenses: expenses, closing: closing, collection: collection,
                  preparedBy: preparedBy, checkedBy: checkedBy, checkedByLocation: m.location(of: "checked_by"), posted: posted, corrections: corrections,
                  isDraft: isDraft, location: m.location)
    }
}

extension Statement.Entry {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["date", "item", "amount", "voucher", "payee", "approval", "category"])
        let date = m.required("date", .day)
        let item = m.required("item", .text)
        let amount = m.required("amount", .amount)
        let voucher = m.optional("voucher", .text)
        let payee = m.optional("payee", .text)?.value
        let approval = m.optional("approval", .text)
        let category = m.optional("category", .text)
        guard let date, let item, let amount else { return nil }
        self.init(date: date, item: item.value, amount: amount, voucher: voucher, payee: payee, approval: approval, category: category,
                  location: m.location)
    }
}

extension Statement.Collection {
    /// In a draft, a collection whose numbers are still blank (`paid:` and each exemption's `count:`, as
    /// `new-month` writes it) is not filled in yet: it is read, and checked, once they are.
    package init?(_ m: MappingReader, draft: Bool) {
        m.expect(keys: ["due", "paid", "exempt"])
        if draft && !Self.isFilledIn(m) { return nil }
        let due = m.required("due", .wholeNumber)
        let paid = m.required("paid", .wholeNumber)
        let exemptions = m.records("exempt") { e -> Statement.Exemption? in
            e.expect(keys: ["count", "reason"])
            guard let count = e.required("count", .wholeNumber) else { return nil }
            return Statement.Exemption(count: count, reason: e.optional("reason", .text)?.value, location: e.location)
        }
        guard let due, let paid else { return nil }
        self.init(due: due, paid: paid, exemptions: exemptions, location: m.location)
    }

    /// Whether `due`, `paid` and every exemption's `count` are written.
    private static func isFilledIn(_ m: MappingReader) -> Bool {
        guard m.has("due"), m.has("paid") else { return false }
        guard let exempt = m.node("exempt"), m.document.kind(exempt) == .sequence else { return true }
        return m.document.items(of: exempt).allSatisfy { item in
            m.document.kind(item) != .mapping || m.document.value(of: "count", in: item).map { !m.document.isNull($0) } == true
        }
    }
}
