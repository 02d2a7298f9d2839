import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// `ledger/<YYYY-MM>.csv`: a month's income and expense lines as exported from Excel or WPS,
/// beside the statement's YAML header (month, opening, closing, …).
package struct LedgerSheet: Sendable {
    package enum Column: String, CaseIterable {
        case date = "日期", item = "摘要", income = "收入", expense = "支出", voucher = "凭证号", payee = "收付款方", approval = "审批"
        case category = "分类"

        package var english: String {
            switch self {
            case .date: "date"
            case .item: "item"
            case .income: "income"
            case .expense: "expense"
            case .voucher: "voucher"
            case .payee: "payee"
            case .approval: "approval"
            case .category: "category"
            }
        }
    }

    package let income: [Statement.Entry]
    package let expenses: [Statement.Entry]

    package static func read(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> LedgerSheet? {
        let csv = CSVRows(text), path = SourcePath(file)
        func report(_ rule: RuleID, _ line: Int, _ column: Int, _ message: Message) {
            diagnostics.append(Diagnostic(rule, .error, at: SourceLocation(path: path, line: line, column: column), message))
        }
        if let open = csv.unclosedQuote {
            report(.in001, open.line, open.column, Message(zh: "引号没有闭合（\" 开始的单元格没有结束的 \"）", en: "a quoted cell is never closed"))
            return nil
        }
        guard let header = csv.rows.first else {
            report(.in001, 1, 1, InputMessages.emptyDocument())
            return nil
        }
        var columns: [Column: Int] = [:]
        let names = Column.allCases.map(\.rawValue)
        for (index, field) in header.enumerated() {
            let name = String(field.text.trimmingBlanks())
            if name.isEmpty { continue }
            guard let column = Column.allCases.first(where: { $0.rawValue == name || $0.english == name.lowercased() }) else {
                report(.in002, field.line, field.column, InputMessages.unknownKey(name, expected: names, suggestion: Suggestion.closest(to: name, among: names)))
                continue
            }
            columns[column] = index
        }
        let missing = [Column.date, .item].filter { columns[$0] == nil } + (columns[.income] == nil && columns[.expense] == nil ? [.income] : [])
        guard missing.isEmpty else {
            report(.in002, 1, 1, Message(zh: "表头缺少 \(missing.map(\.rawValue).joined(separator: "、"))（需要：日期、摘要、收入或支出）",
                                         en: "the header lacks \(missing.map(\.english).joined(separator: ", ")) (date, item, income or expense)"))
            return nil
        }
        var income: [Statement.Entry] = [], expenses: [Statement.Entry] = []
        for row in csv.rows.dropFirst() where row.contains(where: { !$0.text.trimmingBlanks().isEmpty }) {
            let dated = columns[.date].map { $0 < row.count && Self.day(String(row[$0].text.trimmingBlanks())) != nil } ?? false
            if let total = Self.totalCell(in: row, dated: dated) {
                report(.in002, total.line, total.column, InputMessages.totalRow(String(total.text.trimmingBlanks())))
                continue
            }
            // A cell no heading names would be dropped without a word.
            for (index, field) in row.enumerated() where !field.text.trimmingBlanks().isEmpty {
                if index >= header.count {
                    report(.in002, field.line, field.column, InputMessages.cellPastHeader(String(field.text.trimmingBlanks()), headerColumns: header.count))
                } else if header[index].text.trimmingBlanks().isEmpty {
                    report(.in002, field.line, field.column, InputMessages.cellWithoutHeading(String(field.text.trimmingBlanks()), headings: names))
                }
            }
            func cell(_ column: Column) -> CSVRows.Field? {
                guard let index = columns[column], index < row.count else { return nil }
                let field = row[index]
                let text = String(field.text.trimmingBlanks())
                return text.isEmpty ? nil : CSVRows.Field(text: text, line: field.line, column: field.column)
            }
            let line = row[0].line
            let at = { (field: CSVRows.Field) in SourceLocation(path: path, line: field.line, column: field.column) }
            guard let dateCell = cell(.date), let itemCell = cell(.item) else {
                let amounts = [cell(.income), cell(.expense)].compactMap { $0 }
                if cell(.date) == nil, cell(.item) == nil, let first = amounts.first {
                    // Excel's row of sums has no label when the sum was typed under the columns.
                    report(.in002, first.line, first.column, InputMessages.amountsOnlyRow(amounts.map(\.text)))
                } else {
                    // At the empty cell to fill in: the date's, or the item's when only it is missing.
                    let empty = cell(.date) == nil ? columns[.date] : columns[.item]
                    let at = empty.flatMap { $0 < row.count ? row[$0] : nil }
                    report(.in002, line, at?.column ?? 1, InputMessages.sheetRowLacks(line: line, date: cell(.date) == nil, item: cell(.item) == nil))
                }
                continue
            }
            guard let date = Self.day(dateCell.text) else {
                if let (year, month, day) = ValueKind<Day>.dateParts(dateCell.text), day > Month.daysIn(year: year, month: month) {
                    report(.in003, dateCell.line, dateCell.column, InputMessages.sheetDayDoesNotExist(line: line, value: dateCell.text, year: year, month: month))
                } else {
                    report(.in003, dateCell.line, dateCell.column, InputMessages.malformed("日期", value: dateCell.text, expected: .init(
                        zh: "日期（如 2026-11-03 或 2026/11/3）", en: "a date (2026-11-03 or 2026/11/3)")))
                }
                continue
            }
            let amounts = [(Column.income, cell(.income)), (Column.expense, cell(.expense))].compactMap { kind, field in field.map { (kind, $0) } }
            guard amounts.count == 1, let (kind, amountCell) = amounts.first else {
                report(.in002, line, 1, Message(zh: "第 \(line) 行应在“收入”或“支出”中填且只填一个金额", en: "line \(line) needs exactly one of income or expense"))
                continue
            }
            let amountText = amountCell.text.replacingOccurrences(of: "¥", with: "").replacingOccurrences(of: "￥", with: "")
            guard let amount = Money(parsing: amountText), !amount.isNegative else {
                if let fix = NumberSpelling.fix(amountText), let meant = Money(parsing: fix.meant), !meant.isNegative {
                    report(.in003, amountCell.line, amountCell.column, InputMessages.misspeltNumber(kind.rawValue, value: amountCell.text, fix: fix, meant: fix.meant))
                    continue
                }
                report(.in003, amountCell.line, amountCell.column, InputMessages.malformed(kind.rawValue, value: amountCell.text, expected: .init(
                    zh: "不为负的金额，最多两位小数（如 3780、3,780.50）", en: "a non-negative amount with at most two decimals (3780, 3,780.50)")))
                continue
            }
            guard amount.isWithinBounds else {
                report(.in003, amountCell.line, amountCell.column, InputMessages.tooLarge(kind.rawValue, value: amountCell.text, bound: Money.largest.withYuanSign))
                continue
            }
            let entry = Statement.Entry(
                date: Located(date, at: at(dateCell)), item: itemCell.text, amount: Located(amount, at: at(amountCell)),
                voucher: cell(.voucher).map { Located($0.text, at: at($0)) }, payee: cell(.payee)?.text,
                approval: cell(.approval).map { Located($0.text, at: at($0)) }, category: cell(.category).map { Located($0.text, at: at($0)) },
                location: SourceLocation(file: file, line: line, column: 1))
            if kind == .income { income.append(entry) } else { expenses.append(entry) }
        }
        return LedgerSheet(income: income, expenses: expenses)
    }

    /// The cell that makes `row` a total row (合计, 小计, 总计, 共计), which a ledger's lines never hold: the totals
    /// are computed. A cell that is only such a word, or ends with one in six characters at most (`本月合计`,
    /// `合 计：`, `合计（元）`), marks any row; a cell that holds one elsewhere marks a row without a date,
    /// so that an item such as 小计算器 on a dated row stays a line. In English (total, subtotal, sum), a cell
    /// that is the word marks any row, one that ends with it (`Grand total:`) a row without a date.
    package static func totalCell(in row: [CSVRows.Field], dated: Bool) -> CSVRows.Field? {
        let words = ["合计", "小计", "总计", "共计"], english = ["total", "subtotal", "sum"]
        return row.first { field in
            var text = field.text.filter { !$0.isWhitespace }.lowercased()
            if let unit = text.firstIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）" { text = String(text[..<unit]) }
            while text.last == ":" || text.last == "：" { text.removeLast() }
            return words.contains { text.hasSuffix($0) && text.count <= 6 || !dated && text.contains($0) }
                || english.contains { text == $0 || !dated && text.hasSuffix($0) }
        }
    }

    /// `2026-11-03`, `2026/11/3`, `2026.11.3` or `2026年11月3日`.
    package static func day(_ text: String) -> Day? {
        let parts = text.replacingOccurrences(of: "日", with: "").split(whereSeparator: { "-/.年月".contains($0) })
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
