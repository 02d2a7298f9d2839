import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// The pages of one posted record, a month's statement or service list, made from one set of values: the mobile page
/// and the gatehouse sheet. The sheet, rendered once, is both the body of its own print page and a
/// part of the month's bundle.
package struct PostedRecordPages {
    /// The name under which both pages hold `values` (`statement`, `services`).
    package let name: String
    package let values: Value
    package let mobile: (template: PageTemplate, data: PageData)
    package let sheet: PageTemplate
    /// What the sheet's template receives, without its QR code (`qr`). The code is drawn from the sheet's
    /// URL alone, so the sheet's key leaves it out and it is drawn only when the sheet is rendered.
    package let sheetValue: Value
    package let qr: () -> String
    /// The print page's template, and its data around a rendered sheet (or, for its key, the sheet's key).
    package let print: PageTemplate
    package let printData: (_ sheetHTML: String) -> PageData

    /// The values are keyed as a part, and each page's key holds that key in their place; the sheet's part is
    /// its own (`name` in `sheetValue`), which may leave out what paper has no use for.
    package var keys: (mobile: PageKey, sheet: PageKey) {
        let values = Value.text(PageKey(part: self.values).hex)
        var sheetValues = values
        if case .record(let sheet) = sheetValue, let part = sheet[name], !part.isRecord(self.values) { sheetValues = .text(PageKey(part: part).hex) }
        return (PageKey(mobile.template, mobile.data.value.replacing(name, with: values)),
                PageKey(sheet, sheetValue.replacing(name, with: sheetValues)))
    }

    /// The sheet rendered by `render` (the site renderer's, which masks personal numbers first).
    package func renderedSheet(_ render: (PageTemplate, Value) -> String) -> String {
        render(sheet, sheetValue.withQRCode(qr()))
    }
}

/// A compound's statement or service list of a month before its values are made: where its two pages go,
/// and the pages, made when asked (a page carried over by its inputs' key needs no values).
package struct MonthlyRecord {
    package let mobilePath: String
    package let printPath: String
    package let pages: () -> PostedRecordPages
}

extension PageContext {
    /// A compound's statement and service list of a month, in the bundle's order.
    package func monthlyRecords(of compound: Compound, in month: Month) -> [MonthlyRecord] {
        var records: [MonthlyRecord] = []
        if let statement = compound.statements.first(where: { $0.month.value == month }) {
            records.append(MonthlyRecord(mobilePath: SitePaths.statement(compound.slug, month), printPath: SitePaths.statementSheet(compound.slug, month)) {
                let view = StatementView(compound: compound, statement: statement, context: self)
                let values = view.values.value
                return PostedRecordPages(name: "statement", values: values, mobile: (.statement, statementPage(view, values: values)),
                                         sheet: .statementSheetBody, sheetValue: sheet(view, values: values), qr: view.qrSVG,
                                         print: .statementSheet, printData: { statementSheet(view, sheetHTML: $0) })
            })
        }
        if let list = compound.serviceLists.first(where: { $0.month.value == month }) {
            records.append(MonthlyRecord(mobilePath: SitePaths.serviceList(compound.slug, month), printPath: SitePaths.serviceSheet(compound.slug, month)) {
                let view = ServiceListView(compound: compound, list: list, context: self)
                let values = view.values.value
                return PostedRecordPages(name: "services", values: values, mobile: (.serviceList, serviceListPage(view, values: values)),
                                         sheet: .serviceSheetBody, sheetValue: sheet(view, values: values), qr: view.qrSVG,
                                         print: .serviceSheet, printData: { serviceSheet(view, sheetHTML: $0) })
            })
        }
        return records
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

    /// A sheet's values with its QR code's SVG in place (`qr`): drawn only when the sheet is rendered,
    /// since the URL it encodes is in the values, and so in the key, already.
    package func withQRCode(_ svg: String) -> Value { replacing("qr", with: .markup(svg)) }
}

extension TemplateField {
    /// `qr`, a sheet's QR code: absent from its values and their key, put in by `Value.withQRCode`.
    package static var qrCode: TemplateField { .markup("qr") { _ in nil } }
}
