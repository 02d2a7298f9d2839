import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardSupport
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// What counts as the tool's own output: every file in it listed by the page index beside it. A marker copied
/// with the site, or a site's own folder that a person added files to, is not enough to move or delete anything.
@Suite struct OutputOwnershipTests {

    /// What a person keeps in a web root beside the site, in several shapes: a page, a folder of uploads, a file
    /// inside one of the site's folders, one beside its assets, an empty folder, a hidden file.
    static let personsFiles = ["blog.html", "uploads/2026/photo.jpg", "hexie/notes.txt", "assets/logo.png", "empty/", ".htaccess"]

    /// `cp -r public/. /srv/www/` copies the marker: a build into that web root still moves and deletes nothing.
    @Test(arguments: personsFiles)
    func aCopiedSiteBesidePersonsFilesIsRefusedAndNothingMoves(file: String) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let www = fixture.root.appendingPathComponent("srv/www")
        try FileManager.default.createDirectory(at: www.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture.root.appendingPathComponent("public"), to: www)
        #expect(FileManager.default.fileExists(atPath: www.appendingPathComponent(SiteAuthorship.markerName).path), "the marker came along")
        try Self.add(file, to: www)
        let before = try CLI.snapshot(www), folders = try Self.folders(in: www)
        for baseURL in ["https://example.org/board/", "https://other.example.org/"] {
            let run = try CLI.run(["build", "--root", fixture.root.path, "--out", www.path, "--base-url", baseURL])
            #expect(run.status == 2, "\(file): \(run.stderr)")
            #expect(run.stderr.contains("不是 noticeboard 生成的文件夹") && run.stderr.contains("请指定空文件夹"), "\(run.stderr)")
        }
        #expect(try CLI.snapshot(www) == before, "\(file)")
        #expect(try Self.folders(in: www) == folders, "\(file)")
        let beside = try FileManager.default.contentsOfDirectory(atPath: www.deletingLastPathComponent().path)
        #expect(beside == ["www"], "nothing set aside or left beside it: \(beside)")
    }

    /// A file a person adds to the tool's own output is theirs: the next build is refused and names it, and
    /// goes on once it is moved away. With a replaced output kept beside it, and without.
    @Test(arguments: [1, 2])
    func aFileAddedToTheToolsOwnOutputIsKept(builds: Int) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for n in 0..<builds {
            #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://example.org/\(n)/"]).status == 0)
        }
        let out = fixture.root.appendingPathComponent("public")
        for file in Self.personsFiles { try Self.add(file, to: out) }
        let run = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://example.org/next/"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".htaccess") && run.stderr.contains("assets/logo.png") && run.stderr.contains("blog.html"), "\(run.stderr)")
        for file in Self.personsFiles {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        for file in Self.personsFiles { try FileManager.default.removeItem(at: out.appendingPathComponent(file)) }
        try? FileManager.default.removeItem(at: out.appendingPathComponent("uploads"))
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://example.org/next/"]).status == 0)
    }

    /// The refusal names the first few of what is not the tool's, sorted, and says how many there are.
    @Test func theRefusalNamesTheFirstFewAndCountsTheRest() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let out = fixture.root.appendingPathComponent("public")
        let names = (1...8).map { "mine-\($0).txt" }
        for name in names.shuffled() { try Self.add(name, to: out) }
        let zh = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"])
        #expect(zh.status == 2)
        #expect(zh.stderr.contains("mine-1.txt、mine-2.txt、mine-3.txt、mine-4.txt、mine-5.txt 等 8 项"), "\(zh.stderr)")
        #expect(!zh.stderr.contains("mine-6.txt"))
        #expect(zh.stderr.contains("it holds mine-1.txt, mine-2.txt, mine-3.txt, mine-4.txt, mine-5.txt and 3 more"), "\(zh.stderr)")
    }

    /// A site built inside another site's output would be deleted by that site's next build; a site's output
    /// holding another's would delete it. Both are refused, whichever is built first, and nothing changes.
    @Test(arguments: ["inner", "a/b/inner"])
    func anOutputInsideAnotherIsRefusedBothWays(inner: String) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let outer = fixture.root.appendingPathComponent("www")
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--out", outer.path]).status == 0)
        let nested = try CLI.run(["build", "--root", fixture.root.path, "--out", outer.appendingPathComponent(inner).path])
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("在另一个 noticeboard 的输出文件夹"), "\(nested.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outer.appendingPathComponent(inner).path))

        // The other way: the inner site first, then the folder holding it as an output.
        let holder = fixture.root.appendingPathComponent("holder")
        #expect(try CLI.run(["build", "--root", fixture.root.path, "--out", holder.appendingPathComponent(inner).path]).status == 0)
        let before = try CLI.snapshot(holder)
        let holding = try CLI.run(["build", "--root", fixture.root.path, "--out", holder.path])
        #expect(holding.status == 2)
        #expect(holding.stderr.contains("里面有另一个 noticeboard 的输出文件夹"), "\(holding.stderr)")
        #expect(try CLI.snapshot(holder) == before)
    }

    /// A build stopped between writing the new index and renaming it in place leaves the output listed by the
    /// new one: the next build still knows the output for its own.
    @Test func anOutputListedOnlyByTheIndexOfAStoppedBuildIsStillTheTools() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let out = fixture.root.appendingPathComponent("public")
        let index = fixture.root.appendingPathComponent(".public.pages"), pending = fixture.root.appendingPathComponent(".public.pages.next")
        try FileManager.default.moveItem(at: index, to: pending)
        let run = try CLI.run(["build", "--root", fixture.root.path, "--base-url", "https://other.example.org/"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pending.path))
        #expect(FileManager.default.fileExists(atPath: index.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    /// The index lists every file the build wrote, the stylesheet and assets too, and nothing else.
    @Test func theIndexListsEveryFileOfTheOutput() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let out = fixture.root.appendingPathComponent("public")
        let index = try String(contentsOf: fixture.root.appendingPathComponent(".public.pages"), encoding: .utf8)
        let listed = Set(index.split(separator: "\n").dropFirst(2).map { String($0.prefix { $0 != "\t" }) })
        let files = Set(try CLI.snapshot(out).keys.map { String($0.dropFirst()) })
        #expect(listed == files.subtracting([SiteAuthorship.markerName]))
        #expect(listed.contains(DigestNames.path(of: TemplateSet.stylesheetName, in: out)))
    }

    /// Puts a person's file (or, ending in `/`, an empty folder) into `folder`.
    static func add(_ file: String, to folder: URL) throws {
        let url = folder.appendingPathComponent(file)
        if file.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("a person's own \(file)\n".utf8).write(to: url)
        }
    }

    /// Every folder below `folder`, for what a snapshot of files cannot see (an empty folder).
    static func folders(in folder: URL) throws -> Set<String> {
        var found: Set<String> = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = walker?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory == true { found.insert(String(url.path.dropFirst(folder.path.count))) }
        }
        return found
    }
}
