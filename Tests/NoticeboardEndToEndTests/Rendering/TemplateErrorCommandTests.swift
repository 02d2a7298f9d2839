import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// A template that names what its page does not have stops `build` with exit status 2 where it is written.
@Suite struct TemplateErrorCommandTests {
    /// A typo in a template is a usage error where it is written, with a "did you mean": it would
    /// otherwise drop a figure from a public notice without a word.
    @Test(arguments: [("statement.mustache", "{{rate}}", "{{rat}}", "{{rate}}"), ("layout.mustache", "{{page.generator}}", "{{page.generater}}", "{{page.generator}}"),
                      ("crumbs.mustache", "{{label}}", "{{lable}}", "{{label}}")])
    func aNameThePageDoesNotHaveStopsTheBuild(file: String, name: String, typo: String, suggestion: String) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let template = fixture.root.appendingPathComponent("templates/\(file)")
        let text = try String(contentsOf: template, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(name) })
        let column = lines[line].prefix(upTo: lines[line].range(of: name)!.lowerBound).unicodeScalars.count + 1
        try Data(text.replacingOccurrences(of: name, with: typo).utf8).write(to: template)
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("templates/\(file):\(line + 1):\(column): "), "\(run.stderr)")
        #expect(run.stderr.contains("是否应为 \(suggestion)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path))
    }

    /// A sheet's statement has no links to the months before and after (paper has none): a sheet template
    /// naming one is refused when templates load, rather than printing nothing.
    @Test func aSheetCannotNameTheNextMonth() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let template = fixture.root.appendingPathComponent("templates/statement-sheet-body.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{{monthLabel}}</span>", with: "{{monthLabel}}{{next.label}}</span>").utf8).write(to: template)
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("templates/statement-sheet-body.mustache:3:"), "\(run.stderr)")
    }
}
