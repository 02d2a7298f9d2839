import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// A file or folder under `content/` named with a personal number is IN-004, printed masked: the name
/// would be the page's address and stand in `sitemap.xml`. No finding prints the number in full.
@Suite struct PersonalNumberInNameTests {
    /// Spellings of a number in a name, and the name as the finding prints it.
    static let spellings: [(name: String, masked: String, kind: String)] = [
        ("13812345678", "138****5678", "手机号"),
        ("138-1234-5678", "138-****-5678", "手机号"),
        ("+86 138 1234 5678", "+86 138 **** 5678", "手机号"),
        ("张三13812345678", "张三138****5678", "手机号"),
        ("１３８１２３４５６７８", "１３８****５６７８", "手机号"),
        ("11010519491231002X", "110105********002X", "身份证号"),
        ("110105-19491231-002X", "110105-********-002X", "身份证号"),
    ]

    /// Where a name goes: the path with `N` for the name, and which part the finding names.
    static func places() throws -> [(path: String, named: String, text: String)] { [
        ("content/notices/N.md", "content/notices/N.md", "---\ntitle: 通知\ndate: 2026-09-25\n---\n正文\n"),
        ("content/compounds/hexie/notices/N.md", "content/compounds/hexie/notices/N.md", "---\ntitle: 通知\ndate: 2026-09-25\n---\n正文\n"),
        ("content/compounds/hexie/households/N.md", "content/compounds/hexie/households/N.md", "---\nname: 丙中心\nunit: 1-1-102\n---\n"),
        ("content/compounds/hexie/approvals/N.md", "content/compounds/hexie/approvals/N.md", "---\nsubject: 修\n---\n"),
        ("content/compounds/N/compound.yaml", "content/compounds/N", try SiteFixture.text("content/compounds/xiao-a/compound.yaml")),
        ("content/compounds/N/ledger/2026-10.yaml", "content/compounds/N", "month: 2026-10\n"),
        ("content/N/x.md", "content/N", "x\n"),
    ] }

    /// The places one site holds together (by their index in `places`): all but the compound folder with only
    /// a ledger, which would be the same folder as the compound's.
    static let sites: [[Int]] = [[0, 1, 2, 3, 4, 6], [5]]

    @Test(arguments: 0..<spellings.count)
    func aNumberInAFileOrFolderNameIsIN004PrintedMasked(index: Int) async throws {
        let spelling = Self.spellings[index]
        let places = try Self.places()
        for site in Self.sites {
            let files = Dictionary(uniqueKeysWithValues: site.map { (places[$0].path.replacingOccurrences(of: "N", with: spelling.name), places[$0].text) })
            let d = try await findings(files)
            for place in site.map({ places[$0] }) {
                let named = place.named.replacingOccurrences(of: "N", with: spelling.masked)
                #expect(d.filter { $0.location.file == named && $0.rule == .in004 && $0.message.zh.contains(spelling.kind) }.count == 1,
                        "\(place.path.replacingOccurrences(of: "N", with: spelling.name)): \(d.map { "\($0.location) \($0.message.zh)" })")
            }
            Self.expectNoFullNumber(in: d, spelling.name)
        }
    }

    /// A compound's folder is named once, however many files it holds.
    @Test func aFolderIsNamedOnceForAllItsFiles() async throws {
        let d = try await findings(["content/compounds/13812345678/compound.yaml": try SiteFixture.text("content/compounds/xiao-a/compound.yaml"),
                                    "content/compounds/13812345678/ledger/2026-10.yaml": "month: 2026-10\n",
                                    "content/compounds/13812345678/notices/a.md": "---\ntitle: 通知\ndate: 2026-09-25\n---\n"])
        #expect(d.filter { $0.message.zh.contains("名字里有手机号") }.map(\.location.file) == ["content/compounds/138****5678"], "\(d.map(\.message.zh))")
        Self.expectNoFullNumber(in: d, "13812345678")
    }

    /// The input rules run on what could be read, and their findings about such a file are masked too.
    @Test func findingsOfTheRulesAboutSuchAFileAreMasked() async throws {
        let ledger = "content/compounds/13812345678/ledger/2026-09.yaml"
        let d = try await findings(["content/compounds/13812345678/compound.yaml": try SiteFixture.text("content/compounds/xiao-a/compound.yaml"),
                                    ledger: try SiteFixture.text("content/compounds/hexie/ledger/2026-09.yaml").replacingOccurrences(of: "approval: A-1", with: "approval: A-9")])
        #expect(d.contains { $0.rule == .in005 && $0.location.file == "content/compounds/138****5678/ledger/2026-09.yaml" }, "\(d.map { "\($0.location) \($0.message.zh)" })")
        Self.expectNoFullNumber(in: d, "13812345678")
    }

    /// Dates, units, vouchers and approval ids are not numbers of people.
    @Test(arguments: ["content/notices/20261101-20261130.md", "content/compounds/hexie/households/12-3-1502.md",
                      "content/compounds/hexie/approvals/A-2026-07-0001.md", "content/notices/0351-12345678.md"])
    func namesWithOtherNumbersAreNotFindings(path: String) async throws {
        let d = try await findings([path: "---\ntitle: 通知\ndate: 2026-09-25\n---\n"])
        #expect(!d.contains { $0.message.zh.contains("名字里有") }, "\(d.map(\.message.zh))")
    }

    /// No finding's file, message or note holds the number's digits in a row, whatever stands between them.
    static func expectNoFullNumber(in diagnostics: [Diagnostic], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        func digits(_ text: String) -> String { text.precomposedStringWithCompatibilityMapping.filter { $0.isASCII && ($0.isNumber || $0 == "X") } }
        let number = digits(name)
        for d in diagnostics {
            for text in [d.location.file, d.message.zh, d.message.en] + d.notes.flatMap({ [$0.location.file, $0.message.zh, $0.message.en] }) {
                #expect(!digits(text).contains(number), "\(text)", sourceLocation: sourceLocation)
            }
        }
    }
}
