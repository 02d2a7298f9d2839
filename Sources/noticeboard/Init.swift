import ArgumentParser
import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

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

    @Option(name: .long, help: "从哪个站点根目录复制模板和规则包（默认：程序自带的） / copy templates and seeds from this site root (default: the ones built in)", completion: .directory)
    var from: String?

    func validate() throws {
        if !BaseURL.isValid(baseURL) {
            throw ValidationError("--base-url 应为以 http(s):// 开头、以 / 结尾的网址 / --base-url must be an absolute http(s) URL ending in /")
        }
    }

    func run() async throws {
        let target = URL(fileURLWithPath: directory, isDirectory: true)
        let initializer = try from.map { SiteInitializer(target: target, defaults: try SiteInitializer.files(of: URL(fileURLWithPath: $0, isDirectory: true))) }
            ?? SiteInitializer(target: target)
        let written = try initializer.create(community: community, baseURL: baseURL)
        for path in written { print("已写入 / wrote \(path)") }
        print("下一步 / next: noticeboard build --root \(directory)")
    }
}
