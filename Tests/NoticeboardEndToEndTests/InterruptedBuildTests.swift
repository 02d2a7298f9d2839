import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// What a build that could not finish (a full disk, a kill) leaves: nothing that stops the next build, which
/// recycles the tool's own leftovers and ends with the same site as a clean build.
@Suite struct InterruptedBuildTests {

    /// What a failed write can leave of the marker in a staging folder: nothing (a 0-byte file, as a full disk
    /// leaves it), its first bytes, or a temporary file; and the whole marker.
    static let markerLeftovers: [(name: String, bytes: Data)] = [
        (SiteAuthorship.markerName, Data()),
        (SiteAuthorship.markerName, Data(SiteAuthorship.markerText.utf8.prefix(12))),
        (SiteAuthorship.markerName, Data(SiteAuthorship.markerText.utf8.dropLast())),
        ("." + SiteAuthorship.markerName + ".noticeboard-Q7xk2P", Data()),
        (SiteAuthorship.markerName, Data(SiteAuthorship.markerText.utf8)),
    ]

    /// A staging folder a failed build left, with pages of its own and what was left of its marker, is the
    /// tool's: the next build recycles it, with or without an output beside it, and writes the site a clean build writes.
    @Test(arguments: 0..<markerLeftovers.count, [false, true])
    func aStagingFolderAFailedBuildLeftIsRecycled(leftover: Int, withOutput: Bool) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        if withOutput { #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0) }
        let staging = fixture.root.appendingPathComponent(".public.staging")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("hexie"), withIntermediateDirectories: true)
        try Data("<p>half a page".utf8).write(to: staging.appendingPathComponent("hexie/index.html"))
        try Data("stale".utf8).write(to: staging.appendingPathComponent("gone.html"))
        let marker = Self.markerLeftovers[leftover]
        try marker.bytes.write(to: staging.appendingPathComponent(marker.name))
        let run = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"])
        #expect(run.status == 0, "\(marker.name) of \(marker.bytes.count) bytes: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.cleanBuild(of: fixture, baseURL: "https://other.example.org/"))
    }

    /// On a full disk, whether nothing can be written (not even the marker) or only a little, a build fails with
    /// exit 2 and leaves the output as it was and nothing beside it; the next build, with room, succeeds.
    @Test(arguments: [0, 2, 8], [0, 1, 2])
    func aBuildOnAFullDiskLeavesNothingInTheWay(blocks: Int, builtBefore: Int) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for n in 0..<builtBefore {
            #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://example.org/\(n)/"]).status == 0)
        }
        let out = fixture.root.appendingPathComponent("public")
        let before = builtBefore > 0 ? try CLI.snapshot(out) : [:]
        let full = try Interruption.onFullDisk(["build", "--root", fixture.root.path, "--base-url", "https://full.example.org/"], blocks: blocks)
        #expect(full.status == 2, "\(full.stderr)")
        if builtBefore > 0 { #expect(try CLI.snapshot(out) == before, "the output is as it was") }
        let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(!beside.contains(".public.staging") && !beside.contains { $0.contains(".noticeboard-") || $0.hasSuffix(".next") }, "\(beside)")
        let after = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://full.example.org/"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try CLI.snapshot(out) == Self.cleanBuild(of: fixture, baseURL: "https://full.example.org/"))
    }

    /// A build killed at any moment (seeded delays) leaves what the next build repairs: it succeeds, and the
    /// site is the one a clean build writes.
    @Test func aBuildKilledAtAnyMomentIsRepairedByTheNext() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        var random = SeededRandom(20261203)
        for round in 0..<6 {
            let baseURL = "https://example.org/\(round)/"
            try Interruption.killed(["build", "--root", fixture.root.path, "--base-url", baseURL], after: UInt32.random(in: 0...400_000, using: &random))
            let run = try CLI.run(["build", "--root", fixture.root.path, "--base-url", baseURL])
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            #expect(try CLI.snapshot(fixture.root.appendingPathComponent("public")) == Self.cleanBuild(of: fixture, baseURL: baseURL), "round \(round)")
        }
    }

    /// The marker and the output's state files are whole after a build, with no temporary file beside them.
    @Test func theStateFilesAreWholeAndNothingTemporaryIsLeft() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for baseURL in ["https://example.org/", "https://other.example.org/"] {
            #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", baseURL]).status == 0)
        }
        let out = fixture.root.appendingPathComponent("public")
        #expect(try String(contentsOf: out.appendingPathComponent(SiteAuthorship.markerName), encoding: .utf8) == SiteAuthorship.markerText)
        #expect(try String(contentsOf: fixture.root.appendingPathComponent(".public.pages"), encoding: .utf8).hasPrefix("noticeboard-pages-"))
        #expect(try String(contentsOf: fixture.root.appendingPathComponent(".public.manifest"), encoding: .utf8).split(separator: "\n").count == 2)
        let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        let inside = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!(beside + inside).contains { $0.contains(".noticeboard-") && $0 != SiteAuthorship.markerName || $0.hasSuffix(".next") }, "\(beside) \(inside)")
    }

    /// The site a build into an empty folder writes from the same records.
    static func cleanBuild(of fixture: SiteFixture, baseURL: String) throws -> [String: Data] {
        let clean = CLI.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: clean.deletingLastPathComponent()) }
        let run = try CLI.run(["build", "--root", fixture.root.path, "--out", clean.path, "--base-url", baseURL])
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.snapshot(clean)
    }
}
