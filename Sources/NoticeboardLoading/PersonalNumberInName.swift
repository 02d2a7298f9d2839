import NoticeboardPrivacy
import NoticeboardValues

/// A file or folder under `content/` whose name holds a personal number (an identity-card number, a
/// mobile): the name becomes the page's address and stands in `sitemap.xml`, where no masking reaches.
/// It is an input error (IN-004, as every wrong file name is), and the number is never printed in full:
/// not in that finding, nor in any other finding about a file below it.
package enum PersonalNumberInName {
    /// IN-004 once for each shortest path, file or folder, whose name holds a number (a compound's folder
    /// once, not once for every file in it), printed masked (`content/compounds/138****5678`).
    package static func diagnostics(for paths: [String]) -> [Diagnostic] {
        var named: [String: PersonalNumber.Kind] = [:]
        for path in paths {
            let scalars = Array(path.unicodeScalars)
            for number in PersonalNumbers.find(in: path, file: path) {
                // The name ends at the first slash after the number: that folder or file is the one to rename.
                let after = number.location.column - 1 + number.text.unicodeScalars.count
                let end = scalars[after...].firstIndex(of: "/") ?? scalars.count
                let name = masked(String(String.UnicodeScalarView(scalars[..<end])))
                if named[name] == nil { named[name] = number.kind }
            }
        }
        return named.keys.sorted().map { path in
            Diagnostic(.in004, .error, at: .file(path), InputMessages.personalNumberInName(path, kind: named[path]!))
        }
    }

    /// `diagnostics` with every personal number in the path of a file they name masked, where it names
    /// the file and wherever a message quotes it.
    package static func masking(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            let files = [diagnostic.location.file] + diagnostic.notes.map(\.location.file)
            let numbers = files.flatMap { file in PersonalNumbers.find(in: file, file: file).map(\.text) }
            guard !numbers.isEmpty else { return diagnostic }
            func hide(_ message: Message) -> Message {
                numbers.reduce(message) { Message(zh: $0.zh.replacingOccurrences(of: $1, with: masked($1)), en: $0.en.replacingOccurrences(of: $1, with: masked($1))) }
            }
            func hide(_ location: SourceLocation) -> SourceLocation {
                SourceLocation(file: masked(location.file), line: location.line, column: location.column)
            }
            return Diagnostic(diagnostic.rule, diagnostic.severity, at: hide(diagnostic.location), hide(diagnostic.message),
                              notes: diagnostic.notes.map { DiagnosticNote(location: hide($0.location), message: hide($0.message)) })
        }
    }

    /// `text` with the digits each personal number's masked form hides replaced by `*`, whatever the number.
    package static func masked(_ text: String) -> String { PersonalNumbers.masked(text, except: []) }
}
