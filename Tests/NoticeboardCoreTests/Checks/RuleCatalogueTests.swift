import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// The rule list cannot forget a rule: every governance rule id of the catalogue has exactly one rule in
/// `Checker.rules`, in a file of `Checks/` whose doc comment names the id.
@Suite struct RuleCatalogueTests {
    static let checks = SiteFixture.repository.appendingPathComponent("Sources/NoticeboardChecks")

    @Test func everyGovernanceRuleIdHasExactlyOneRule() {
        let listed = Checker.rules.map { type(of: $0).id }
        // The input rules are reported while reading; ReferencesResolve is the one that runs as a rule (IN-005).
        for id in RuleID.allCases where !id.isInputRule {
            #expect(listed.filter { $0 == id }.count == 1, "\(id.rawValue) has \(listed.filter { $0 == id }.count) rules in Checker.rules")
        }
        #expect(Set(listed).count == listed.count, "a rule is listed twice")
    }

    @Test func everyRuleIdHasItsOwnFile() throws {
        var files: [String: [String]] = [:]
        let walker = FileManager.default.enumerator(at: Self.checks, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let first = text.split(separator: "\n").first(where: { $0.hasPrefix("/// ") }) else { continue }
            for id in RuleID.allCases where first.hasPrefix("/// \(id.rawValue) ") { files[id.rawValue, default: []].append(url.lastPathComponent) }
        }
        for id in RuleID.allCases where !id.isInputRule {
            #expect(files[id.rawValue]?.count == 1, "\(id.rawValue): \(files[id.rawValue] ?? [])")
        }
    }
}
