import Foundation
import Testing
@testable import NoticeboardLoading
#if canImport(Glibc)
import Glibc
#endif

/// A walk gives the same listing, in the same order, whether its folders are walked on one core or on all: files,
/// links, nested folders, and folders that cannot be opened among them, named where a walk on one core names them.
@Suite struct FileWalkTests {
    @Test func aWalkOnAllCoresListsWhatAWalkOnOneDoes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filewalk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for compound in 0..<70 {
            let folder = root.appendingPathComponent("compounds/c\(compound)")
            for sub in ["ledger", "services", compound % 7 == 0 ? "notices" : "approvals"] {
                try fm.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
                for file in 0..<(compound % 4) {
                    try Data(repeating: UInt8(file), count: compound + file).write(to: folder.appendingPathComponent("\(sub)/f\(file).yaml"))
                }
            }
            try Data("name: x\n".utf8).write(to: folder.appendingPathComponent("compound.yaml"))
            if compound % 9 == 0 { try fm.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "/usr") }
            if compound % 11 == 0 { try Data().write(to: folder.appendingPathComponent(".hidden")) }
        }
        try Data("site".utf8).write(to: root.appendingPathComponent("site.yaml"))
        // Folders that fail to open as a damaged disk does, among those walked on all cores and below them.
        let failing: Set<String> = [root.path + "/compounds/c13", root.path + "/compounds/c40/ledger"]
        let open: FileWalk.FolderOpener = { path in
            guard !failing.contains(path) else {
                errno = EIO
                return nil
            }
            return opendir(path)
        }
        func described(_ listing: FileWalk.Listing?) -> [String] {
            (listing?.files ?? []).map { "\($0.path) \($0.size) \($0.modified.0).\($0.modified.1) \($0.isLink)" }
                + (listing?.unlisted ?? []).map { "unlisted \($0.path) \($0.reason)" }
        }
        let one = described(FileWalk.files(under: root, opening: open, parallelAbove: .max))
        #expect(one.count > 200 && one.contains { $0.hasPrefix("unlisted compounds/c13 ") } && one.contains { $0.hasPrefix("unlisted compounds/c40/ledger ") })
        for parallelAbove in [1, 2, 32] {
            #expect(described(FileWalk.files(under: root, opening: open, parallelAbove: parallelAbove)) == one, "folders of \(parallelAbove) or more on all cores")
        }
    }
}
