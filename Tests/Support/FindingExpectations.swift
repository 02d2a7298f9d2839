import Foundation
import NoticeboardValues
import Testing

/// Checks the fixture with `changes`, returning every finding (the unchanged fixture has none).
package func findings(_ changes: [String: String?]) async throws -> [Diagnostic] {
    let fixture = try SiteFixture(changes)
    defer { fixture.remove() }
    return try await fixture.check().diagnostics
}

/// Exactly one finding, of `rule`, at file:line:column, whose Chinese message contains every text in `containing`.
package func expectOne(_ diagnostics: [Diagnostic], _ rule: RuleID, _ file: String, _ line: Int, _ column: Int,
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
package func position(of token: String, in path: String, after changes: [String: String?] = [:], occurrence: Int = 1) throws -> (line: Int, column: Int) {
    let text = try (changes[path] ?? nil) ?? SiteFixture.text(path)
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
    throw FixtureError("\(token) not in \(path)")
}

/// Edits of different files at once (several edits of one file go through `SiteFixture.edit(_:_:)` with a list).
package func edits(_ changes: [String: String?]...) throws -> [String: String?] {
    var all: [String: String?] = [:]
    for change in changes {
        for (path, text) in change {
            guard all.updateValue(text, forKey: path) == nil else {
                throw FixtureError("two edits of \(path): use SiteFixture.edit(path, [(old, new), …])")
            }
        }
    }
    return all
}

/// The fixture's rule pack with one more severity override.
package func packWith(_ override: String) throws -> [String: String?] {
    try SiteFixture.edit("seeds/pack.yaml", "severity: {STN-002: warning}", "severity: {STN-002: warning, \(override)}")
}
