import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardChecks
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "只检查，不生成；打印诊断（记录和模板，与 build 相同） / diagnostics only (records and templates, as build)",
        discussion: "例 / example:  noticeboard check --format json")

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var drafts: DraftsOption

    @Option(name: .long, help: "输出格式 text|json / output format")
    var format: DiagnosticFormat = .text

    func run() async throws {
        let result = try await Pipeline(root: site.rootURL, recordsChecked: Heap.handBackFreed).check(templates: true)
        guard format == .text else {
            print(DiagnosticPrinter(format: format, language: language.language, colour: false).render(result.diagnostics), terminator: "")
            if result.hasErrors { throw ExitCode(1) }
            return
        }
        Console.drafts(result.drafts, language.language, list: drafts.drafts)
        print(Console.diagnostics(result.diagnostics, language.language, colour: Console.isTerminal), terminator: "")
        if !result.governanceChecked { Console.governanceSkipped(language.language) }
        Console.error(language.language == .zh ? "检查完毕：\(result.count(.error)) 个错误，\(result.count(.warning)) 个警告\n"
                                                : "checked: \(English.count(result.count(.error), "error")), \(English.count(result.count(.warning), "warning"))\n")
        if result.hasErrors { throw ExitCode(1) }
    }
}
