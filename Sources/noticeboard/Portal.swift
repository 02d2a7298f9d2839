import ArgumentParser
import Foundation
import NoticeboardBoards
import NoticeboardOpenData

/// `noticeboard portal --out DIR BOARD...`: the 街道's view over many published 社区 boards (docs/commands.md).
struct Portal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "街道总览：读取多个社区已发布的公示栏（文件夹或网址），生成一个总览网站 / one 街道 site over many published boards",
        discussion: """
            例 / example:  noticeboard portal --out /srv/www/xiaodian yongkang/public https://gongshi.example.cn/songyuan/
            退出码 / exit status：0 完成 / done；2 读不到公示栏、模板有错或输出文件夹不能替换 / a board cannot be read, a template is wrong, or the output may not be replaced.
            """)

    @Option(name: .long, help: "输出文件夹 / the output folder", completion: .directory)
    var out: String

    @Option(name: .long, help: "模板文件夹（含 portal.mustache；默认用内置模板）/ a templates folder (default: the built-in templates)", completion: .directory)
    var templates: String?

    @Argument(help: "已发布的社区公示栏：文件夹或网址 / published boards: folders or http(s) base URLs")
    var boards: [String]

    func validate() throws {
        if boards.isEmpty { throw ValidationError("至少给一个公示栏 / name at least one board") }
    }

    func run() async throws {
        let portal = NoticeboardBoards.Portal(boards: boards.map(Board.init), templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let overviews: [(board: Board, overview: OverviewData)]
        do {
            overviews = try await portal.read()
        } catch {
            Console.error("noticeboard portal: 读不到公示栏 / cannot read a board: \(error)\n")
            throw ExitCode(2)
        }
        let output = URL(fileURLWithPath: out, isDirectory: true)
        let files = try await portal.write(overviews, into: output)
        let compounds = overviews.map(\.overview.compounds.count).reduce(0, +)
        print("已生成 \(output.path)：\(overviews.count) 个社区，\(compounds) 个小区，\(files) 个文件 / built \(output.path): \(overviews.count) boards, \(compounds) compounds, \(files) files")
    }
}
