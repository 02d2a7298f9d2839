import ArgumentParser
import Foundation
import NoticeboardBoards

/// `noticeboard verify <folder | URL>`: a published board checked from what it publishes (docs/commands.md).
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "核对已发布的公示栏：由公开数据重算每月核验码和链，与网页、张贴版、二维码和 SHA-256 比对 / verify a published board from its open data",
        discussion: """
            例 / example:  noticeboard verify public/    noticeboard verify https://gongshi.example.cn/yongkang/ --code xinyuan/2026-10=VBYY-U5TC
            退出码 / exit status：0 全部一致 / all holds；1 有不一致 / something differs；2 读不到公示栏 / the board cannot be read.
            """)

    @Argument(help: "已发布的公示栏：文件夹或网址 / the published board: a folder or an http(s) base URL")
    var board: String

    @Option(name: .long, help: "保存的核验码 [小区/]YYYY-MM=核验码，可多次 / a kept code, [slug/]YYYY-MM=CODE (repeatable)")
    var code: [String] = []

    @Option(name: .long, help: "旧的 datapackage.json（或其文件夹、网址），列出此后的改动 / an earlier package to compare with")
    var against: String?

    func validate() throws {
        for text in code where Verifier.KeptCode(text) == nil {
            throw ValidationError("--code \(text)：应为 [小区/]YYYY-MM=核验码，如 2026-10=VBYY-U5TC / must be [slug/]YYYY-MM=CODE, e.g. 2026-10=VBYY-U5TC")
        }
    }

    func run() async throws {
        let verifier = Verifier(board: Board(board), keptCodes: code.compactMap(Verifier.KeptCode.init), against: against.map(Board.init))
        let report: Verifier.Report
        do {
            report = try await verifier.verify()
        } catch {
            Console.error("noticeboard verify: 读不到公示栏 / cannot read the board: \(error)\n")
            throw ExitCode(2)
        }
        for line in report.lines { print(line) }
        print("\(report.differs ? "✗ 有不一致" : "✓ 全部一致") / \(report.differs ? "something differs" : "all holds")："
              + "\(report.months) 个月（\(report.monthsFullyVerified) 个由数据重算核验码，\(report.monthsByChainOnly) 个因遮盖只核对链），\(report.files) 个文件核对 SHA-256 / "
              + "\(report.months) months (\(report.monthsFullyVerified) recomputed from the data, \(report.monthsByChainOnly) by the chain only, masked), \(report.files) files against their SHA-256")
        if report.differs { throw ExitCode(1) }
    }
}
