import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// Zero-width characters and bidi controls in a record are IN-001 where they stand, named in both
/// languages: a voucher or a name that looks the same must not differ by a character nobody sees.
@Suite struct InvisibleCharacterTests {
    /// Every character reported, with the names the messages must use.
    static let characters: [(scalar: Unicode.Scalar, code: String, zh: String, en: String)] = [
        ("\u{00AD}", "U+00AD", "软连字符", "soft hyphen"), ("\u{061C}", "U+061C", "阿拉伯字母标记", "arabic letter mark"),
        ("\u{200B}", "U+200B", "零宽空格", "zero width space"), ("\u{200C}", "U+200C", "零宽不连字", "zero width non-joiner"),
        ("\u{200D}", "U+200D", "零宽连字", "zero width joiner"), ("\u{200E}", "U+200E", "从左至右标记", "left-to-right mark"),
        ("\u{200F}", "U+200F", "从右至左标记", "right-to-left mark"), ("\u{202A}", "U+202A", "从左至右嵌入", "left-to-right embedding"),
        ("\u{202B}", "U+202B", "从右至左嵌入", "right-to-left embedding"), ("\u{202C}", "U+202C", "方向格式结束", "pop directional formatting"),
        ("\u{202D}", "U+202D", "从左至右覆盖", "left-to-right override"), ("\u{202E}", "U+202E", "从右至左覆盖", "right-to-left override"),
        ("\u{2060}", "U+2060", "零宽不换行", "word joiner"), ("\u{2066}", "U+2066", "从左至右隔离", "left-to-right isolate"),
        ("\u{2067}", "U+2067", "从右至左隔离", "right-to-left isolate"), ("\u{2068}", "U+2068", "首强字符隔离", "first strong isolate"),
        ("\u{2069}", "U+2069", "方向隔离结束", "pop directional isolate"), ("\u{FEFF}", "U+FEFF", "零宽不换行空格", "zero width no-break space"),
    ]

    /// Free text of the fixture, where a character can go without making anything else wrong: (file, text).
    static let places: [(file: String, token: String)] = [
        ("content/compounds/hexie/compound.yaml", "和谐小区物业管理委员会"),
        ("content/compounds/hexie/ledger/2026-10.yaml", "10-12月卫生费"),
        ("content/compounds/hexie/households/1-1-101.md", "家电维修"),
        ("content/compounds/hexie/households/1-1-101.md", "有事找我。"),
        ("content/notices/tongzhi.md", "请按时缴费。"),
        ("content/branches/hexie.yaml", "1号楼党小组"),
        ("seeds/pack.yaml", "测试规则包"),
    ]

    /// Seeded: each character in each place, at a random point of the text, is one IN-001 at its line and column.
    /// One site holds the character in every place.
    @Test(arguments: 0..<characters.count)
    func eachCharacterIsIN001WhereItStandsNamedInBothLanguages(index: Int) async throws {
        let character = Self.characters[index]
        var random = SeededRandom(20261203, index)
        var replacements: [String: [(String, String)]] = [:], expected: [NoticeboardValues.SourceLocation] = []
        for place in Self.places {
            let token = Array(place.token.unicodeScalars)
            let at = random.int(0...token.count)
            var written = token
            written.insert(character.scalar, at: at)
            // A joiner is allowed between two emoji only; these texts hold none.
            replacements[place.file, default: []].append((place.token, String(String.UnicodeScalarView(written))))
            let start = try position(of: place.token, in: place.file)
            expected.append(NoticeboardValues.SourceLocation(file: place.file, line: start.line, column: start.column + at))
        }
        var changes: [String: String?] = [:]
        for (file, list) in replacements { changes = try edits(changes, try SiteFixture.edit(file, list)) }
        let d = try await findings(changes)
        #expect(d.count == expected.count, "\(d.map { "\($0.location) \($0.rule.rawValue) \($0.message.zh)" })")
        for location in expected {
            let found = d.filter { $0.location == location }
            #expect(found.count == 1 && found.allSatisfy { $0.rule == .in001 && $0.message.zh.contains("\(character.code) \(character.zh)")
                                                            && $0.message.en.contains("\(character.code) \(character.en)") },
                    "\(location): \(found.map { "\($0.rule.rawValue) \($0.message.zh) / \($0.message.en)" })")
        }
    }

    @Test func aSpreadsheetCellIsCheckedToo() async throws {
        let text = "日期,摘要,收入,支出,凭证号,收付款方,审批\r\n2026/10/3,10-12月卫生费,\"3,600.00\",,S-\u{200B}2,,\r\n"
        let fixture = try SiteFixture(try SiteFixture.octoberAsCSV(Data()))
        defer { fixture.remove() }
        try Data(text.utf8).write(to: fixture.root.appendingPathComponent("content/compounds/hexie/ledger/2026-10.csv"))
        expectOne(try await fixture.check().diagnostics, .in001, "content/compounds/hexie/ledger/2026-10.csv", 2, 35, containing: "U+200B 零宽空格")
    }

    @Test func eachLineIsReportedOnceWithHowManyItHolds() async throws {
        let notice = "content/notices/tongzhi.md"
        let changes = [notice: "---\ntitle: 收\u{200B}费\u{202E}通知\ndate: 2026-09-25\n---\n请按时\u{2060}缴费。\n\n\u{FEFF}谢谢\n"]
        let d = try await findings(changes).sortedForPrinting()
        #expect(d.map(\.location) == [SourceLocation(file: notice, line: 2, column: 9), SourceLocation(file: notice, line: 5, column: 4),
                                       SourceLocation(file: notice, line: 7, column: 1)], "\(d.map(\.message.zh))")
        #expect(d.allSatisfy { $0.rule == .in001 })
        #expect(d.first?.message.zh.contains("U+200B 零宽空格（这一行共有 2 个）") ?? false, "\(d.map(\.message.zh))")
    }

    @Test func aLeadingByteOrderMarkIsNoFinding() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let file = fixture.root.appendingPathComponent("content/notices/tongzhi.md")
        try Data([0xEF, 0xBB, 0xBF] + Array(try SiteFixture.text("content/notices/tongzhi.md").utf8)).write(to: file)
        #expect(try await fixture.check().diagnostics.isEmpty)
    }

    /// A joiner draws two emoji as one; between anything else it is reported.
    @Test(arguments: [("一家 👨\u{200D}👩\u{200D}👧 合影", nil), ("晨跑 🏃\u{200D}♂\u{FE0F}", nil), ("❤\u{FE0F}\u{200D}🔥", nil), ("🧑🏽\u{200D}🚀", nil),
                      ("138\u{200D}12345678", 4), ("甲\u{200D}乙", 2), ("\u{200D}👩", 1), ("👍\u{200D}1", 2), ("👍\u{200D}", 2), ("1\u{200D}👩", 2)] as [(String, Int?)])
    func aJoinerIsAllowedBetweenEmojiOnly(text: String, column: Int?) async throws {
        let notice = "content/notices/tongzhi.md"
        let d = try await findings([notice: "---\ntitle: 收费通知\ndate: 2026-09-25\n---\n\(text)\n"])
        if let column {
            expectOne(d, .in001, notice, 5, column, containing: "U+200D 零宽连字")
        } else {
            #expect(d.isEmpty, "\(d.map(\.message.zh))")
        }
    }
}
