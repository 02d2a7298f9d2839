import ArgumentParser
import Foundation
import NoticeboardCore

/// `noticeboard-bench`: the template engine and the statement reader timed apart (scripts/bench.sh). A program
/// of its own, not shipped: the figures are for developers.
@main
struct BenchParts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noticeboard-bench",
        abstract: "测量一张25行收支张贴版的渲染和收支文件的读取用时 / time one 25-row sheet and statement reads")

    @Option(name: .long, help: "站点根目录 / the site root", completion: .directory)
    var root: String = "."

    @Option(name: .long, help: "轮数 / rounds")
    var rounds = 2000

    func run() async throws {
        let result = try await PartBenchmark.run(root: URL(fileURLWithPath: root, isDirectory: true), rounds: rounds)
        print("one 25-row statement sheet   " + String(format: "%8.1f µs (median of %d, template engine only)", result.sheetMicroseconds, rounds))
        for read in result.statementReads {
            print("one statement file read      " + String(format: "%8.1f µs (median of %d, a %d-byte file)", read.microseconds, rounds, read.bytes))
        }
    }
}
