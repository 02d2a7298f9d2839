import Foundation
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardValues

/// A published service list (`<slug>/services/<YYYY-MM>/data.json`): its items (also `data.csv`), feedback
/// channel, the day it went up, its body, and its code (not chained: docs/verification-codes.md), recomputable
/// from this file unless a value was masked.
package struct ServiceListData: Codable, Sendable, Equatable, RecordData {
    package static let kind = "services"
    package static let property = "items"
    package static var table: DataTable<Item> { Item.table }
    package var period: String { month }
    package var rows: [Item] { items }

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

    /// The list as published (`mask`), with its code (`ServiceListFingerprint.code`) and its page.
    package init(slug: String, compoundName: String, list: ServiceList, code: VerificationCode, page: String, mask: PublicationMask) {
        var masked = MaskedValues(mask)
        let month = list.month.value.description
        items = list.items.enumerated().map { index, item in
            Item(compound: slug, month: month, number: index + 1, name: masked(item.name, "items[\(index + 1)].name"),
                 standard: masked(item.standard, "items[\(index + 1)].standard"), by: masked(item.by, "items[\(index + 1)].by"),
                 status: item.status.rawValue, note: masked(item.note, "items[\(index + 1)].note"))
        }
        format = Self.format
        canonicalForm = "noticeboard-services-1"
        compound = slug
        self.compoundName = mask.text(compoundName)
        self.month = month
        posted = list.posted?.value.description
        feedbackPhone = masked(list.feedback?.phone, "feedback_phone")
        feedbackPlace = masked(list.feedback?.place, "feedback_place")
        body = masked(list.body, "body")
        self.code = code.description
        self.masked = masked.names
        self.page = page
    }
}
