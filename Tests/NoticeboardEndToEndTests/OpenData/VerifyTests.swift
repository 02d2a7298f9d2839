import Foundation
import Testing
import NoticeboardTestSupport

/// `noticeboard verify` on the built sample: on the folder and over HTTP it holds; a changed amount in one
/// data.json or in one page, a kept code no longer on the chain, and a posted month changed without a
/// correction each make it exit 1 naming the compound and month; a board it cannot read is exit 2. And the
/// Python sketch of docs/verification-codes.md recomputes the same codes from the same files.
@Suite struct VerifyTests {
    static func sample() throws -> URL { try CLI.sampleBuild() }

    static func verify(_ arguments: [String]) throws -> CLI.Run { try CLI.run(["verify"] + arguments) }

    @Test func theBuiltSampleHoldsOnDiskAndOverHTTP() throws {
        let local = try Self.verify([try Self.sample().path, "--code", "xinyuan/2026-10=VBYY-U5TC", "--code", "2026-09=gnfh696h"])
        #expect(local.status == 0, "\(local.stdout)\(local.stderr)")
        #expect(local.stdout.contains("✓ 馨园小区（xinyuan）2026-10 VBYY-U5TC"))
        #expect(local.stdout.contains("✓ 保存的核验码 GNFH-696H 是 xinyuan 2026-09 链上的核验码"))
        #expect(local.stdout.contains("33 个月（33 个由数据重算核验码"), "\(local.stdout.suffix(400))")
        let server = try OpenDataSupport.Server(serving: try Self.sample())
        defer { server.stop() }
        let remote = try Self.verify([server.base])
        #expect(remote.status == 0, "\(remote.stdout.suffix(2000))\(remote.stderr)")
        #expect(remote.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") }.count == local.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") }.count - 1)
    }

    @Test func oneAmountChangedInOneDataJSONIsNamed() throws {
        let board = try OpenDataSupport.copy(try Self.sample())
        defer { try? FileManager.default.removeItem(at: board.deletingLastPathComponent()) }
        let file = board.appendingPathComponent("xinyuan/ledger/2026-09/data.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"amount_fen\" : 16150,", with: "\"amount_fen\" : 16510,").write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.verify([board.path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("✗ 馨园小区（xinyuan）2026-09") && $0.contains("digest") }, "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("✗ xinyuan/ledger/2026-09/data.json") && $0.contains("SHA-256") })
        // The chain carries the change on: October's code, recomputed, is no longer the one on its page.
        #expect(lines.contains { $0.hasPrefix("✗ 馨园小区（xinyuan）2026-10") && $0.contains("VBYY-U5TC") })
        // And the year's code, made from the year's last fingerprint, is no longer the one on the year's page and sheet.
        #expect(lines.filter { $0.hasPrefix("✗ 馨园小区（xinyuan）2026 年度") }.count == 2, "\(run.stdout)")
    }

    @Test func oneAmountChangedInOnePageIsNamed() throws {
        let board = try OpenDataSupport.copy(try Self.sample())
        defer { try? FileManager.default.removeItem(at: board.deletingLastPathComponent()) }
        let file = board.appendingPathComponent("jianan/ledger/2026-10/index.html")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "¥221.50", with: "¥212.50")
        #expect(changed != text)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.verify([board.path])
        #expect(run.status == 1)
        let failing = run.stdout.split(separator: "\n").filter { $0.hasPrefix("✗") }
        #expect(failing.count == 2 && failing[0].contains("（jianan）2026-10") && failing[0].contains("¥212.50"), "\(failing)")
    }

    @Test func aKeptCodeNoLongerOnTheChainIsReported() throws {
        let run = try Self.verify([try Self.sample().path, "--code", "xinyuan/2026-09=GNFH-696J", "--code", "2026-10=VBYY-U5TD"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("✗ 馨园小区（xinyuan）2026-09：保存的核验码 GNFH-696J 不在链上：这个月现在的核验码是 GNFH-696H"), "\(run.stdout)")
        #expect(run.stdout.contains("✗ 保存的核验码 VBYY-U5TD 不是任何小区 2026-10 链上的核验码"))
        let malformed = try Self.verify([try Self.sample().path, "--code", "2026-13=VBYY-U5TC"])
        #expect(malformed.status == 2)
    }

    @Test func aBoardThatCannotBeReadIsExitTwo() throws {
        let run = try Self.verify([CLI.temporaryFolder().path])
        #expect(run.status == 2 && run.stderr.contains("datapackage.json"), "\(run.stderr)")
    }

    /// An earlier copy of a board: a posted month whose figures changed without a correction is named and
    /// differs; with a correction it is reported as corrected.
    @Test func againstAnOlderPackageAChangeWithoutACorrectionIsReported() throws {
        let root = try OpenDataSupport.siteRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        // jianan's October, unsealed, so that its records may change without INT-001 stopping the build.
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/compounds/jianan/ledger/sealed.yaml"))
        let old = root.appendingPathComponent("old"), new = root.appendingPathComponent("new")
        #expect(try CLI.run(["build", "--root", root.path, "--out", old.path]).status == 0)
        let ledger = root.appendingPathComponent("content/compounds/jianan/ledger/2026-10.yaml")
        let text = try String(contentsOf: ledger, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "amount: \"221.50\"", with: "amount: \"231.50\"").replacingOccurrences(of: "closing: \"14,638.00\"", with: "closing: \"14,628.00\"")
        try changed.write(to: ledger, atomically: true, encoding: .utf8)
        let built = try CLI.run(["build", "--root", root.path, "--out", new.path])
        #expect(built.status == 0, "\(built.stderr)")
        let run = try Self.verify([new.path, "--against", old.appendingPathComponent("datapackage.json").path])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("✗ jianan 2026-10：已公示月份的数字改了，却没有登记更正"), "\(run.stdout)")
        try (changed + "corrections:\n  - {date: 2026-11-20, what: 公共照明电费由221.50更正为231.50, why: 电费单复核}\n").write(to: ledger, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["build", "--root", root.path, "--out", new.path]).status == 0)
        let corrected = try Self.verify([new.path, "--against", old.path])
        #expect(corrected.status == 0, "\(corrected.stdout)")
        #expect(corrected.stdout.contains("· jianan 2026-10：数字有改动，已登记更正 / figures changed, with a correction: 2026-11-20 公共照明电费由221.50更正为231.50"))
    }

    /// The docs' Python sketch, another program, recomputes every month's code from the published files alone.
    @Test func theDocsPythonSketchRecomputesTheCodes() throws {
        let doc = try String(contentsOf: SiteFixture.repository.appendingPathComponent("docs/verification-codes.md"), encoding: .utf8)
        let section = try #require(doc.range(of: "## Verifying a published board"))
        let rest = doc[section.upperBound...]
        let start = try #require(rest.range(of: "```python\n")), end = try #require(rest[start.upperBound...].range(of: "```\n"))
        let script = CLI.temporaryFolder().deletingLastPathComponent().appendingPathComponent("verify.py")
        try String(rest[start.upperBound..<end.lowerBound]).write(to: script, atomically: true, encoding: .utf8)
        let run = try CLI.run(["python3", script.path, try Self.sample().path], binary: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 33 && lines.allSatisfy { $0.hasSuffix("✓") }, "\(run.stdout)")
        #expect(lines.contains("xinyuan 2026-10 VBYY-U5TC ✓"))
    }
}
