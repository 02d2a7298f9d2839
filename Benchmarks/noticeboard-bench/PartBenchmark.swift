import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues
import MustacheEngine

/// The two hot parts of a build, timed apart for `scripts/bench.sh`: rendering one 25-row statement
/// sheet with the template engine alone, and reading a statement file into its record (the smallest and
/// the largest of the first compound's: the time grows with the file).
/// Medians of many rounds, in microseconds; figures to print, never a test's pass or fail.
enum PartBenchmark {
    struct Result: Sendable {
        let sheetMicroseconds: Double
        /// The statement files read, smallest first.
        let statementReads: [StatementRead]
    }

    struct StatementRead: Sendable {
        let bytes: Int
        let microseconds: Double
    }

    static func run(root: URL, rounds: Int = 2000) async throws -> Result {
        let root = root.standardizedFileURL
        let templates = try TemplateSet(directory: root.appendingPathComponent("templates"))
        let checked = try await Pipeline(root: root).check()
        guard let community = checked.community,
              let compound = community.compounds.first(where: { !$0.statements.isEmpty }), let statement = compound.statements.last else {
            throw InputOutputError(path: root.path, reason: "没有可用于测速的收支明细 / no statement to time")
        }
        // 25 rows, the most one sheet page holds: the month's lines repeated as needed.
        var lines = statement.income + statement.expenses
        while lines.count < StatementSheetPlan.linesPerFullPage { lines += statement.income + statement.expenses }
        let full = statement.with(income: [], expenses: Array(lines.prefix(StatementSheetPlan.linesPerFullPage)))
        let context = PageContext(community: community, baseURL: community.site.baseURL.value, fingerprints: [:],
                                  assets: .init(stylesheet: TemplateSet.stylesheetName, emblem: TemplateSet.emblem), latestMonth: full.month.value)
        let view = StatementView(reads: MonthlyReads(compound: compound, month: full.month.value, context: context), statement: full)
        let sheet = view.sheet(values: view.values.value).withQRCode(view.qrCode())
        let sheetTime = median(rounds) { _ = templates.library.render(PageTemplate.statementSheetBody.name, sheet) }

        let files = compound.statements.map { statement in
            (path: statement.location.file, bytes: (try? Data(contentsOf: root.appendingPathComponent(statement.location.file)).count) ?? 0)
        }.sorted { ($0.bytes, $0.path) < ($1.bytes, $1.path) }
        let timed = files.count > 1 ? [files[0], files[files.count - 1]] : files
        let reads = timed.map { file in
            StatementRead(bytes: file.bytes, microseconds: median(rounds) { _ = ParsedFile.parse(path: file.path, root: root) })
        }
        return Result(sheetMicroseconds: sheetTime, statementReads: reads)
    }

    private static func median(_ rounds: Int, _ work: () -> Void) -> Double {
        for _ in 0..<min(rounds, 50) { work() }
        var times: [Double] = []
        times.reserveCapacity(rounds)
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        return times.sorted()[rounds / 2]
    }
}
