import Foundation
import MustacheEngine

/// The two hot parts of a build, timed apart for `scripts/bench.sh`: rendering one 25-row statement
/// sheet with the template engine alone, and reading one statement file into its record.
/// Medians of many rounds, in microseconds; figures to print, never a test's pass or fail.
public enum PartBenchmark {
    public struct Result: Sendable {
        public let sheetMicroseconds: Double
        public let statementReadMicroseconds: Double
        /// The size of the statement file read, to say what was measured.
        public let statementBytes: Int
    }

    public static func run(root: URL, rounds: Int = 2000) async throws -> Result {
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
        let context = PageContext(community: community, baseURL: community.site.baseURL.value, fingerprints: [:])
        let view = StatementView(compound: compound, statement: full, context: context)
        let sheet = context.sheet(view, values: view.values.value, qr: view.qrSVG())
        let sheetTime = median(rounds) { _ = templates.library.render(PageTemplate.statementSheetBody.rawValue, sheet) }

        let path = statement.location.file
        let bytes = (try? Data(contentsOf: root.appendingPathComponent(path)).count) ?? 0
        let readTime = median(rounds) { _ = ParsedFile.parse(path: path, root: root) }
        return Result(sheetMicroseconds: sheetTime, statementReadMicroseconds: readTime, statementBytes: bytes)
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
