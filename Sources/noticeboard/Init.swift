import ArgumentParser
import Foundation
import NoticeboardCore

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "为新社区建立站点文件夹（记录、模板、规则包） / create a new community's site root",
        discussion: """
            写入 site.yaml、一个党支部、一个小区和默认模板、规则包，可直接 build。
            例 / example:  noticeboard init ../songyuan --community 松园社区 --base-url https://gongshi.example.cn/songyuan/
            """)

    @Argument(help: "新文件夹 / the new folder", completion: .directory)
    var directory: String

    @Option(name: .long, help: "社区名称 / the community's name")
    var community: String = "某某社区"

    @Option(name: .long, help: "网站地址（以 / 结尾） / where the site will be hosted")
    var baseURL: String = "https://example.cn/gongshi/"

    @Option(name: .long, help: "从哪个站点根目录复制模板和规则包（默认：本程序所在的仓库） / copy templates and seeds from this site root", completion: .directory)
    var from: String?

    func validate() throws {
        if !BaseURL.isValid(baseURL) {
            throw ValidationError("--base-url 应为以 http(s):// 开头、以 / 结尾的网址 / --base-url must be an absolute http(s) URL ending in /")
        }
    }

    func run() async throws {
        let defaults = from.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? Self.repository
        let target = URL(fileURLWithPath: directory, isDirectory: true)
        let written = try SiteInitializer(target: target, defaults: defaults).create(community: community, baseURL: baseURL)
        for path in written { print("已写入 / wrote \(path)") }
        print("下一步 / next: noticeboard build --root \(directory)")

    }

    /// The repository this executable was built in (`<repo>/.build/…/noticeboard`): the folder above it
    /// that holds `Package.swift`, `templates/` and `seeds/`.
    static var repository: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let here = ["Package.swift", "templates", "seeds"].allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            if here { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
