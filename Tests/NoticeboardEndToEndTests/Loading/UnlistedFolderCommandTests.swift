import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// A folder that cannot be listed stops `check` and `build` of the program, as it stops the loader.
@Suite struct UnlistedFolderCommandTests {
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
    static func runUnprivileged(_ arguments: [String]) throws -> CLI.Run {
        guard getuid() == 0 else { return try CLI.run(arguments) }
        return try CLI.run(["--bounding-set=-dac_override,-dac_read_search", CLI.binary.path] + arguments,
                                        binary: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
}
