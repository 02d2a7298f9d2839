import ArgumentParser
import Foundation
import NoticeboardCore

/// `noticeboard bench-parts`: the template engine and the statement reader timed apart (scripts/bench.sh).
struct BenchParts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parts",
        abstract: "测量一张25行收支张贴版的渲染和收支文件的读取用时 / time one 25-row sheet and statement reads",
        shouldDisplay: false)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "轮数 / rounds")
    var rounds = 2000

    func run() async throws {
        let result = try await PartBenchmark.run(root: site.rootURL, rounds: rounds)
        print("one 25-row statement sheet   " + String(format: "%8.1f µs (median of %d, template engine only)", result.sheetMicroseconds, rounds))
        for read in result.statementReads {
            print("one statement file read      " + String(format: "%8.1f µs (median of %d, a %d-byte file)", read.microseconds, rounds, read.bytes))
        }
    }
}
