import Foundation
import NoticeboardValues
import Testing

/// A case of `Tests/Fixtures/checks/`: the fixture site with the case's files in place of the site's (a file
/// named `….removed` removes the site's file of that name; one named `….marks` is not written, and marks what
/// has no lines of its own, a folder), and, in those files, a mark where each finding the case must give points: `⟦FIN-001⟧` just before the character the finding is at, `⟦FIN-009 warning⟧` for a
/// warning, `⟦note FIN-002⟧` where a note of that finding points, `#label`s to pair findings of one rule with
/// their notes (`⟦ORG-003 #a⟧` … `⟦note ORG-003 #a⟧`). The marks are taken out before the site is written; a
/// case without marks must give no finding at all. `Tests/Fixtures/README.md` says the same for those who
/// write cases.
package struct MarkedCase: Sendable {
    /// A finding, or a note of one, that the case marks.
    package struct Mark: Sendable, Hashable, CustomStringConvertible {
        package let rule: RuleID
        package let severity: Severity
        package let location: NoticeboardValues.SourceLocation
        package let label: String?
        package let isNote: Bool

        package var description: String {
            "\(location) \(isNote ? "note of " : "")\(rule.rawValue)\(isNote ? "" : " \(severity.rawValue)")\(label.map { " #\($0)" } ?? "")"
        }
    }

    /// The case's folder, from `Tests/Fixtures/checks/`.
    package let name: String
    /// The site's files the case replaces, without their marks (nil: removed).
    package let changes: [String: String?]
    /// Every finding the case must give.
    package let findings: [Mark]
    /// Every note those findings must carry.
    package let notes: [Mark]

    package static let folder = SiteFixture.fixtures.appendingPathComponent("checks")

    package static let open: Character = "⟦", close: Character = "⟧"

    /// Reads the case `name` (a folder of `Tests/Fixtures/checks/`).
    package init(_ name: String) throws {
        self.name = name
        var changes: [String: String?] = [:], marks: [Mark] = []
        let files = try FixtureFiles.read(Self.folder.appendingPathComponent(name))
        for (path, bytes) in files {
            // `NAME.removed` removes the site's NAME; it and `NAME.marks` (which is not written) hold the marks of
            // findings about NAME that has no lines to mark: a file that is not there, a folder.
            for suffix in [".removed", ".marks"] where path.hasSuffix(suffix) {
                let named = String(path.dropLast(suffix.count))
                if suffix == ".removed" { changes[named] = .some(nil) }
                marks += try Self.unmarked(String(decoding: bytes, as: UTF8.self), file: named, case: name).1
            }
            guard !path.hasSuffix(".removed"), !path.hasSuffix(".marks") else { continue }
            let (text, found) = try Self.unmarked(String(decoding: bytes, as: UTF8.self), file: path, case: name)
            changes[path] = text
            marks += found
        }
        self.changes = changes
        findings = marks.filter { !$0.isNote }
        notes = marks.filter(\.isNote)
    }

    /// `text` without its marks, and the marks with the places they stand at.
    package static func unmarked(_ text: String, file: String, case name: String) throws -> (String, [Mark]) {
        var marks: [Mark] = []
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var kept = "", column = 1
            var rest = Substring(line)
            while let start = rest.firstIndex(of: open) {
                kept += rest[..<start]
                column += rest[..<start].unicodeScalars.count
                guard let end = rest[start...].firstIndex(of: close) else {
                    throw FixtureError("\(name)/\(file):\(index + 1): \(open) without \(close)")
                }
                let location = NoticeboardValues.SourceLocation(file: file, line: index + 1, column: column)
                marks.append(try mark(String(rest[rest.index(after: start)..<end]), at: location, case: name))
                rest = rest[rest.index(after: end)...]
            }
            kept += rest
            lines.append(kept)
        }
        return (lines.joined(separator: "\n"), marks)
    }

    /// One mark's words: `[note] RULE-ID [warning|error] [#label]`.
    static func mark(_ words: String, at location: NoticeboardValues.SourceLocation, case name: String) throws -> Mark {
        var words = words.split(separator: " ").map(String.init)
        let isNote = words.first == "note"
        if isNote { words.removeFirst() }
        guard let first = words.first, let rule = RuleID(rawValue: first) else {
            throw FixtureError("\(name)/\(location): a mark names no rule id: \(words)")
        }
        var severity = Severity.error, label: String?
        for word in words.dropFirst() {
            if let named = Severity(rawValue: word), !isNote {
                severity = named
            } else if word.hasPrefix("#"), word.count > 1 {
                label = String(word.dropFirst())
            } else {
                throw FixtureError("\(name)/\(location): a mark holds \(word), which is no severity or #label")
            }
        }
        return Mark(rule: rule, severity: severity, location: location, label: label, isNote: isNote)
    }

    /// Every finding of the fixture site with the case's files.
    package func diagnostics() async throws -> [Diagnostic] {
        try await NoticeboardTestSupport.findings(changes)
    }

    /// Checks the case: exactly the marked findings, each with exactly its marked notes, and every finding's
    /// Chinese message holding each of `texts`. Returns the findings, for what else a test looks at.
    @discardableResult
    package func expectMarked(containing texts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> [Diagnostic] {
        try await expectMarked(containing: texts, sourceLocation: sourceLocation)
    }

    package func expectMarked(containing texts: [String], sourceLocation: Testing.SourceLocation) async throws -> [Diagnostic] {
        let found = try await diagnostics()
        for problem in try problems(found) {
            Issue.record("\(name): \(problem)", sourceLocation: sourceLocation)
        }
        for d in found {
            for text in texts where !d.message.zh.contains(text) {
                Issue.record("\(name): \(d.location) \(d.rule.rawValue) says \(d.message.zh), without \(text)", sourceLocation: sourceLocation)
            }
        }
        return found
    }

    /// Where `found` differs from the marks, one line each.
    package func problems(_ found: [Diagnostic]) throws -> [String] {
        func describe(_ d: Diagnostic) -> String { "\(d.location) \(d.rule.rawValue) \(d.severity.rawValue): \(d.message.zh)" }
        var problems: [String] = []
        var unmatched = findings
        var matched: [(Diagnostic, Mark)] = []
        for d in found {
            if let index = unmatched.firstIndex(where: { $0.rule == d.rule && $0.severity == d.severity && $0.location == d.location }) {
                matched.append((d, unmatched.remove(at: index)))
            } else {
                problems.append("a finding no mark expects: \(describe(d))")
            }
        }
        problems += unmatched.map { "a marked finding that is not given: \($0)" }
        // Each finding's notes are the note marks of its rule and label.
        for (d, mark) in matched {
            let sameRule = findings.filter { $0.rule == mark.rule }
            let marked = notes.filter { $0.rule == mark.rule && $0.label == mark.label }
            if !marked.isEmpty, mark.label == nil, sameRule.count > 1 {
                throw FixtureError("\(name): \(sameRule.count) findings of \(mark.rule.rawValue) and notes of it: give each a #label")
            }
            let given = Set(d.notes.map(\.location)), expected = Set(marked.map(\.location))
            for location in given.subtracting(expected).sorted() {
                problems.append("\(describe(d)) has a note at \(location) that no ⟦note⟧ marks")
            }
            for location in expected.subtracting(given).sorted() {
                problems.append("\(describe(d)) has no note at \(location), where a ⟦note⟧ is marked")
            }
        }
        for note in notes where !findings.contains(where: { $0.rule == note.rule && $0.label == note.label }) {
            problems.append("a note mark without its finding: \(note)")
        }
        return problems
    }
}

/// Checks the case `name` of `Tests/Fixtures/checks/` (`MarkedCase.expectMarked`): exactly the findings its marks
/// say, each with its notes, every message holding each of `texts`. Returns the findings.
@discardableResult
package func expectMarked(_ name: String, containing texts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> [Diagnostic] {
    try await MarkedCase(name).expectMarked(containing: texts, sourceLocation: sourceLocation)
}
