import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

/// `noticeboard`: flags in, library calls out. Exit status: 0 done, 1 content errors, 2 usage or I/O failure;
/// `publish` adds 3 (the target failed) and 4 (the live site differs from what was sent).
@main
struct Noticeboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noticeboard",
        abstract: "无物业小区公示栏生成器：把 content/ 的记录检查后生成 public/ 网站与张贴版。",
        discussion: """
            Checks a community's records against its governance rules and renders the gatehouse sheets and mobile pages.

            退出码 / exit status：0 完成（可有警告）/ done, warnings allowed；1 记录有错误 / the records have errors；\
            2 用法或文件问题 / a usage or file-system problem；publish：3 发布目标出错 / the target failed，\
            4 线上网站与上传的不同 / the live site differs from what was sent.
            """,
        version: NoticeboardVersion.current,
        subcommands: [Init.self, Build.self, Check.self, Seal.self, NewMonth.self, Serve.self, Publish.self, Verify.self, Portal.self, GenerateFixture.self]
    )

    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// swift-argument-parser exits 64 on usage errors; the spec says 2.
    static func main() async {
        do {
            var command = try parseAsRoot(commandFirst(Array(CommandLine.arguments.dropFirst())))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let unknown = unknownCommand() {
                let zh = language(of: CommandLine.arguments) == .zh
                let suggestion = closestName(to: unknown, among: commandNames)
                FileHandle.standardError.write(Data((zh
                    ? "noticeboard：没有 \(unknown) 这个命令\(suggestion.map { "，是否应为 \($0)？" } ?? "。")可用：\(commandNames.joined(separator: "、"))（noticeboard --help）\n"
                    : "noticeboard: there is no command \(unknown)\(suggestion.map { "; did you mean \($0)?" } ?? ".") Commands: \(commandNames.joined(separator: ", ")) (noticeboard --help)\n").utf8))
                Foundation.exit(2)
            }
            // A failure that stops any command (a path, a file, a folder in the way): exit 2, said in one place.
            if let failure = error as? InputOutputError {
                FileHandle.standardError.write(Data("noticeboard: \(failure)\n".utf8))
                Foundation.exit(2)
            }
            let code = exitCode(for: error)
            // 3 and 4 are publish's: the target failed, the live site differs.
            if code == .success || (1...4).contains(code.rawValue) { exit(withError: error) }
            FileHandle.standardError.write(Data((UsageMessage.text(fullMessage(for: error), in: language(of: CommandLine.arguments)) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

extension Noticeboard {
    /// The first argument, when it is neither an option nor a command.
    static func unknownCommand() -> String? {
        guard let first = commandFirst(Array(CommandLine.arguments.dropFirst())).first, !first.hasPrefix("-"),
              !(commandNames + ["help"]).contains(first) else { return nil }
        return first
    }

    /// The options every site command takes, which people also put before the command.
    static let sharedOptions = ["--lang", "--root"]

    /// `--lang en check` read as `check --lang en`: the shared options (`--lang`, `--root`, with their value or
    /// `=value`) move after the command they stand before.
    static func commandFirst(_ arguments: [String]) -> [String] {
        var leading: [String] = [], i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if sharedOptions.contains(argument), i + 1 < arguments.count {
                leading += arguments[i...i + 1]
                i += 2
            } else if sharedOptions.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                i += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, i < arguments.count, !arguments[i].hasPrefix("-") else { return arguments }
        return [arguments[i]] + leading + arguments[(i + 1)...]
    }

    /// The language asked for with `--lang`, or the environment's, for messages given before any command runs.
    static func language(of arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1].lowercased()) {
            return language
        }
        if let value = arguments.last(where: { $0.hasPrefix("--lang=") }), let language = Language(rawValue: value.dropFirst("--lang=".count).lowercased()) {
            return language
        }
        return Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

/// Options every command that reads a site takes.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "站点根目录（含 content/、templates/、seeds/）/ the site root", completion: .directory)
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }
}

struct DraftsOption: ParsableArguments {
    @Flag(name: .long, help: "列出所有草稿（默认只给个数） / list the drafts (by default only their count)")
    var drafts = false
}

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "提示语言 zh|en（默认按 LANG）/ message language")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

/// Prints to standard error; the exit status is decided by the command, never deep inside.
enum Console {
    static func error(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Step lines, except in CI logs where only the outcome matters; on a terminal, a bar while pages render.
    /// When the command started (the first time anything asked).
    static let started = ContinuousClock.now

    /// A note is said in CI logs too: it tells why a build took longer than usual.
    static func progress(_ event: Pipeline.Progress, in language: Language) {
        if case .note(let message) = event {
            error("\(message.text(in: language))\n")
            return
        }
        guard ProcessInfo.processInfo.environment["CI"] == nil else { return }
        switch event {
        case .step(let step):
            // The time since the first step, so a slow step shows in the next one's line.
            let elapsed = started.duration(to: .now).components
            error(String(format: "· %6.2f s  ", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18) + "\(step)\n")
        case .rendering(let done, let total) where isTerminal && total >= 1000:
            let width = 30, filled = done * width / max(total, 1)
            error("\r  [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)"
                  + (done == total ? "\n" : ""))
        case .rendering, .note:
            break
        }
    }

    /// Said when input errors kept the governance rules from running.
    static func governanceSkipped(_ language: Language) {
        error(language == .zh ? "先改正以上输入错误；改正后才会检查治理规则（FIN、COM 等）。\n"
                              : "fix the input errors above first; the governance rules (FIN, COM, …) run once they are fixed.\n")
    }

    /// Counts the drafts that remain unpublished in one line; lists them with `--drafts`.
    static func drafts(_ drafts: [String], _ language: Language, list: Bool) {
        guard !drafts.isEmpty else { return }
        if list {
            error(language == .zh ? "草稿 \(drafts.count) 个（已检查，未发布；删去 draft: true 即发布）：\n" : "\(English.count(drafts.count, "draft")) (checked, not published; remove draft: true to publish):\n")
            for path in drafts { error("  \(path)\n") }
        } else {
            error(language == .zh ? "草稿 \(drafts.count) 个（已检查，未发布；--drafts 列出）\n" : "\(English.count(drafts.count, "draft")) (checked, not published; --drafts lists them)\n")
        }
    }

    /// Diagnostics as text, warnings first and errors last, so on a terminal the errors stay in view above the summary.
    static func diagnostics(_ diagnostics: [Diagnostic], _ language: Language, colour: Bool) -> String {
        let printer = DiagnosticPrinter(format: .text, language: language, colour: colour)
        return printer.render(diagnostics.filter { $0.severity == .warning }) + printer.render(diagnostics.filter { $0.severity == .error })
    }

}
