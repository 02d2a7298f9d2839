import Foundation

/// Prints diagnostics the way compilers do (`path:line:col: error[ID]: message`) or as JSON.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
}

/// Renders diagnostics in one format and language, sorted by file, line and column.
public struct DiagnosticPrinter: Sendable {
    public let format: DiagnosticFormat
    public let language: Language
    /// Colour only when writing to a terminal.
    public let colour: Bool

    public init(format: DiagnosticFormat, language: Language, colour: Bool) {
        self.format = format
        self.language = language
        self.colour = colour
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForPrinting()
        switch format {
        case .text: return sorted.map(textLine).joined()
        case .json: return json(sorted)
        }
    }

    private func textLine(_ d: Diagnostic) -> String {
        let label = "\(d.severity.rawValue)[\(d.rule.rawValue)]"
        let shown = colour ? (d.severity == .error ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;33m\(label)\u{1B}[0m") : label
        var out = "\(d.location): \(shown): \(d.message.text(in: language))\n"
        for note in d.notes {
            out += "\(note.location): note: \(note.message.text(in: language))\n"
        }
        return out
    }

    private struct JSONDiagnostic: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let rule: String
        let message: String
    }

    private func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map {
            JSONDiagnostic(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                           severity: $0.severity.rawValue, rule: $0.rule.rawValue,
                           message: noteSuffixed($0))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(items)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// JSON has no place for notes in the spec's shape, so they join the message.
    private func noteSuffixed(_ d: Diagnostic) -> String {
        ([d.message.text(in: language)] + d.notes.map { "(\($0.location): \($0.message.text(in: language)))" })
            .joined(separator: " ")
    }
}
