import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Messages that say what to do, and the command line's usual habits, in both languages.
@Suite struct StaffMessageTests {
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"

    @Test func aServiceListStillInDraftIsNamedWithHowToPublishIt() async throws {
        let services = "content/compounds/hexie/services/2026-10.md"
        let text = try SiteFixture.text(services).replacingOccurrences(of: "month: 2026-10\n", with: "month: 2026-10\ndraft: true\n")
        let d = try await findings([services: text])
        expectOne(d, .svc001, Self.october, 1, 8, containing: "services/2026-10.md 还是草稿（draft: true）：删去 draft: true 这一行即发布")
        #expect(d.first?.message.en.contains("is still a draft: delete the line draft: true to publish it") == true)
    }

    @Test func aSingleNameIsAListOfOne() async throws {
        #expect(try await findings(try SiteFixture.edit(Self.october, "checked_by: [辛监督]", "checked_by: 辛监督")).isEmpty)
    }

    @Test func aListThatIsNotOneShowsTheBracketForm() async throws {
        let d = try await findings(try SiteFixture.edit(Self.october, "income:\n  - {date: 2026-10-03, item: 10-12月卫生费, amount: 3600, voucher: S-2}", "income: {date: 2026-10-03}"))
        #expect(d.contains { $0.rule == .in002 && $0.message.zh.contains("写在方括号里，如 [甲, 乙]") && $0.message.en.contains("like [a, b]") }, "\(d.map(\.message.zh))")
    }

    @Test(arguments: [("2026-02-30", "2026年2月只有 28 天", "has 28 days"), ("2026/11/31", "2026年11月只有 30 天", "has 30 days"),
                      ("2026/11/30", "即 2026-11-30", "here 2026-11-30")])
    func aDateThatDoesNotExistIsSaidToNotExist(written: String, zh: String, en: String) async throws {
        let change = try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: \(written)")
        let d = try await findings(change)
        let at = try position(of: written, in: Self.october, after: change)
        expectOne(d, .in003, Self.october, at.line, at.column, containing: zh)
        #expect(d.first?.message.en.contains(en) == true, "\(d.first?.message.en ?? "")")
        #expect(d.first?.message.en.contains("2026-11") == true, "the English message gives an example as the Chinese does")
    }

    @Test func int001ShowsACorrectionToCopy() async throws {
        let seal = "2026-10: {digest: \(String(repeating: "0", count: 64)), corrections: 0}\n"
        let d = try await findings(["content/compounds/hexie/ledger/sealed.yaml": seal])
        #expect(d.first?.message.zh.contains("corrections:\n  - {date: 2026-11-05, what: 改了什么, why: 为什么改}") == true, "\(d.first?.message.zh ?? "")")
        #expect(d.first?.message.en.contains("corrections:\n  - {date: 2026-11-05") == true)
    }

    @Test func sealNamesTheCompoundsStillInDraft() throws {
        let fixture = try SiteFixture(try SiteFixture.edit(Self.october, "month: 2026-10\n", "month: 2026-10\ndraft: true\n"))
        defer { fixture.remove() }
        let run = try CLI.run(["seal", "--root", fixture.root.path, "2026-10"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("未封存 1 个仍是草稿的小区") && run.stderr.contains("hexie"), "\(run.stderr)")
        let english = try CLI.run(["seal", "--root", fixture.root.path, "2026-10", "--lang", "en"])
        #expect(english.stderr.contains("not sealed, still drafts") && english.stderr.contains("hexie"))
    }

    @Test func errorsComeLastAboveTheSummary() throws {
        let fixture = try SiteFixture(try edits(try SiteFixture.edit("content/compounds/xiao-a/compound.yaml", "institutions: [unit_head_reporting, red_white_council, residents_convention]", "institutions: []"),
                                            try SiteFixture.edit(Self.october, "closing: \"4,400.00\"", "closing: \"4,401.00\"")))
        defer { fixture.remove() }
        let run = try CLI.run(["check", "--root", fixture.root.path])
        let warning = try #require(run.stdout.range(of: "warning[INS-001]")), error = try #require(run.stdout.range(of: "error[FIN-001]"))
        #expect(warning.lowerBound < error.lowerBound, "\(run.stdout)")
    }

    @Test func aMistypedCommandGetsASuggestionInTheChosenLanguage() throws {
        let zh = try CLI.run(["chekc"])
        #expect(zh.status == 2 && zh.stderr.contains("没有 chekc 这个命令，是否应为 check？"), "\(zh.stderr)")
        let en = try CLI.run(["chekc", "--lang", "en"])
        #expect(en.status == 2 && en.stderr.contains("there is no command chekc; did you mean check?"))
        #expect(try CLI.run(["help", "build"]).status == 0)
    }

    /// swift-argument-parser's own errors are said in Chinese too, the names kept; `-v` points at --version.
    @Test(arguments: [(["check", "-v"], "错误：没有 -v 这个选项（版本号用 --version，帮助用 --help）"),
                      (["build", "--port", "3"], "错误：没有 --port 这个选项，是否应为 --root？"),
                      (["new-month"], "错误：缺少参数 <month>"), (["check", "--lang"], "错误：--lang <lang> 后面缺少值"),
                      (["check", "--format", "xml"], "错误：xml 不是 --format <format> 可用的值，可选：text、json"),
                      (["check", "extra"], "错误：多余的参数 extra")])
    func usageErrorsAreSaidInChinese(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 2 && run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("用法：noticeboard") && run.stderr.contains("详见 noticeboard"), "\(run.stderr)")
        #expect(!run.stderr.contains("Error:") && !run.stderr.contains("Usage:"), "\(run.stderr)")
    }

    @Test func usageErrorsStayEnglishInEnglish() throws {
        for arguments in [["check", "-v", "--lang", "en"], ["--lang=en", "check", "-v"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 2 && run.stderr.contains("Error: Unknown option '-v' (the version is --version, help is --help)"), "\(run.stderr)")
            #expect(run.stderr.contains("Usage: noticeboard check"), "\(run.stderr)")
        }
        #expect(try CLI.run(["check", "-v"], environment: ["LANG": "en_US.UTF-8"]).stderr.contains("Error: Unknown option '-v'"))
    }

    /// English counts agree with their nouns: one draft, one error, one compound.
    @Test func englishCountsAreSingularForOne() throws {
        let services = "content/compounds/hexie/services/2026-10.md"
        let fixture = try SiteFixture([services: try SiteFixture.text(services).replacingOccurrences(of: "month: 2026-10\n", with: "month: 2026-10\ndraft: true\n")])
        defer { fixture.remove() }
        let check = try CLI.run(["check", "--root", fixture.root.path, "--lang", "en"])
        #expect(check.stderr.contains("1 draft (checked, not published; --drafts lists them)"), "\(check.stderr)")
        #expect(check.stderr.contains("checked: 1 error, 0 warnings"), "\(check.stderr)")
        let build = try CLI.run(["build", "--root", fixture.root.path, "--lang", "en"])
        #expect(build.stderr.contains("build failed: 1 error, 0 warnings"), "\(build.stderr)")
        #expect(English.count(1, "compound") == "1 compound" && English.count(3, "compound") == "3 compounds" && English.count(0, "page") == "0 pages")
    }

    @Test func versionHelpAndLanguageHabits() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == NoticeboardVersion.current)
        let help = try CLI.run(["--help"])
        #expect(help.stdout.contains("退出码") && help.stdout.contains("2 用法或文件问题"), "\(help.stdout)")
        for command in ["build", "check", "seal", "new-month", "serve", "init"] {
            #expect(try CLI.run([command, "--help"]).stdout.contains("例 / example:  noticeboard \(command)"), "\(command)")
        }
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["check", "--root", fixture.root.path, "--lang", "EN"]).stderr.contains("checked: 0 errors"))
        #expect(try CLI.run(["build", "--root", fixture.root.path]).stdout.contains("（noticeboard \(NoticeboardVersion.current)）"))
        let page = try String(contentsOf: fixture.root.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(page.contains("<meta name=\"generator\" content=\"noticeboard \(NoticeboardVersion.current)\">"))
    }

    @Test func buildOutsideASiteRootSaysHowToName() throws {
        let folder = FixtureFiles.scratchFolder("noticeboard-empty")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["build", "--root", folder.path])
        #expect(run.status == 2 && run.stderr.contains("用 --root"), "\(run.stderr)")
    }
}
