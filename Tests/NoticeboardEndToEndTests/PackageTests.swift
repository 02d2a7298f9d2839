import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Whether to build the Debian package: when asked, as before a release. Its release build alone is some 3 minutes of
/// both cores, more than the rest of the suite, and the whole test command must stay under 5 minutes, in CI too.
private let packageTestWanted = ProcessInfo.processInfo.environment["NOTICEBOARD_PACKAGE_TEST"] == "1"

/// The Debian package staff install: built by `scripts/package-deb.sh`, unpacked with `dpkg-deb -x`,
/// and its binary run from a folder that has nothing to do with the repository. The package's release build
/// takes minutes, so it runs when asked (`NOTICEBOARD_PACKAGE_TEST=1`), not in every `swift test`.
@Suite(.enabled(if: packageTestWanted, "the package build runs with NOTICEBOARD_PACKAGE_TEST=1"))
struct PackageTests {
    @Test func theDebianPackageInstallsAProgramThatStartsACommunityOnItsOwn() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-deb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let packaged = try Self.shell(SiteFixture.repository.appendingPathComponent("scripts/package-deb.sh").path, [work.appendingPathComponent("out").path])
        try #require(packaged.status == 0, "\(packaged.output)")
        let deb = work.appendingPathComponent("out/noticeboard_\(NoticeboardVersion.current)_amd64.deb")
        try #require(FileManager.default.fileExists(atPath: deb.path), "named for the version: \(packaged.output)")

        let control = try Self.shell("/usr/bin/dpkg-deb", ["-f", deb.path])
        #expect(control.output.contains("Package: noticeboard") && control.output.contains("Architecture: amd64"))
        let depends = control.output.split(separator: "\n").first { $0.hasPrefix("Depends:") } ?? ""
        for library in ["libyaml-0-2", "libqrencode4", "libcmark-gfm0", "libssl3"] {
            #expect(depends.contains(library), "Depends names \(library): \(depends)")
        }

        let root = work.appendingPathComponent("root")
        #expect(try Self.shell("/usr/bin/dpkg-deb", ["-x", deb.path, root.path]).status == 0)
        let program = root.appendingPathComponent("usr/bin/noticeboard")
        // apt shows what the package takes on disk: at least the program, in KiB.
        let installed = control.output.split(separator: "\n").first { $0.hasPrefix("Installed-Size:") }
            .flatMap { Int($0.dropFirst("Installed-Size:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        let size = try FileManager.default.attributesOfItem(atPath: program.path)[.size] as? Int ?? .max
        #expect(installed >= size / 1024 && installed < size / 1024 + 1024, "Installed-Size \(installed) KiB for a program of \(size) bytes")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/lintian") {
            let lint = try Self.shell("/usr/bin/lintian", ["--pedantic", deb.path]).output
            #expect(!lint.split(separator: "\n").contains { $0.hasPrefix("E:") || $0.hasPrefix("W:") || $0.hasPrefix("P:") }, "\(lint)")
        }
        let linked = try Self.shell("/usr/bin/ldd", [program.path]).output
        #expect(!linked.contains("libswiftCore") && !linked.contains("libFoundation"), "the Swift libraries are linked in: \(linked)")
        let manual = try Self.shell("/bin/sh", ["-c", "zcat '\(root.path)/usr/share/man/man1/noticeboard.1.gz'"]).output
        #expect(manual.hasPrefix(".TH NOTICEBOARD 1") && manual.contains("new-month") && manual.contains("退出码"))

        // A staff member's first month, from their own folder.
        let desk = work.appendingPathComponent("desk")
        try FileManager.default.createDirectory(at: desk, withIntermediateDirectories: true)
        let version = try CLI.run(["--version"], binary: program, in: desk)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == NoticeboardVersion.current)
        let created = try CLI.run(["init", "songyuan", "--community", "松园社区"], binary: program, in: desk)
        #expect(created.status == 0, "\(created.stderr)")
        let checked = try CLI.run(["check", "--root", "songyuan"], binary: program, in: desk)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let built = try CLI.run(["build", "--root", "songyuan"], binary: program, in: desk)
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        let home = try String(contentsOf: desk.appendingPathComponent("songyuan/public/index.html"), encoding: .utf8)
        #expect(home.contains("松园社区"))
    }

    struct Outcome {
        let status: Int32
        let output: String
    }

    /// Runs a program with stdout and stderr together.
    static func shell(_ program: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
