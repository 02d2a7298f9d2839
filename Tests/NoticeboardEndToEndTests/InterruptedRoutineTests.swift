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

/// What `new-month`, `seal` and `init` leave under `content/` when they cannot finish (a full disk, a kill):
/// never an empty or cut-short file that a rerun keeps, never a temporary file that stays.
@Suite struct InterruptedRoutineTests {

    static let drafts = ["content/compounds/hexie/ledger/2026-11.yaml", "content/compounds/hexie/services/2026-11.md"]

    /// The drafts `new-month 2026-11` writes into a fresh copy of the fixture.
    static func wholeDrafts() throws -> [String: Data] {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"]).status == 0)
        return try Dictionary(uniqueKeysWithValues: drafts.map { ($0, try Data(contentsOf: fixture.root.appendingPathComponent($0))) })
    }

    /// A draft an interrupted run left empty, blank, or cut short anywhere (seeded cut points, in both files),
    /// with or without a temporary file beside it, is written again whole by the rerun, which says so; the
    /// records then check clean.
    @Test func newMonthRepairsADraftAnInterruptedRunLeft() throws {
        let whole = try Self.wholeDrafts()
        var random = SeededRandom(0x2026_1103)
        for (round, draft) in (Self.drafts + Self.drafts + Self.drafts).enumerated() {
            let fixture = try SiteFixture()
            defer { fixture.remove() }
            #expect(try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"]).status == 0)
            let bytes = whole[draft]!
            let left: Data = switch round {
            case 0, 1: Data()
            case 2, 3: Data(" \n\n".utf8)
            default: bytes.prefix(Int.random(in: 1..<bytes.count, using: &random))
            }
            let url = fixture.root.appendingPathComponent(draft)
            try left.write(to: url)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).noticeboard-a1B2c3")
            if round % 2 == 0 { try left.write(to: temporary) }
            let rerun = try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"])
            #expect(rerun.status == 0, "round \(round), \(left.count) bytes left of \(draft): \(rerun.stderr)")
            #expect(rerun.stdout.contains("已修复 \(draft)"), "\(rerun.stdout)")
            #expect(try Data(contentsOf: url) == bytes, "round \(round): \(draft) is whole again")
            #expect(!FileManager.default.fileExists(atPath: temporary.path))
            let check = try CLI.run(["check", "--root", fixture.root.path])
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    /// A draft a person edited is theirs: kept as it is, whether it still reads (a line added) or not (a line begun).
    @Test(arguments: [true, false])
    func newMonthKeepsADraftAPersonEdited(stillReads: Bool) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"]).status == 0)
        let url = fixture.root.appendingPathComponent(Self.drafts[0])
        let whole = try Data(contentsOf: url)
        let edited = stillReads ? whole + Data("# 已与银行流水核对\n".utf8) : whole.prefix(whole.count / 2) + Data("\n  - {date: 2026-11-0".utf8)
        try edited.write(to: url)
        let rerun = try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("已存在，未改动 \(Self.drafts[0])"))
        #expect(!rerun.stdout.contains("已修复"), "\(rerun.stdout)")
        #expect(try Data(contentsOf: url) == edited)
    }

    /// On a full disk new-month fails (exit 2) without leaving an empty draft or a temporary file; the rerun
    /// with room writes whole drafts that check clean.
    @Test(arguments: [0, 1, 2])
    func newMonthOnAFullDiskLeavesNoEmptyDraft(blocks: Int) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let full = try Interruption.onFullDisk(["new-month", "--root", fixture.root.path, "2026-11"], blocks: blocks)
        #expect(full.status == 2, "\(full.stdout) \(full.stderr)")
        for folder in ["ledger", "services"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent("content/compounds/hexie/\(folder)").path)
            #expect(!names.contains { $0.contains("2026-11") }, "\(names)")
        }
        #expect(try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"]).status == 0)
        for draft in Self.drafts { #expect(try Data(contentsOf: fixture.root.appendingPathComponent(draft)) == Self.wholeDrafts()[draft]) }
        #expect(try CLI.run(["check", "--root", fixture.root.path]).status == 0)
    }

    /// new-month killed at any moment (seeded delays): the rerun ends with the drafts a clean run writes.
    @Test func newMonthKilledAtAnyMomentIsRepairedByTheRerun() throws {
        let whole = try Self.wholeDrafts()
        var random = SeededRandom(11)
        for round in 0..<5 {
            let fixture = try SiteFixture()
            defer { fixture.remove() }
            try Interruption.killed(["new-month", "--root", fixture.root.path, "2026-11"], after: UInt32.random(in: 0...300_000, using: &random))
            let rerun = try CLI.run(["new-month", "--root", fixture.root.path, "2026-11"])
            #expect(rerun.status == 0, "round \(round): \(rerun.stderr)")
            for draft in Self.drafts { #expect(try Data(contentsOf: fixture.root.appendingPathComponent(draft)) == whole[draft], "round \(round)") }
        }
    }

    /// seal on a full disk fails without a temporary file left, and the seal file is as it was; a temporary file
    /// a killed seal left is removed by the next, whether it writes the seal file or finds it current.
    @Test func sealLeavesNoTemporaryFile() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let ledger = fixture.root.appendingPathComponent("content/compounds/hexie/ledger")
        let sealed = ledger.appendingPathComponent(Seal.fileName)
        func leftovers() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: ledger.path).filter { $0.hasPrefix(".") } }
        let full = try Interruption.onFullDisk(["seal", "--root", fixture.root.path, "2026-10"])
        #expect(full.status == 2, "\(full.stderr)")
        #expect(try leftovers() == [])
        #expect(!FileManager.default.fileExists(atPath: sealed.path))
        for _ in 0..<2 {
            try Data("2026-10: {dig".utf8).write(to: ledger.appendingPathComponent(".\(Seal.fileName).noticeboard-Zz9Yy8"))
            #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-10"]).status == 0)
            #expect(try leftovers() == [])
            #expect(try String(contentsOf: sealed, encoding: .utf8).contains("2026-10: {digest: "))
        }
    }

    /// init on a full disk fails without leaving an empty or cut-short file: what it leaves is what a clean init
    /// writes, and the rerun with room finishes the site; a file someone changed meanwhile makes the rerun refuse.
    @Test(arguments: [0, 4, 16])
    func initOnAFullDiskLeavesNoPartFileAndTheRerunFinishes(blocks: Int) throws {
        let folder = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func initialise(_ name: String, full: Bool = false) throws -> CLI.Run {
            let arguments = ["init", folder.appendingPathComponent(name).path, "--community", "松园社区", "--base-url", "https://example.org/songyuan/"]
            return full ? try Interruption.onFullDisk(arguments, blocks: blocks) : try CLI.run(arguments)
        }
        #expect(try initialise("clean").status == 0)
        let clean = try CLI.snapshot(folder.appendingPathComponent("clean"))
        for name in ["full", "changed"] {
            let failed = try initialise(name, full: true)
            #expect(failed.status == 2, "\(failed.stderr)")
            for (path, bytes) in try CLI.snapshot(folder.appendingPathComponent(name)) { #expect(clean[path] == bytes, "\(path): \(bytes.count) bytes") }
        }
        let rerun = try initialise("full")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try CLI.snapshot(folder.appendingPathComponent("full")) == clean)

        let changed = folder.appendingPathComponent("changed")
        // One of the files left changed, or (nothing left) a file of someone's own.
        let first = try CLI.snapshot(changed).keys.sorted().first ?? "/notes.txt"
        try FileManager.default.createDirectory(at: changed, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: changed.path + first))
        let before = try CLI.snapshot(changed)
        let refused = try initialise("changed")
        #expect(refused.status == 2 && refused.stderr.contains("文件夹不是空的"), "\(refused.stderr)")
        #expect(try CLI.snapshot(changed) == before)
    }
}
