import Foundation
import Testing
import NoticeboardTestSupport

/// The layers are SwiftPM targets, so a use that points back up does not compile; what is left to check is
/// that ARCHITECTURE.md, which newcomers read first, names every target the package declares.
@Suite struct ArchitectureTests {
    @Test func everyTargetIsNamedInArchitecture() throws {
        let manifest = try String(contentsOf: SiteFixture.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = manifest.matches(of: #/\.(?:target|executableTarget|systemLibrary|testTarget)\(\s*name:\s*"([^"]+)"/#).map { String($0.output.1) }
        #expect(targets.count > 12 && targets.contains("NoticeboardCore") && targets.contains("DefaultSite"))
        let architecture = try String(contentsOf: SiteFixture.repository.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        #expect(targets.filter { !architecture.contains($0) } == [])
    }
}
