import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardChecks
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查并生成网站到 public/；有错误时不写任何文件 / check, then render into public/",
        discussion: "例 / example:  noticeboard build --out /srv/www/yongkang --base-url https://gongshi.example.cn/yongkang/")

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var listDrafts: DraftsOption

    @Option(name: .long, help: "输出目录（默认 <root>/public）/ output folder", completion: .directory)
    var out: String?

    @Option(name: .long, help: "网站地址，覆盖 site.yaml 的 base_url / overrides base_url")
    var baseURL: String?

    func validate() throws {
        if let baseURL, !BaseURL.isValid(baseURL) {
            throw ValidationError("--base-url 应为以 http(s):// 开头、有主机名、以 / 结尾的网址（如 https://gongshi.example.cn/yongkang/） / --base-url must be an absolute http(s) URL with a host, ending in / (https://gongshi.example.cn/yongkang/)")
        }
    }

    func run() async throws {
        let start = Date()
        let output = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? site.rootURL.appendingPathComponent("public")
        let result = try await Pipeline(root: site.rootURL, progress: { [language = language.language] in Console.progress($0, in: language) }, recordsChecked: Heap.handBackFreed, leftBehind: Heap.keepUntilExit).build(into: output, baseURL: baseURL)
        switch result {
        case .unchanged(let warnings):
            print(language.language == .zh ? "没有变化：\(output.path) 已是最新（上次 \(warnings) 个警告，运行 check 查看）"
                                            : "nothing changed: \(output.path) is up to date (\(English.count(warnings, "warning")) last time; run check to see them)")
        case .failed(let check):
            report(check)
            if !check.governanceChecked { Console.governanceSkipped(language.language) }
            Console.error(language.language == .zh
                ? "构建失败：\(check.count(.error)) 个错误，\(check.count(.warning)) 个警告；public/ 未改动。\n"
                : "build failed: \(English.count(check.count(.error), "error")), \(English.count(check.count(.warning), "warning")); the output was not touched.\n")
            throw ExitCode(1)
        case .built(let check, let summary, let files):
            report(check)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
            let compounds = check.compoundCount, warnings = check.count(.warning)
            let drafts = check.drafts
            Console.drafts(drafts, language.language, list: listDrafts.drafts)
            print(language.language == .zh
                ? "已生成 \(output.path)：\(compounds) 个小区，\(files) 个文件（写入 \(summary.written)，未变 \(summary.unchanged)，渲染 \(summary.rendered) 页），\(warnings) 个警告，\(drafts.count) 个草稿，用时 \(seconds) 秒（noticeboard \(NoticeboardVersion.current)）"
                : "built \(output.path): \(English.count(compounds, "compound")), \(English.count(files, "file")) (\(summary.written) written, \(summary.unchanged) unchanged, \(English.count(summary.rendered, "page")) rendered), \(English.count(warnings, "warning")), \(English.count(drafts.count, "draft")), \(seconds) s (noticeboard \(NoticeboardVersion.current))")
        }
    }

    private func report(_ check: Pipeline.CheckResult) {
        Console.error(Console.diagnostics(check.diagnostics, language.language, colour: Console.isTerminal))
    }
}
