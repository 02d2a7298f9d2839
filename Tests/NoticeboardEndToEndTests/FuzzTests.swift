import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// Seeded mutations of the fixture's records (numbers swapped for huge or odd ones, lines dropped,
/// doubled and swapped, stray YAML and bytes inserted, files cut short): every run must end as the
/// command would, 0, 1 or 2, with diagnostics that print as valid JSON. A crash ends the test run itself, and so
/// does a hang, with its replay (`HangWatchdog`: by CPU time, so that a run waiting for a core on a loaded machine is not one).
/// `NOTICEBOARD_FUZZ_SEED` and `NOTICEBOARD_FUZZ_RUNS` replay or extend a run.
@Suite struct FuzzTests {
    static let numbers = ["0", "-1", "99999999999999999999", "9223372036854775807", "100001", "1e309", "0x10", "3.14159",
                          "1,00,0", "-0", "00000000000000000000000001", "100000000.01", "2026-02-30", "2026-13", "2026-Q5"]
    static let tokens = ["\u{0}", "{", "[", "]", ":", "- ", "&a ", "*a ", "!!binary ", "'", "\"", "\t", "\n  ", "---\n", "¥",
                         "１３８１２３４５６７８", "138-1234-5678", "<script>", "{{x}}", "\u{FEFF}", "? ", "|\n", ">\n", "%YAML 1.2\n", "~", "null"]

    /// The runs are dealt to this many test cases, which run side by side, each on a fixture of its own with a
    /// generator of its own (`SeededRandom(seed, chunk)`): a replay names the seed, the chunk and the run.
    static let chunks = 4

    @Test(arguments: 0..<chunks)
    func mutatedRecordsNeverCrashOrPrintBrokenJSON(chunk: Int) async throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["NOTICEBOARD_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261127
        let total = environment["NOTICEBOARD_FUZZ_RUNS"].flatMap(Int.init) ?? 2000
        let runs = total / Self.chunks + (chunk < total % Self.chunks ? 1 : 0)
        var random = SeededRandom(Int(truncatingIfNeeded: seed), chunk)
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let files = try SiteFixture.files()
        let paths = files.keys.sorted()
        // A run takes milliseconds of CPU; minutes of it, or half an hour without an end, is a hang (`HangWatchdog`).
        let watchdog = HangWatchdog(cpuLimit: 300, wallLimit: 1800)
        defer { watchdog.stop() }
        let start = Date()
        var outcomes = [0, 0, 0], builds = 0
        for run in 0..<runs {
            let path = try #require(paths.randomElement(using: &random))
            let original = try #require(files[path])
            var bytes = Array(original.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) { Self.mutate(&bytes, using: &random) }
            let file = fixture.root.appendingPathComponent(path)
            try FixtureFiles.write(Data(bytes), to: file)
            defer { try? FixtureFiles.write(original, to: file) }
            let replay = "seed \(seed), chunk \(chunk), run \(run), \(path):\n\(String(decoding: bytes, as: UTF8.self))"
            do {
                let result = try await watchdog.watch(replay) { try await Pipeline(root: fixture.root).check() }
                let json = DiagnosticPrinter(format: .json, language: .zh, colour: false).render(result.diagnostics)
                #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) is [Any], "invalid JSON; \(replay)")
                outcomes[result.hasErrors ? 1 : 0] += 1
                // Some clean mutations are built too: rendering meets the values the rules let through.
                if !result.hasErrors && builds < 40 / Self.chunks {
                    builds += 1
                    _ = try await watchdog.watch(replay) { try await Pipeline(root: fixture.root).build(into: fixture.root.appendingPathComponent("public")) }
                }
            } catch is InputOutputError {
                outcomes[2] += 1
            } catch {
                Issue.record("unexpected error \(error); \(replay)")
            }
        }
        print("fuzz: seed \(seed), chunk \(chunk), \(runs) mutations in \(String(format: "%.1f", Date().timeIntervalSince(start))) s: "
              + "\(outcomes[0]) clean, \(outcomes[1]) with errors, \(outcomes[2]) refused; \(builds) built; the longest check or build "
              + String(format: "took %.3f s of CPU, %.3f s in all", watchdog.most.cpu, watchdog.most.wall))
        #expect(outcomes[1] > runs / 2, "the mutations do break records")
    }

    static func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        func joined(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [UInt8(ascii: "\n")])) }
        switch Int.random(in: 0..<8, using: &random) {
        case 0:  // a number swapped for another
            let digits = bytes.indices.filter { (48...57).contains(bytes[$0]) && ($0 == 0 || !(48...57).contains(bytes[$0 - 1])) }
            guard let start = digits.randomElement(using: &random) else { return }
            var end = start
            while end < bytes.count && (48...57).contains(bytes[end]) { end += 1 }
            bytes.replaceSubrange(start..<end, with: Array(numbers.randomElement(using: &random)!.utf8))
        case 1:  // a line dropped
            guard !lines.isEmpty else { return }
            var lines = lines
            lines.remove(at: Int.random(in: 0..<lines.count, using: &random))
            bytes = joined(lines)
        case 2:  // a line doubled
            guard !lines.isEmpty else { return }
            var lines = lines
            let i = Int.random(in: 0..<lines.count, using: &random)
            lines.insert(lines[i], at: i)
            bytes = joined(lines)
        case 3:  // two lines swapped
            guard lines.count > 1 else { return }
            var lines = lines
            lines.swapAt(Int.random(in: 0..<lines.count, using: &random), Int.random(in: 0..<lines.count, using: &random))
            bytes = joined(lines)
        case 4:  // a stray token
            bytes.insert(contentsOf: Array(tokens.randomElement(using: &random)!.utf8), at: Int.random(in: 0...bytes.count, using: &random))
        case 5:  // cut short
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        case 6:  // a byte that is not UTF-8
            bytes.insert([0xFF, 0xC0, 0x80, 0xED].randomElement(using: &random)!, at: Int.random(in: 0...bytes.count, using: &random))
        default:  // a line indented differently
            guard !lines.isEmpty else { return }
            var lines = lines
            let i = Int.random(in: 0..<lines.count, using: &random)
            lines[i] = Bool.random(using: &random) ? Array("  ".utf8) + lines[i] : Array(lines[i].drop { $0 == UInt8(ascii: " ") })
            bytes = joined(lines)
        }
    }
}
