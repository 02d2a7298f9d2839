import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore

/// Checks the fixture with `changes`, returning every finding (the unchanged fixture has none).
func findings(_ changes: [String: String?]) async throws -> [Diagnostic] {
    let fixture = try SiteFixture(changes)
    defer { fixture.remove() }
    return try await fixture.check().diagnostics
}

/// Exactly one finding, of `rule`, at file:line:column, whose Chinese message contains every text in `containing`.
func expectOne(_ diagnostics: [Diagnostic], _ rule: RuleID, _ file: String, _ line: Int, _ column: Int,
               containing texts: String..., severity: Severity = .error, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.location) \($0.rule.rawValue) \($0.message.zh)" })", sourceLocation: sourceLocation)
    guard let d = diagnostics.first else { return }
    #expect(d.rule == rule, sourceLocation: sourceLocation)
    #expect(d.severity == severity, sourceLocation: sourceLocation)
    #expect(d.location == NoticeboardValues.SourceLocation(file: file, line: line, column: column), sourceLocation: sourceLocation)
    for text in texts {
        #expect(d.message.zh.contains(text), "\(d.message.zh)", sourceLocation: sourceLocation)
    }
}

/// Line and column (Unicode scalars, from 1) of the `occurrence`-th `token` in a fixture file after `changes`:
/// where a finding about that token must point.
func position(of token: String, in path: String, after changes: [String: String?] = [:], occurrence: Int = 1) -> (line: Int, column: Int) {
    let text = (changes[path] ?? nil) ?? SiteFixture.files[path]!
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var rest = Substring(line)
        while let range = rest.range(of: token) {
            seen += 1
            if seen == occurrence {
                return (index + 1, line[line.startIndex..<range.lowerBound].unicodeScalars.count + 1)
            }
            rest = rest[range.upperBound...]
        }
    }
    preconditionFailure("\(token) not in \(path)")
}

/// Edits of different files at once (several edits of one file go through `SiteFixture.edit(_:_:)` with a list).
func edits(_ changes: [String: String?]...) -> [String: String?] {
    changes.reduce(into: [:]) { all, change in
        all.merge(change) { _, _ in preconditionFailure("two edits of one file: use SiteFixture.edit(path, [(old, new), …])") }
    }
}

/// The fixture's rule pack with one more severity override.
func packWith(_ override: String) -> [String: String?] {
    SiteFixture.edit("seeds/pack.yaml", "severity: {STN-002: warning}", "severity: {STN-002: warning, \(override)}")
}
