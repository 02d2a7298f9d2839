import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardSupport
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// What the build does to folders that are not its own, and to its own when something goes wrong:
/// it never replaces or deletes what it did not write, never leaves a half site, and cleans up after a failure.
@Suite struct OutputSafetyTests {

    /// A folder that merely looks like a site (an index.html and a sitemap.xml) is someone's: refused, twice.
    @Test func aFolderThatLooksLikeASiteIsNotTakenOver() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let www = fixture.root.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www.appendingPathComponent("photos"), withIntermediateDirectories: true)
        for name in ["index.html", "sitemap.xml", "precious.txt", "photos/a.jpg"] {
            try Data("mine: \(name)".utf8).write(to: www.appendingPathComponent(name))
        }
        let before = try CLI.snapshot(www)
        for _ in 0..<2 {
            let run = try CLI.run(["build", "--root", fixture.root.path, "--out", www.path])
            #expect(run.status == 2)
            #expect(run.stderr.contains("不是 noticeboard 生成的文件夹"), "\(run.stderr)")
        }
        #expect(try CLI.snapshot(www) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!siblings.contains { $0.hasPrefix(".www") }, "nothing is left beside it: \(siblings)")
    }

    @Test func anOutputThatIsAFileIsRefusedAndKept() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let report = fixture.root.appendingPathComponent("report.txt")
        try Data("IMPORTANT\n".utf8).write(to: report)
        for _ in 0..<2 {
            let run = try CLI.run(["build", "--root", fixture.root.path, "--out", report.path])
            #expect(run.status == 2)
            #expect(run.stderr.contains("是一个文件"), "\(run.stderr)")
        }
        #expect(try String(contentsOf: report, encoding: .utf8) == "IMPORTANT\n")
    }

    @Test func anOutputAmongTheRecordsOrAboveTheRootIsRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for out in [fixture.root.appendingPathComponent("content/www").path, fixture.root.path, fixture.root.deletingLastPathComponent().path] {
            let run = try CLI.run(["build", "--root", fixture.root.path, "--out", out])
            #expect(run.status == 2, "\(out)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("content/www").path))
    }

    /// A folder beside the output under one of the build's own names, but not written by it, is kept too.
    @Test func aForeignFolderUnderTheBuildsOwnNamesIsKept() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let previous = fixture.root.appendingPathComponent(".public.previous")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: previous.appendingPathComponent("notes.txt"))
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 2)
        #expect(try String(contentsOf: previous.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    /// A second build while one holds the output is refused at once with a clear message; the next one works.
    @Test func aSecondBuildIntoTheSameFolderIsRefusedWhileOneRuns() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let lock = open(fixture.root.appendingPathComponent(".public.lock").path, O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0, "the test holds the lock as a running build does")
        let busy = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"])
        #expect(busy.status == 2)
        #expect(busy.stderr.contains("另一个 noticeboard 正在写入"), "\(busy.stderr)")
        close(lock)
        let after = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public/index.html").path))
    }

    /// The lock is the same file however the output's path is spelled (here through a linked parent).
    @Test func theLockHoldsForEverySpellingOfTheOutput() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let alias = FixtureFiles.scratchFolder("noticeboard-alias")
        defer { try? FileManager.default.removeItem(at: alias) }
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: fixture.root.path)
        let lock = open(fixture.root.appendingPathComponent(".public.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }
        let busy = try CLI.run(["build", "--root", fixture.root.path, "--out", alias.appendingPathComponent("public").path])
        #expect(busy.status == 2, "\(busy.stderr)")
    }

    /// Two builds started together: one writes, the other is refused or waits its turn; the site is whole after both.
    @Test func twoBuildsAtOnceLeaveAWholeSite() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let runs = [try launch(fixture), try launch(fixture)]
        runs.forEach { $0.waitUntilExit() }
        let statuses = runs.map(\.terminationStatus).sorted()
        #expect(statuses == [0, 0] || statuses == [0, 2], "\(statuses)")
        let pages = ["index.html", "sitemap.xml", "hexie/index.html", "hexie/ledger/2026-10/print.html", "print/2026-10/index.html"]
        for page in pages { #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public/\(page)").path), "\(page)") }
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://third.example.org/"]).status == 0)
    }

    private func launch(_ fixture: SiteFixture) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["build", "--root", fixture.root.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Where a swap is two renames, a build stopped between them leaves the old site beside the output:
    /// the next build puts it back before anything else, then replaces it as usual.
    @Test func aSwapStoppedHalfWayIsRepairedByTheNextBuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let previous = fixture.root.appendingPathComponent(".public.previous")
        try? FileManager.default.removeItem(at: previous)
        try FileManager.default.moveItem(at: out, to: previous)
        var writer = OutputWriter(target: out)
        try writer.begin()
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path), "the old site is back first")
        writer.abandon()
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"]).status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8).contains("https://other.example.org/"))
    }

    /// The swap is one exchange: both names exist at every moment, and the replaced output is kept for reuse.
    @Test func theSwapIsOneExchange() throws {
        let folder = FixtureFiles.scratchFolder("noticeboard-swap")
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("A".utf8).write(to: a.appendingPathComponent("x"))
        try Data("B".utf8).write(to: b.appendingPathComponent("x"))
        #expect(FolderSwap.exchange(a.path, b.path))
        #expect(try String(contentsOf: a.appendingPathComponent("x"), encoding: .utf8) == "B")
        #expect(try String(contentsOf: b.appendingPathComponent("x"), encoding: .utf8) == "A")
    }

    /// A failed build (a full disk, say) removes what it wrote: no staging folder is kept, the output is as it was.
    @Test func aFailedBuildRemovesWhatItWrote() throws {
        let folder = FixtureFiles.scratchFolder("noticeboard-fail")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("www")
        var writer = OutputWriter(target: out)
        try writer.begin()
        _ = try writer.place(RenderedFile(path: "big/page.html", bytes: Array(repeating: 65, count: 100_000)))
        writer.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "no staging folder, nothing set aside")
    }

    /// An output written before the marker existed is still recognised, by the page index beside it.
    @Test func anOutputFromBeforeTheMarkerIsStillTheTools() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        try FileManager.default.removeItem(at: out.appendingPathComponent(SiteAuthorship.markerName))
        #expect(SiteAuthorship.verdict(onOutput: out, listed: PageIndex.listedFiles(at: [PageIndex.location(for: out)])) == .ours)
        try Data("x".utf8).write(to: out.appendingPathComponent("precious.txt"))
        #expect(SiteAuthorship.verdict(onOutput: out, listed: PageIndex.listedFiles(at: [PageIndex.location(for: out)])) != .ours, "a file the index does not name is someone's")
    }
}
