import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
#if canImport(Glibc)
import Glibc
#endif

/// A folder of `content/`, `templates/` or `seeds/` whose names cannot be read is IN-001 naming it, never
/// a folder read as empty whose pages leave the site without a word.
@Suite struct UnlistedFolderTests {
    /// Through the walk's seam, a folder that fails to open as a damaged disk does (what `chmod` cannot
    /// do for root): exactly one finding, naming it, for a folder whose loss leaves the rest readable.
    @Test(arguments: ["content/compounds/hexie/ledger", "content/notices", "content/compounds/hexie/households", "templates",
                      "templates/assets", "seeds"])
    func aFolderThatCannotBeOpenedIsIN001NamingIt(folder: String) async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let failing = fixture.root.standardizedFileURL.path + "/" + folder
        let listing = SourceListing(root: fixture.root) { path in
            guard path != failing else {
                errno = EIO
                return nil
            }
            return opendir(path)
        }
        let (_, d) = try await ContentLoader(root: fixture.root, listing: listing).load()
        expectOne(d, .in001, folder, 1, 1, containing: "无法读取文件夹 \(folder)", "Input/output error")
        #expect(d.first?.message.en.contains("cannot list the folder \(folder)") ?? false)
    }

    /// Folders whose loss breaks more (the site's own file, every compound) are named among the rest.
    @Test(arguments: ["content", "content/compounds"])
    func aFolderAboveTheRecordsIsNamedToo(folder: String) async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let failing = fixture.root.standardizedFileURL.path + "/" + folder
        let listing = SourceListing(root: fixture.root) { path in
            guard path != failing else {
                errno = EACCES
                return nil
            }
            return opendir(path)
        }
        let (_, d) = try await ContentLoader(root: fixture.root, listing: listing).load()
        #expect(d.filter { $0.rule == .in001 && $0.location.file == folder }.count == 1, "\(d.map { "\($0.location) \($0.message.zh)" })")
    }

    /// The real case, as root too: the command runs without the capabilities that let root read any folder.
    /// A folder with no permissions, and one that may be read but not searched (r without x).
    @Test(arguments: [("content/compounds/hexie/ledger", 0o000), ("content/notices", 0o644), ("templates/assets", 0o000), ("seeds", 0o000),
                      ("content/compounds", 0o000)] as [(String, Int)])
    func checkAndBuildStopOnAFolderThatCannotBeListed(folder: String, mode: Int) throws {
        let fixture = try SiteFixture()
        let url = fixture.root.appendingPathComponent(folder)
        defer {
            chmod(url.path, 0o755)
            fixture.remove()
        }
        #expect(chmod(url.path, mode_t(mode)) == 0)
        let check = try Self.runUnprivileged(["check", "--root", fixture.root.path])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("\(folder):1:1: error[IN-001]") && check.stdout.contains("Permission denied"), "\(check.stdout)")
        let build = try Self.runUnprivileged(["build", "--root", fixture.root.path])
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains("\(folder):1:1: error[IN-001]"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path))
    }

    /// A rebuild does not pass for one with nothing changed: an empty folder that can no longer be listed
    /// leaves the listing as it was, and is an error all the same.
    @Test func aRebuildStopsOnAnEmptyFolderThatCannotBeListed() throws {
        let fixture = try SiteFixture()
        let url = fixture.root.appendingPathComponent("content/compounds/xiao-a/ledger")
        defer {
            chmod(url.path, 0o755)
            fixture.remove()
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(try Self.runUnprivileged(["build", "--root", fixture.root.path]).status == 0)
        #expect(chmod(url.path, 0) == 0)
        let rebuild = try Self.runUnprivileged(["build", "--root", fixture.root.path])
        #expect(rebuild.status == 1, "\(rebuild.stderr)")
        #expect(rebuild.stderr.contains("content/compounds/xiao-a/ledger:1:1: error[IN-001]"), "\(rebuild.stderr)")
    }

    /// `noticeboard` with `arguments`; run by root, without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so
    /// that permissions hold for it as for anyone.
    static func runUnprivileged(_ arguments: [String]) throws -> CommandLineTests.Run {
        guard getuid() == 0 else { return try CommandLineTests.run(arguments) }
        return try CommandLineTests.run(["--bounding-set=-dac_override,-dac_read_search", CommandLineTests.binary.path] + arguments,
                                        binary: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
}
