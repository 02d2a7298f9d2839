import Foundation
import Testing
@testable import NoticeboardOutput
@testable import NoticeboardValues

/// The tool's identity, which the manifest, the page index and the record cache are trusted under, names the running
/// executable's own file, however it was started (by its name alone from PATH, its arguments hold no path).
@Suite struct ToolIdentityTests {
    @Test func theIdentityNamesTheRunningExecutableItsSizeAndTheVersion() throws {
        let fields = BuildManifest.toolIdentity.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == 4)
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #expect(fields.first == executable)
        let size = try #require(FileManager.default.attributesOfItem(atPath: executable)[.size] as? NSNumber)
        #expect(fields.dropFirst().first == "\(size.int64Value)")
        #expect(size.int64Value > 0)
        #expect(fields.last == NoticeboardVersion.current)
    }
}
