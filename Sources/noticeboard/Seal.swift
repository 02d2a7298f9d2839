import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

struct Seal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "封存某月已公示的收支明细（记录指纹） / record the fingerprints of a posted month",
        discussion: """
            写入 content/compounds/<小区>/ledger/sealed.yaml。之后再改动该月，须在 corrections 中写明，否则检查报 INT-001。
            例 / example:  noticeboard seal 2026-10
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption

    @OptionGroup var arguments: MonthArguments

    func run() async throws {
        let month = arguments.month
        let outcome = try await Sealer(root: site.rootURL).seal(month, compounds: arguments.compounds)
        guard outcome.diagnostics.isEmpty else {
            Console.error(DiagnosticPrinter(format: .text, language: language.language, colour: Console.isTerminal).render(outcome.diagnostics))
            Console.error(language.language == .zh ? "有错误，未封存。\n" : "errors: nothing was sealed.\n")
            throw ExitCode(1)
        }
        let zh = language.language == .zh
        for slug in outcome.sealed { print(zh ? "已封存 \(slug) \(month)" : "sealed \(slug) \(month)") }
        for slug in outcome.unchanged { print(zh ? "未变 \(slug) \(month)（已封存）" : "unchanged \(slug) \(month) (already sealed)") }
        if !outcome.drafts.isEmpty {
            Console.error(zh ? "未封存 \(outcome.drafts.count) 个仍是草稿的小区（删去 draft: true、公示后再封存）：\(outcome.drafts.joined(separator: "、"))\n"
                             : "not sealed, still drafts (remove draft: true, post, then seal): \(outcome.drafts.joined(separator: ", "))\n")
        }
        if outcome.sealed.isEmpty && outcome.unchanged.isEmpty && outcome.drafts.isEmpty {
            print(zh ? "\(month) 没有收支明细可封存" : "no statement of \(month) to seal")
        }
    }
}
