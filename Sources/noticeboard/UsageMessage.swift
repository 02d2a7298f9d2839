import Foundation
import NoticeboardValues

/// swift-argument-parser says its usage errors in English; in Chinese mode each of its lines is said in Chinese,
/// the option and argument names kept as they are typed. Lines it does not know pass unchanged: the project's
/// own validation messages are in both languages already.
enum UsageMessage {
    static func text(_ english: String, in language: Language) -> String {
        english.split(separator: "\n", omittingEmptySubsequences: false).map { (line: Substring) -> String in
            if line.hasPrefix("Error: ") {
                let error = String(line.dropFirst("Error: ".count))
                return language == .zh ? "错误：" + chinese(error) : "Error: " + error + versionHint(error, language)
            }
            guard language == .zh else { return String(line) }
            if line.hasPrefix("Help:  ") { return "说明：" + line.dropFirst("Help:  ".count) }
            if line.hasPrefix("Usage: ") { return "用法：" + line.dropFirst("Usage: ".count) }
            if let see = line.firstMatch(of: /^(\s*)See '(.+)' for more information\.$/) { return "\(see.1)详见 \(see.2)" }
            return String(line)
        }.joined(separator: "\n")
    }

    /// One error of the parser in Chinese; itself when it is none the parser says.
    static func chinese(_ error: String) -> String {
        if let match = error.wholeMatch(of: /Unknown option '(.+?)'(?:\. Did you mean '(.+?)'\?)?/) {
            return "没有 \(match.1) 这个选项" + (match.2.map { "，是否应为 \($0)？" } ?? "") + versionHint(error, Language.zh)
        }
        if let match = error.wholeMatch(of: /Missing expected argument '(.+)'/) { return "缺少参数 \(match.1)" }
        if let match = error.wholeMatch(of: /Missing value for '(.+)'/) { return "\(match.1) 后面缺少值" }
        if let match = error.wholeMatch(of: /Unexpected argument '(.+)'/) { return "多余的参数 \(match.1)" }
        if let match = error.wholeMatch(of: /\d+ unexpected arguments: (.+)/) { return "多余的参数 \(match.1)" }
        if let match = error.wholeMatch(of: /The value '(.*?)' is invalid for '(.+?)'(?:\. Please provide one of (.+)\.)?/) {
            let choices = match.3.map { "，可选：" + $0.matches(of: /'([^']*)'/).map { String($0.1) }.joined(separator: "、") } ?? ""
            return "\(match.1) 不是 \(match.2) 可用的值\(choices)"
        }
        return error
    }

    /// `-v` is the version in many programs: said where it is here.
    private static func versionHint(_ error: String, _ language: Language) -> String {
        guard error.hasPrefix("Unknown option '-v'") || error.hasPrefix("Unknown option '-V'") else { return "" }
        return language == .zh ? "（版本号用 --version，帮助用 --help）" : " (the version is --version, help is --help)"
    }
}
