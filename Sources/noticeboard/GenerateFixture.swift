import ArgumentParser
import DefaultSite
import Foundation
import NoticeboardCore
import NoticeboardFixture
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering

struct GenerateFixture: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-fixture",
        abstract: "生成用于测速的合成社区（同样的参数得到同样的字节） / write a synthetic community for benchmarks",
        discussion: "例 / example:  noticeboard generate-fixture --compounds 500 --months 24 --root .build-bench/c500")

    @Option(name: .long, help: "小区数 / compounds")
    var compounds: Int

    @Option(name: .long, help: "月数（自2024年11月起） / months from 2024-11")
    var months: Int

    @Option(name: .long, help: "站点根目录 / the site root to write", completion: .directory)
    var root: String

    @Option(name: .long, help: "从哪个站点根目录复制模板和规则包 / copy templates and seeds from this site root (default: the ones built in)", completion: .directory)
    var from: String?

    func validate() throws {
        guard (1...20_000).contains(compounds), (1...240).contains(months) else {
            throw ValidationError("--compounds 1…20000，--months 1…240")
        }
    }

    func run() async throws {
        let start = Date()
        let defaults = try from.map { try SiteInitializer.files(of: URL(fileURLWithPath: $0, isDirectory: true)) } ?? DefaultSite.files
        let files = try await SyntheticCommunity(compounds: compounds, months: months)
            .write(to: URL(fileURLWithPath: root, isDirectory: true), defaults: defaults)
        print(String(format: "%d 个文件 / files, %.2f s", files, Date().timeIntervalSince(start)))
    }
}
