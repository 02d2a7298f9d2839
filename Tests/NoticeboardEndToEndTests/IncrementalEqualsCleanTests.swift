import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// Incremental equals clean, by generation: seeded random edits of every input (`RandomSiteEdits`), each round
/// built in place over the last output and compared, file by file and byte by byte, with a build of the same
/// tree into a fresh folder. What a page is made from is keyed in parts (`PageKey`, the reads noted by
/// `MonthlyReads`, `BuildManifest`) and the records are read through the record cache (`RecordCache`); this is what
/// catches one left out, in the pages and in the findings, which must be a clean build's in the same order. A round whose edits break a rule must fail
/// both ways and leave the output as it was; its edits are then undone.
/// `NOTICEBOARD_EDIT_SEED` replays one seed, `NOTICEBOARD_EDIT_ROUNDS` sets the rounds per seed.
@Suite struct IncrementalEqualsCleanTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seeds: [UInt64] = environment["NOTICEBOARD_EDIT_SEED"].flatMap(UInt64.init).map { [$0] } ?? [20261203, 7, 1_000_003, 42]
    static let rounds = environment["NOTICEBOARD_EDIT_ROUNDS"].flatMap(Int.init) ?? 16

    @Test(arguments: seeds) func randomEditsBuiltInPlaceEqualACleanBuild(seed: UInt64) async throws {
        var random = SeededRandom(Int(truncatingIfNeeded: seed))
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let site = RandomSiteEdits(root: fixture.root), out = fixture.root.appendingPathComponent("public")
        guard case .built = try await Self.build(fixture.root, into: out) else {
            Issue.record("seed \(seed): the fixture does not build")
            return
        }
        var kept: [String] = [], built = 0, failed = 0
        for round in 1...Self.rounds {
            let sources = try Self.sources(of: fixture.root)
            var edits: [String] = [], outcome = Outcome.built, findings: [Diagnostic]?
            func replay() -> String {
                "seed \(seed), round \(round) (NOTICEBOARD_EDIT_SEED=\(seed) replays it); edits kept before: "
                    + "\(kept.isEmpty ? "none" : "\n  " + kept.joined(separator: "\n  "))\nthis round:\n  \(edits.joined(separator: "\n  "))"
            }
            // Every fourth round also breaks a rule, or a template, on purpose.
            let kinds = (0..<random.int(1...3)).map { _ in RandomSiteEdits.catalogue } + (round % 4 == 0 ? [RandomSiteEdits.breaking] : [])
            for kind in kinds {
                // Not every edit applies to every tree (a month removed that was never added): draw again.
                for _ in 0..<20 {
                    let edit = random.pick(kind)
                    if let done = try edit.apply(&random, site) {
                        edits.append("\(edit.name) — \(done)")
                        break
                    }
                }
                // Built in place after each edit: every state in between is one a later build starts from.
                let before = try CLI.snapshot(out)
                (outcome, findings) = try await Self.built(fixture.root, into: out)
                if case .failed(let why) = outcome {
                    let folder = CLI.temporaryFolder()
                    defer { try? FileManager.default.removeItem(at: folder) }
                    let (clean, cleanFindings) = try await Self.built(fixture.root, into: folder.appendingPathComponent("public"))
                    #expect(clean != .built, "a clean build succeeds where the build in place failed (\(why)); \(replay())")
                    if let findings, let cleanFindings {
                        #expect(findings == cleanFindings, "the failed build in place found other things than a clean build, or in another order; \(replay())")
                    }
                    #expect(try CLI.snapshot(out) == before, "a failed build changed the output; \(replay())")
                    break
                }
            }
            if case .failed = outcome {
                failed += 1
                try Self.restore(sources, in: fixture.root)
                continue
            }
            built += 1
            kept += edits
            guard let (clean, cleanFindings) = try await Self.cleanBuild(of: fixture.root) else {
                Issue.record("the build in place succeeds where a clean build fails; \(replay())")
                continue
            }
            let differences = Self.differences(try CLI.snapshot(out), clean)
            #expect(differences.isEmpty, "stale or wrong output after an incremental build:\n\(differences)\n\(replay())")
            // A build that found nothing changed tells no findings.
            if let findings {
                #expect(findings == cleanFindings, "the build in place found other things than a clean build, or in another order; \(replay())")
            }
        }
        print("seed \(seed): \(built) rounds built in place and compared, \(failed) failed and were undone")
        #expect(built >= Self.rounds / 2, "seed \(seed): most rounds keep the records valid")
        #expect(failed >= Self.rounds / 4, "seed \(seed): the rounds that break a rule do fail")
    }

    /// A record cache damaged, or written by another build of the program, is said in one line (CI logs too) and not
    /// used: the build reads every record and gives what a clean build gives; the next build has a cache again.
    @Test(arguments: ["damaged", "another build"]) func aRecordCacheThatCannotBeUsedIsSaidAndNotUsed(fault: String) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public"), cache = fixture.root.appendingPathComponent(".public.records")
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        var bytes = try Data(contentsOf: cache)
        if fault == "damaged" {
            bytes[bytes.count - 5] ^= 0x20
        } else {
            // The second line names the tool: a digest of another one.
            var lines = bytes.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
            lines[1] = Data(String(repeating: "0", count: 64).utf8)
            bytes = Data(lines.joined(separator: [0x0A]))
        }
        try bytes.write(to: cache)
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
        try text.replacingOccurrences(of: "prepared_by: 戊委员", with: "prepared_by: 己委员").write(to: fixture.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        for environment in [["CI": "true", "LANG": "zh_CN.UTF-8"], ["LANG": "en_US.UTF-8"]] {
            let run = try CLI.run(["build", "--root", fixture.root.path, "--base-url", environment["CI"] == nil ? "https://a.example.org/" : "https://b.example.org/"], environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            if environment["CI"] != nil {
                #expect(run.stderr.contains(fault == "damaged" ? "记录缓存不完整或已损坏" : "另一版本的 noticeboard"), "\(run.stderr)")
            } else {
                #expect(!run.stderr.contains("record cache"), "the build before kept a cache again: \(run.stderr)")
            }
            let clean = CLI.temporaryFolder().appendingPathComponent("public")
            defer { try? FileManager.default.removeItem(at: clean.deletingLastPathComponent()) }
            #expect(try CLI.run(["build", "--root", fixture.root.path, "--out", clean.path, "--base-url", environment["CI"] == nil ? "https://a.example.org/" : "https://b.example.org/"]).status == 0)
            #expect(try CLI.snapshot(out) == CLI.snapshot(clean))
        }
    }

    enum Outcome: Equatable {
        case built
        /// Errors in the records, or a usage error (a broken template): nothing may be written.
        case failed(String)
    }

    /// A build of `root` into `out` through the library, as the command runs it.
    static func build(_ root: URL, into out: URL) async throws -> Outcome { try await built(root, into: out).outcome }

    /// A build's outcome, and its findings when it ran (none when nothing had changed).
    static func built(_ root: URL, into out: URL) async throws -> (outcome: Outcome, findings: [Diagnostic]?) {
        do {
            switch try await Pipeline(root: root).build(into: out) {
            case .built(let check, _, _): return (.built, check.diagnostics)
            case .unchanged: return (.built, nil)
            case .failed(let check):
                let errors = check.diagnostics.filter { $0.severity == .error }
                return (.failed(errors.prefix(3).map { "\($0.rule.rawValue) \($0.location.file):\($0.location.line) \($0.message.en)" }.joined(separator: ", ")), check.diagnostics)
            }
        } catch let error as InputOutputError {
            return (.failed("\(error)"), nil)
        }
    }

    /// The site a build from nothing gives, in a folder of its own, and its findings; nil when the build fails.
    static func cleanBuild(of root: URL) async throws -> ([String: Data], [Diagnostic])? {
        let folder = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("public")
        guard case (.built, let findings?) = try await built(root, into: out) else { return nil }
        return (try CLI.snapshot(out), findings)
    }

    /// Every file the site is made from, by site-relative path.
    static func sources(of root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in SourceListing.folders {
            for (path, bytes) in try CLI.snapshot(root.appendingPathComponent(folder)) { files[folder + path] = bytes }
        }
        return files
    }

    /// Puts the site's files back as `sources` holds them: changed ones rewritten, added ones removed.
    static func restore(_ sources: [String: Data], in root: URL) throws {
        let now = try Self.sources(of: root)
        for (path, bytes) in sources where now[path] != bytes {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        for path in now.keys where sources[path] == nil { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
    }

    /// The files that differ between two outputs, each with the first line where they part; empty when equal.
    static func differences(_ incremental: [String: Data], _ clean: [String: Data]) -> String {
        var lines: [String] = []
        for path in Set(incremental.keys).union(clean.keys).sorted() where incremental[path] != clean[path] {
            guard let mine = incremental[path], let theirs = clean[path] else {
                lines.append("\(path): only in the \(incremental[path] == nil ? "clean" : "incremental") build")
                continue
            }
            let a = String(decoding: mine, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: theirs, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            lines.append("\(path), line \(line + 1):\n    incremental: \(line < a.count ? a[line].prefix(200) : "(end)")\n    clean:       \(line < b.count ? b[line].prefix(200) : "(end)")")
        }
        return lines.prefix(6).joined(separator: "\n") + (lines.count > 6 ? "\n… and \(lines.count - 6) more files" : "")
    }
}
