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
/// `MonthlyReads`, `BuildManifest`); this is what catches one left out. A round whose edits break a rule must fail
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
            var edits: [String] = [], outcome = Outcome.built
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
                outcome = try await Self.build(fixture.root, into: out)
                if case .failed(let why) = outcome {
                    #expect(try await Self.cleanBuild(of: fixture.root) == nil, "a clean build succeeds where the build in place failed (\(why)); \(replay())")
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
            guard let clean = try await Self.cleanBuild(of: fixture.root) else {
                Issue.record("the build in place succeeds where a clean build fails; \(replay())")
                continue
            }
            let differences = Self.differences(try CLI.snapshot(out), clean)
            #expect(differences.isEmpty, "stale or wrong output after an incremental build:\n\(differences)\n\(replay())")
        }
        print("seed \(seed): \(built) rounds built in place and compared, \(failed) failed and were undone")
        #expect(built >= Self.rounds / 2, "seed \(seed): most rounds keep the records valid")
        #expect(failed >= Self.rounds / 4, "seed \(seed): the rounds that break a rule do fail")
    }

    enum Outcome: Equatable {
        case built
        /// Errors in the records, or a usage error (a broken template): nothing may be written.
        case failed(String)
    }

    /// A build of `root` into `out` through the library, as the command runs it.
    static func build(_ root: URL, into out: URL) async throws -> Outcome {
        do {
            switch try await Pipeline(root: root).build(into: out) {
            case .built, .unchanged: return .built
            case .failed(let check):
                let errors = check.diagnostics.filter { $0.severity == .error }
                return .failed(errors.prefix(3).map { "\($0.rule.rawValue) \($0.location.file):\($0.location.line) \($0.message.en)" }.joined(separator: ", "))
            }
        } catch let error as InputOutputError {
            return .failed("\(error)")
        }
    }

    /// The site a build from nothing gives, in a folder of its own; nil when the build fails.
    static func cleanBuild(of root: URL) async throws -> [String: Data]? {
        let folder = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("public")
        guard try await build(root, into: out) == .built else { return nil }
        return try CLI.snapshot(out)
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
