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

/// Hostile input through the program: the build stops with a positioned diagnostic or a refusal, never a
/// crash, and publishes nothing from outside the site root.
@Suite struct HostileInputCommandTests {
    static let compound = "content/compounds/hexie/compound.yaml"

    @Test func hugeHouseholdCountsStopTheBuildWithoutACrash() throws {
        let fixture = try SiteFixture(try SiteFixture.edit(Self.compound, "households: 120", "households: 9223372036854775807"))
        defer { fixture.remove() }
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("error[IN-003]"))
    }

    @Test func aNoticeLinkedToAFileOutsideIsNotPublished() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let outside = FixtureFiles.scratchFolder("noticeboard-secret").appendingPathExtension("md")
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("---\ntitle: 秘密\ndate: 2026-01-01\n---\nSECRET-TEXT\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("content/notices/secret.md").path, withDestinationPath: outside.path)
        let run = try CLI.run(["build", "--root", fixture.root.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/notices/secret.md:1:1: error[IN-004]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path))
    }

    @Test func aLinkAmongTheTemplatesIsRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let template = fixture.root.appendingPathComponent("templates/notice.mustache")
        try FileManager.default.removeItem(at: template)
        try FileManager.default.createSymbolicLink(atPath: template.path, withDestinationPath: "/etc/hostname")
        let build = try CLI.run(["build", "--root", fixture.root.path])
        #expect(build.status == 2)
        #expect(build.stderr.contains("符号链接"), "\(build.stderr)")
        // `check` reads the templates as `build` does, and stops the same way.
        let check = try CLI.run(["check", "--root", fixture.root.path])
        #expect(check.status == 2 && check.stderr == build.stderr, "\(check.stderr)")
    }

    /// Every top-level folder the site writes that is not a compound's is reserved: none can be forgotten.
    @Test func everyFolderTheSiteWritesIsReserved() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let out = fixture.root.appendingPathComponent("public")
        let folders = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }
        let siteOwn = Set(folders).subtracting(["hexie", "xiao-a", "xiao-b"])
        #expect(!siteOwn.isEmpty && siteOwn.isSubset(of: Compound.reservedSlugs), "\(siteOwn)")
    }

    /// `--base-url` is checked as `site.yaml`'s `base_url` is (`HostileInputTests.aBaseURLNeedsAHostAndASlash`).
    @Test(arguments: ["https://", "https:///x/", "https://exa mple.org/", "https://example.org", "example.org/"])
    func aBaseURLWithoutAHostOrASlashIsAUsageError(url: String) throws {
        let run = try CLI.run(["build", "--base-url", url])
        #expect(run.status == 2)
    }
}
