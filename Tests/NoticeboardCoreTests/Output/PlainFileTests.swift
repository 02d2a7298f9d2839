import Foundation
import Testing
@testable import NoticeboardOutput

@Suite struct PlainFileTests {
    /// The writer compares a rendered file with the one in place a piece at a time: equal, shorter, longer, and a
    /// byte changed on either side of a piece's edge.
    @Test func aFileHoldsExactlyItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("holds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let open = try #require(OpenFolder.open(folder.path))
        defer { open.close() }
        for size in [0, 1, 65_535, 65_536, 65_537, 200_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            try Data(bytes).write(to: folder.appendingPathComponent("f"))
            #expect(PlainFile.holds(bytes, at: "f", in: open), "\(size) bytes")
            #expect(!PlainFile.holds(bytes + [1], at: "f", in: open))
            if size > 0 {
                #expect(!PlainFile.holds(Array(bytes.dropLast()), at: "f", in: open))
                for at in Set([0, size / 2, min(65_535, size - 1), min(65_536, size - 1), size - 1]) {
                    var changed = bytes
                    changed[at] &+= 1
                    #expect(!PlainFile.holds(changed, at: "f", in: open), "\(size) bytes, byte \(at) changed")
                }
            }
        }
        #expect(!PlainFile.holds([], at: "missing", in: open))
    }
}
