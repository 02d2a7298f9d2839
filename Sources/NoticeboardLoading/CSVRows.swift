import NoticeboardValues

/// Rows of comma-separated text as Excel and WPS export them (RFC 4180: quoted fields, doubled quotes,
/// line breaks inside quotes), each field with the line and column it starts at, for diagnostics.
/// Written here rather than taken from a CSV package because the positions are the point.
package struct CSVRows {
    package struct Field {
        package let text: String
        package let line: Int
        package let column: Int
    }

    package let rows: [[Field]]
    /// Where a quoted field was left open, if one was.
    package let unclosedQuote: (line: Int, column: Int)?

    package init(_ text: String) {
        var rows: [[Field]] = [], row: [Field] = []
        var field = "", fieldLine = 1, fieldColumn = 1
        var line = 1, column = 1
        var quoted = false, quoteOpenedAt: (Int, Int)?
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return characters.next()
        }
        func endField() {
            row.append(Field(text: field, line: fieldLine, column: fieldColumn))
            field = ""
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    let following = next()
                    column += 1
                    if following == "\"" { field.append("\""); column += 1; continue }
                    quoted = false
                    quoteOpenedAt = nil
                    pending = following
                    continue
                }
                field.append(c)
                if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                quoteOpenedAt = (line, column)
                column += 1
            case ",":
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\n", "\r\n", "\r":
                endField()
                rows.append(row)
                row = []
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            default:
                field.append(c)
                column += 1
            }
        }
        if !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        self.rows = rows
        self.unclosedQuote = quoteOpenedAt.map { (line: $0.0, column: $0.1) }
    }
}
