import Foundation
import NoticeboardSupport
import NoticeboardValues

/// The text of one record file: decoded once, split into YAML and Markdown body when it has front matter.
package struct SourceText {
    package let yaml: String
    /// Lines of the file before the YAML starts (1 for front matter).
    package let yamlLineOffset: Int
    package let body: String

    /// Decodes UTF-8 (a BOM is dropped, CRLF becomes LF); nil with an IN-001 otherwise. An invisible
    /// character (`InvisibleCharacters`) is an IN-001 too, but the text is still read, for its other findings.
    package static func decode(_ data: Data, file: String, into diagnostics: inout [Diagnostic]) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(Diagnostic(.in001, .error, at: .file(file), InputMessages.notUTF8()))
            return nil
        }
        if let nul = nulLocation(in: text, file: file) {
            diagnostics.append(Diagnostic(.in001, .error, at: nul, InputMessages.nulByte()))
            return nil
        }
        diagnostics += InvisibleCharacters.diagnostics(in: text, file: file)
        return text.containsByte(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Where the first NUL character is, line and column (in Unicode scalars, as every position here counts).
    package static func nulLocation(in text: String, file: String) -> SourceLocation? {
        guard text.containsByte(0) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\0" { return SourceLocation(file: file, line: line, column: column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// A YAML record.
    package static func yaml(_ text: String) -> SourceText { SourceText(yaml: text, yamlLineOffset: 0, body: "") }

    /// A Markdown record: `---`, YAML, `---`, then the body.
    package static func frontMatter(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> SourceText? {
        // Split by bytes: a split by characters would decide grapheme breaks through every line of Chinese text.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        func isFence(_ line: Substring.UTF8View) -> Bool { line.count >= 3 && Substring(line).trimmingBlanks() == "---" }
        guard let first = lines.first, isFence(first) else {
            diagnostics.append(Diagnostic(.in001, .error, at: .file(file), InputMessages.missingFrontMatter()))
            return nil
        }
        guard let end = lines.dropFirst().firstIndex(where: isFence) else {
            diagnostics.append(Diagnostic(.in001, .error, at: .file(file), InputMessages.unclosedFrontMatter()))
            return nil
        }
        let yaml = end == 1 ? "" : String(text[lines[1].startIndex..<lines[end - 1].endIndex])
        let body = end + 1 < lines.count ? String(text[lines[end + 1].startIndex...].trimmingBlanks(lineBreaks: true)) : ""
        return SourceText(yaml: yaml, yamlLineOffset: 1, body: body)
    }
}
