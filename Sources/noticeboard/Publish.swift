import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardPublish
import NoticeboardValues

struct Publish: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把 public/ 上传到 site.yaml 的发布目标，只传有变化的文件，并核对线上网站 / send public/ to a publish target and check the live site",
        discussion: """
            先按需生成（有错误则停止），再用 rclone 上传：先资源，后页面，再链接它们的页面，最后删除。
            退出码：3 发布目标出错（可重新运行补完）；4 已上传，但线上网站与上传的不同（CDN 或代理）。
            例 / example:  noticeboard publish --target oss --dry-run
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "发布目标的名称（默认 publish: 中的第一个）/ the target's name (default: the first)")
    var target: String?

    @Flag(name: .long, help: "只列出将上传和删除的文件，按顺序，不做任何改动 / list what would be sent and deleted, in order; change nothing")
    var dryRun = false

    @Option(name: .long, help: "从这个地址核对线上网站，代替 base_url / fetch the live site from here instead of base_url")
    var verifyURL: String?

    @Option(name: .long, help: "本次允许删除的文件数，代替 max_deletes / deletions allowed this time instead of max_deletes")
    var allowDeletes: Int?

    func validate() throws {
        if let verifyURL, !BaseURL.isValid(verifyURL) {
            throw ValidationError("--verify-url 应为以 http(s):// 开头、以 / 结尾的网址 / --verify-url must be an absolute http(s) URL ending in /")
        }
        if let allowDeletes, allowDeletes < 0 {
            throw ValidationError("--allow-deletes 不能为负数 / --allow-deletes cannot be negative")
        }
    }

    func run() async throws {
        let zh = language.language == .zh
        let output = site.rootURL.appendingPathComponent("public")
        // The same build and checks as `build`: errors stop everything, an up-to-date output is left as it is.
        switch try await Pipeline(root: site.rootURL, progress: { [language = language.language] in Console.progress($0, in: language) }).build(into: output) {
        case .unchanged:
            break
        case .failed(let check):
            Console.error(Console.diagnostics(check.diagnostics, language.language, colour: Console.isTerminal))
            if !check.governanceChecked { Console.governanceSkipped(language.language) }
            Console.error(zh ? "构建失败：\(check.count(.error)) 个错误；未发布任何文件。\n" : "build failed: \(check.count(.error)) errors; nothing was published.\n")
            throw ExitCode(1)
        case .built(let check, _, let files):
            Console.error(Console.diagnostics(check.diagnostics, language.language, colour: Console.isTerminal))
            Console.error(zh ? "已生成 \(output.path)：\(files) 个文件\n" : "built \(output.path): \(files) files\n")
        }
        let options = Publisher.Options(target: target, dryRun: dryRun, verifyURL: verifyURL, allowDeletes: allowDeletes)
        let language = language.language
        let publisher = Publisher(root: site.rootURL, output: output) { step in
            Console.progress(.step(step.text(in: language)), in: language)
        }
        do {
            let outcome = try await publisher.publish(options)
            for line in outcome.report(language) { print(line) }
            if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
        } catch let failure as PublishFailure {
            Console.error("noticeboard publish: " + failure.message(language) + "\n")
            throw ExitCode(failure.exitStatus)
        }
    }
}
