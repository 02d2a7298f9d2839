import Foundation
import Testing
import NoticeboardTestSupport

/// A program started by its name alone, from PATH, as staff run it: an upgraded binary is a new tool, so the build
/// after an upgrade is not "nothing changed" and trusts nothing the old binary kept (manifest, page index, record
/// cache). Before, the identity was made from the name in the arguments, the same file for every version.
@Suite struct ToolUpgradeTests {
    @Test func anUpgradedBinaryStartedFromPathRebuilds() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let bin = CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bin) }
        let installed = bin.appendingPathComponent("noticeboard")
        try FileManager.default.copyItem(at: CLI.binary, to: installed)
        func build() throws -> CLI.Run {
            // From another folder than the binary's, by name: the arguments hold `noticeboard` and no path.
            try CLI.run(["-c", "cd \"$1\" && noticeboard build", "sh", fixture.root.path], environment: ["PATH": bin.path + ":/usr/bin:/bin", "LANG": "en_US.UTF-8"],
                        binary: URL(fileURLWithPath: "/bin/sh"))
        }
        let first = try build(), second = try build()
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(second.stdout.contains("nothing changed"), "\(second.stdout)")
        // The same program installed again, as an upgrade writes it: a new file, a new time.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: installed.path)
        let upgraded = try build()
        #expect(upgraded.status == 0, "\(upgraded.stderr)")
        #expect(!upgraded.stdout.contains("nothing changed"), "\(upgraded.stdout)")
        #expect(upgraded.stderr.contains("another build of noticeboard"), "the record cache of the old binary is said and not used: \(upgraded.stderr)")
    }
}
