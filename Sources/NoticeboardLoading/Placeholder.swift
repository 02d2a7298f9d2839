import NoticeboardSupport
import NoticeboardValues

/// IN-006: the placeholders `new-month` writes into a draft (`（在这里写…）`) must be replaced before the
/// record is published; a published record that still holds one would print it at the gate.
package enum Placeholder {
    /// Every placeholder the tool writes begins so.
    package static let marker = "（在这里"

    /// An IN-006 for each placeholder left in a published record's text, at its line and column.
    package static func left(in text: String, file: String) -> [Diagnostic] {
        guard text.holds(marker) else { return [] }
        var found: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: marker) else { continue }
            let column = line[..<range.lowerBound].unicodeScalars.count + 1
            let end = line[range.lowerBound...].firstIndex(of: "）").map { line.index(after: $0) } ?? line.endIndex
            let placeholder = String(line[range.lowerBound..<end])
            found.append(Diagnostic(.in006, .error, at: SourceLocation(file: file, line: index + 1, column: column), Message(
                zh: "这里还是 new-month 写的占位文字「\(placeholder)」：请换成本月的内容，或删去这一行，再发布",
                en: "the placeholder \(placeholder) that new-month wrote is still here: replace it with this month's text, or delete the line, before publishing")))
        }
        return found
    }
}
