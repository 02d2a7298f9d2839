import ArgumentParser
import Foundation
import NoticeboardCore

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "只检查，不生成；打印诊断 / diagnostics only")

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "输出格式 text|json / output format")
    var format: String = "text"

    func validate() throws {
        if DiagnosticFormat(rawValue: format) == nil { throw ValidationError("--format 只能是 text 或 json / --format takes text or json") }
    }

    func run() async throws {
        let result: Pipeline.CheckResult
        do {
            result = try await Pipeline(root: site.rootURL).check()
        } catch let error as InputOutputError {
            throw Console.fail(error)
        }
        let diagnosticFormat = DiagnosticFormat(rawValue: format) ?? .text
        let printer = DiagnosticPrinter(format: diagnosticFormat, language: language.language,
                                        colour: diagnosticFormat == .text && Console.isTerminal)
        let report = printer.render(result.diagnostics)
        print(report, terminator: "")
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if diagnosticFormat == .text {
            Console.error(language.language == .zh ? "检查完毕：\(errors) 个错误，\(warnings) 个警告\n"
                                                    : "checked: \(errors) errors, \(warnings) warnings\n")
        }
        if diagnosticFormat == .text { Console.drafts(result.drafts, language.language) }
        if !result.governanceChecked { Console.governanceSkipped(language.language) }
        if result.hasErrors { throw ExitCode(1) }
    }
}
