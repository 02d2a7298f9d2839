import MustacheEngine
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// A posted record of a month (a statement, a service list) as its pages show it, made from one set of values:
/// the mobile page, and the gatehouse sheet, rendered once for its own print page and the month's bundle.
package struct PostedRecord {
    /// The name under which both pages hold `values` (`statement`, `services`).
    package let name: String
    package let values: Value
    package let mobile: (template: PageTemplate, data: PageData)
    package let sheet: PageTemplate
    /// What the sheet's template receives, without its QR code (`qr`). The code is drawn from the sheet's
    /// URL alone, so the sheet's key leaves it out and it is drawn only when the sheet is rendered.
    package let sheetValue: Value
    package let qr: () -> QRCodeView?
    /// The print page's template, and its data around a rendered sheet (or, for its key, the sheet's key).
    package let print: PageTemplate
    package let printData: (_ sheetHTML: String) -> PageData
    /// The record as data beside its mobile page (`data.json`, `data.csv`).
    package let data: [DataFile]

    /// The values are keyed as a part, and each page's key holds that key in their place; the sheet's part is
    /// its own (`name` in `sheetValue`), which may leave out what paper has no use for.
    package var keys: (mobile: PageKey, sheet: PageKey) {
        let values = Value.text(PageKey(part: self.values).hex)
        var sheetValues = values
        if case .record(let sheet) = sheetValue, let part = sheet[name], !part.isRecord(self.values) { sheetValues = .text(PageKey(part: part).hex) }
        return (PageKey(mobile.template, mobile.data.value.replacing(name, with: values)),
                PageKey(sheet, sheetValue.replacing(name, with: sheetValues)))
    }
}

extension SiteRenderer {
    /// A compound's posted record of `month` as one page: its mobile page, its data beside it (at `data`) and its
    /// print page, last. What its view reads of the records is tracked (`MonthlyReads`): while those reads give
    /// what the last build recorded, the page is carried over, its data too, without its values being made.
    package func postedRecordPage(of compound: Compound, in month: Month, mobile: String, data: [String], print: String,
                                  _ record: @escaping @Sendable (MonthlyReads) -> PostedRecord?) -> SitePage {
        let sources = monthlySources[compound.slug]
        return SitePage(tracked: sources.map { sources in ([mobile] + data + [print], { sources.key(of: $0, month: month) }) }) {
            let reads = MonthlyReads(compound: compound, month: month, context: pageContext)
            // The kinds give a page only for a month that has its record.
            guard let record = record(reads) else { return MadePage(outputs: []) }
            let keys = record.keys
            let sheet = SheetPart { renderPart(record.sheet, record.sheetValue.withQRCode(record.qr())) }
            let keyed = record.printData(keys.sheet.hex)
            return MadePage(
                outputs: [PageOutput(path: mobile, format: .html, key: keys.mobile) { file(record.mobile.data, record.mobile.template) }]
                    + record.data.map(dataOutput)
                    + [PageOutput(path: print, format: .html, key: PageKey(record.print, keyed.value)) { file(record.printData(sheet.html), record.print) }],
                reads: sources.map { sources in { (reads.reads, sources.key(of: reads.reads, month: month)) } },
                sheet: sheet)
        }
    }
}

extension Value {
    /// Whether both are the very same record (not merely equal ones).
    package func isRecord(_ other: Value) -> Bool {
        guard case .record(let a) = self, case .record(let b) = other else { return false }
        return a === b
    }

    /// A record without the values under `names`.
    package func without(_ names: Set<String>) -> Value {
        guard case .record(let record) = self else { return self }
        let kept = record.names.indices.filter { !names.contains(record.names[$0]) }
        return .record(Record(names: kept.map { record.names[$0] }, values: kept.map { record.values[$0] }))
    }

    /// A record with the value under `name` replaced (for keys: a part keyed once stands in its place).
    package func replacing(_ name: String, with replacement: Value) -> Value {
        guard case .record(let record) = self else { return self }
        return .record(Record(names: record.names, values: zip(record.names, record.values).map { $0 == name ? replacement : $1 }))
    }

    /// A sheet's values with its QR code in place (`qr`): drawn only when the sheet is rendered,
    /// since the URL it encodes is in the values, and so in the key, already.
    package func withQRCode(_ code: QRCodeView?) -> Value { replacing("qr", with: code?.value ?? .absent) }
}

extension TemplateField {
    /// `qr`, a sheet's QR code: absent from its values and their key, put in by `Value.withQRCode`.
    package static var qrCode: TemplateField { TemplateField(name: "qr", shape: QRCodeView.shape) { _ in .absent } }
}
