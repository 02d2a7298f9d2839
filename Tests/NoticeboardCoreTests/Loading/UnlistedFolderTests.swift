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
import NoticeboardTestSupport

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
}
