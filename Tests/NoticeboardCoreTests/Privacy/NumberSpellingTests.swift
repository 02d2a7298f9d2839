import Foundation
import Synchronization
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardPrivacy
@testable import NoticeboardRendering
@testable import NoticeboardSupport
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// Personal numbers in every spelling a reader still reads as one, in every place a record can put them:
/// seeded numbers × spellings × places, built, and no full number in any byte of the output once it is read
/// the way a reader or a machine reads it (`ReaderText`: tags, invisible characters and escapes undone).
@Suite struct NumberSpellingTests {
    /// A seeded generator, so a failure names the seed that replays it.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(next(10))) }) }
    }

    enum Kind: CaseIterable { case mobile, identityCard, bankCard }

    static func number(_ kind: Kind, _ g: inout Generator) -> String {
        switch kind {
        case .mobile: return "1\(3 + g.next(7))" + g.digits(9)
        case .identityCard:
            let body = "1101\(10 + g.next(80))19\(50 + g.next(49))\(10 + g.next(3))\(10 + g.next(18))" + g.digits(3)
            let characters = body.map { UInt8(String($0))! }
            let check = (0...10).map { $0 == 10 ? UInt8(ascii: "X") : UInt8($0) }.first { NumberShapes.isIdentityCard(characters + [$0]) }!
            return body + (check == UInt8(ascii: "X") ? "X" : String(check))
        case .bankCard:
            let body = ["6222", "6217", "6228", "4367"][g.next(4)] + g.digits(g.next(2) == 0 ? 11 : 14)
            let digits = body.map { UInt8(String($0))! }
            return body + String((0...9).first { NumberShapes.passesLuhn(digits + [UInt8($0)]) }!)
        }
    }

    /// Ways people (or someone hiding a number) write it. Each keeps every digit, in order.
    static let spellings: [(name: String, spell: @Sendable (String, inout Generator) -> String)] = [
        ("plain", { n, _ in n }),
        ("full-width", { n, _ in fullWidth(n) }),
        ("dashes", { n, _ in grouped(n, "-") }),
        ("spaces", { n, _ in grouped(n, " ") }),
        ("dots", { n, _ in grouped(n, ".") }),
        ("slashes", { n, _ in grouped(n, "/") }),
        ("full-width groups", { n, _ in fullWidth(grouped(n, "－")) }),
        ("invisible", { n, g in invisible(n, &g) }),
        ("emphasis", { n, g in marked(n, ["**", "_", "`", "~~"][g.next(4)]) }),
        ("mixed", { n, g in invisible(fullWidth(grouped(n, ["-", " ", "."][g.next(3)])), &g) }),
    ]

    static func fullWidth(_ n: String) -> String {
        String(String.UnicodeScalarView(n.unicodeScalars.map { s in
            ("0"..."9").contains(s) ? Unicode.Scalar(s.value - 0x30 + 0xFF10)! : s == "X" ? "Ｘ" : s
        }))
    }

    /// 3-4-4 for a mobile, 6-8-4 for an identity card, fours for a card.
    static func grouped(_ n: String, _ separator: String) -> String {
        let sizes = n.count == 11 ? [3, 4, 4] : n.count == 18 ? [6, 8, 4] : Array(repeating: 4, count: n.count / 4) + [n.count % 4].filter { $0 > 0 }
        var rest = Substring(n), groups: [Substring] = []
        for size in sizes { groups.append(rest.prefix(size)); rest = rest.dropFirst(size) }
        return groups.joined(separator: separator)
    }

    /// Invisible characters written as character references: raw ones are an input error (IN-001) before
    /// anything is built, but Markdown turns `&#8203;` into a real zero-width space on the page.
    static let invisibles = ["&#8203;", "&#x200C;", "&#x200D;", "&#8288;", "&shy;", "&#xFEFF;", "&#x202E;", "&#8294;", "&lrm;", "&zwnj;"]

    static func invisible(_ n: String, _ g: inout Generator) -> String {
        var pieces = n.map(String.init)
        for _ in 0..<1 + g.next(3) { pieces.insert(invisibles[g.next(invisibles.count)], at: 1 + g.next(pieces.count - 1)) }
        return pieces.joined()
    }

    /// The middle third between Markdown marks: `110105**19491231**002X`.
    static func marked(_ n: String, _ mark: String) -> String {
        let third = n.count / 3
        return String(n.prefix(third)) + mark + String(n.dropFirst(third).prefix(third)) + mark + String(n.dropFirst(2 * third))
    }

    static func percentEncoded(_ n: String) -> String {
        n.utf8.map { String(format: "%%%02X", $0) }.joined()
    }

    /// Where a record can put a text that reaches the site, each as the fixture's edits for a list of texts. Each
    /// place writes files of its own, so that one site holds many (`sites`).
    static let places: [(name: String, edits: @Sendable ([String]) throws -> [String: String?])] = [
        ("notice body", { texts in ["content/notices/body.md": notice(texts.map { "联系 \($0) 。\n\n" }.joined())] }),
        ("paragraph across lines", { texts in ["content/notices/lines.md": notice(texts.map { "联系\n\(grouped(plain($0), "\n"))\n。\n\n" }.joined())] }),
        ("table cell", { texts in ["content/notices/table.md": notice("| 项 | 号 |\n|---|---|\n" + texts.map { "| 甲 | \($0) |\n" }.joined())] }),
        ("link", { texts in ["content/notices/link.md": notice(texts.map { "[查看](https://example.org/q?id=\(percentEncoded($0)))\n\n[看](https://example.org/\(plain($0)))\n\n" }.joined())] }),
        ("image alt", { texts in ["content/notices/alt.md": notice(texts.map { "![\($0)](x.png)\n\n" }.joined())] }),
        ("title", { texts in Dictionary(uniqueKeysWithValues: texts.enumerated().map { index, text in
            ("content/notices/n\(index).md", "---\ntitle: \"通知 \(text.replacingOccurrences(of: "\\", with: "\\\\"))\"\ndate: 2026-09-25\n---\n正文。\n") }) }),
        // September's, since October's lines are the spreadsheet's.
        ("statement item", { texts in try SiteFixture.edit("content/compounds/hexie/ledger/2026-09.yaml",
            "  - {date: 2026-09-03, item: 卫生费, amount: 300, voucher: S-1}",
            texts.enumerated().map { "  - {date: 2026-09-03, item: \"\($1)\", amount: \($0 == 0 ? 300 : 0), voucher: S-9-\($0)}" }.joined(separator: "\n")) }),
        ("ledger spreadsheet cell", { texts in try edits(
            try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "income:\n  - {date: 2026-10-03, item: 10-12月卫生费, amount: 3600, voucher: S-2}\nexpenses: []\n", ""),
            ["content/compounds/hexie/ledger/2026-10.csv": "日期,摘要,收入,凭证号\n" + texts.enumerated().map(csvLine).joined()]) }),
    ]

    /// The places one site holds together (by their index in `places`): all of them, since each writes files of
    /// its own. One build for the eight places, not eight.
    static let sites: [[Int]] = [Array(places.indices)]

    /// A notice with `body` as its text.
    static func notice(_ body: String) -> String { "---\ntitle: 通知\ndate: 2026-09-25\n---\n" + body }

    /// The fixture's edits for the places of one site, each with its texts.
    static func siteEdits(of site: [Int], _ texts: [[String]]) throws -> [String: String?] {
        var all: [String: String?] = [:]
        for place in site { all = try NoticeboardTestSupport.edits(all, try places[place].edits(texts[place])) }
        return all
    }

    /// The findings of `rule` in the files a place wrote.
    static func count(_ rule: RuleID, in diagnostics: [Diagnostic], of place: Int, _ texts: [[String]]) throws -> Int {
        let files = try places[place].edits(texts[place]).keys
        return diagnostics.filter { $0.rule == rule && files.contains($0.location.file) }.count
    }

    static let notice = "content/notices/tongzhi.md"

    /// A ledger spreadsheet's line with `text` as its item (quoted as spreadsheets quote); the first carries the income.
    static func csvLine(_ index: Int, _ text: String) -> String {
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return "2026-10-03,\(quoted),\(index == 0 ? 3600 : 0),S-\(index + 2)\n"
    }

    /// The digits of a spelling, nothing else: what a percent-encoded or line-broken place writes plainly.
    static func plain(_ text: String) -> String {
        String(text.replacing(/&#?[0-9A-Za-z]+;/, with: "").unicodeScalars.compactMap { NumberShapes.digitValue($0).map { Character(String($0)) } ?? (NumberShapes.isCheckX($0) ? "X" : nil) })
    }

    /// Every output file read as a reader or a machine reads it, as one string of ASCII digits (`X` for the check
    /// character) and `|` for anything else. Made apart from `ReaderText`, so that the test does not share its
    /// blind spots: every tag removed, references and escapes decoded, NFKC (full-width and styled digits become
    /// ASCII), format characters, Markdown marks and separators dropped.
    static func readings(of folder: URL) throws -> [String: String] {
        try CLI.snapshot(folder).mapValues { bytes in
            if let made = readingsMade.withLock({ $0[bytes] }) { return made }
            let made = reading(of: bytes)
            readingsMade.withLock { $0[bytes] = made }
            return made
        }
    }

    /// Which of `numbers` a reading holds whole: each is a run of digits (and `X`), so it is whole when it stands
    /// in one of the reading's runs between two `|`. (Foundation's `contains` took a sixth of the suite's time.)
    static func whole(_ numbers: Set<String>, in reading: String) -> Set<String> {
        let lengths = Set(numbers.map(\.utf8.count))
        guard let shortest = lengths.min() else { return [] }
        var found: Set<String> = []
        for run in reading.utf8.split(separator: UInt8(ascii: "|")) where run.count >= shortest {
            let bytes = Array(run)
            for length in lengths where length <= bytes.count {
                for start in 0...(bytes.count - length) {
                    let piece = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
                    if numbers.contains(piece) { found.insert(piece) }
                }
            }
        }
        return found
    }

    /// Readings already made, by the bytes read: most files come out the same in every build.
    static let readingsMade = Mutex<[Data: String]>([:])

    static func reading(of bytes: Data) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        text = text.removingPercentEncoding ?? text
        for match in text.matches(of: /&#([xX]?)([0-9a-fA-F]+);/).reversed() {
            let value = UInt32(match.2, radix: match.1.isEmpty ? 10 : 16).flatMap(Unicode.Scalar.init)
            text.replaceSubrange(match.range, with: value.map { String(Character($0)) } ?? "|")
        }
        text = text.replacingOccurrences(of: "&nbsp;", with: " ").precomposedStringWithCompatibilityMapping
        return String(text.unicodeScalars.compactMap { s -> Character? in
            if ("0"..."9").contains(s) { return Character(s) }
            if s == "X" || s == "x" { return "X" }
            if s.properties.generalCategory == .format || s.properties.isWhitespace || "*_`~-./·・‐‑‒–—―−".unicodeScalars.contains(s) { return nil }
            return "|"
        })
    }

    /// Mobiles and bank cards, in every spelling and place: the build succeeds with PRV-002 warnings, and no output
    /// file holds one whole.
    @Test(arguments: [11, 12])
    func mobilesAndCardsNeverLeaveWhole(seed: UInt64) async throws {
        var g = Generator(state: seed)
        var numbers: [[String]] = [], texts: [[String]] = []
        for _ in Self.places {
            numbers.append([])
            texts.append([])
            for kind in [Kind.mobile, .bankCard] {
                for spelling in Self.spellings {
                    let number = Self.number(kind, &g)
                    numbers[numbers.count - 1].append(number)
                    texts[texts.count - 1].append(spelling.spell(number, &g))
                }
            }
        }
        for site in Self.sites {
            let fixture = try SiteFixture(try Self.siteEdits(of: site, texts))
            defer { fixture.remove() }
            let out = fixture.root.appendingPathComponent("public")
            let result = try await Pipeline(root: fixture.root).build(into: out)
            let names = site.map { Self.places[$0].name }
            guard case .built(let checked, _, _) = result else {
                let found = if case .failed(let check) = result { check.diagnostics.filter { $0.severity == .error }.map { "\($0.location) \($0.rule.rawValue) \($0.message.zh)" } } else { [String]() }
                Issue.record("seed \(seed), \(names): the build failed: \(found)")
                continue
            }
            let readings = try Self.readings(of: out)
            for place in site {
                let name = Self.places[place].name
                let warned = try Self.count(.prv002, in: checked.diagnostics, of: place, texts)
                #expect(warned >= numbers[place].count, "seed \(seed), \(name): \(warned) PRV-002 warnings for \(numbers[place].count) numbers")
                let written = Dictionary(zip(numbers[place], texts[place]), uniquingKeysWith: { first, _ in first })
                for (path, reading) in readings {
                    for number in Self.whole(Set(numbers[place]), in: reading).sorted() {
                        Issue.record("seed \(seed), \(name): \(number) written \(written[number]?.debugDescription ?? "") is whole in \(path)")
                    }
                }
            }
        }
    }

    /// Identity cards, in every spelling and place, are PRV-001 where they were written; with PRV-001 turned off
    /// by the rule pack, the site is built and no output file holds one whole.
    @Test(arguments: [21, 22])
    func identityCardsAreFoundAndNeverLeaveWhole(seed: UInt64) async throws {
        var g = Generator(state: seed)
        var numbers: [[String]] = [], texts: [[String]] = []
        for _ in Self.places {
            numbers.append(Self.spellings.map { _ in Self.number(.identityCard, &g) })
            texts.append(zip(numbers[numbers.count - 1], Self.spellings).map { $1.spell($0, &g) })
        }
        for site in Self.sites {
            let changes = try Self.siteEdits(of: site, texts)
            let fixture = try SiteFixture(changes)
            defer { fixture.remove() }
            let found = try await fixture.check().diagnostics
            for place in site {
                let count = try Self.count(.prv001, in: found, of: place, texts)
                #expect(count >= numbers[place].count, "seed \(seed), \(Self.places[place].name): \(count) PRV-001 for \(numbers[place].count) numbers: \(texts[place])")
            }

            let relaxed = try SiteFixture(try edits(changes, try packWith("PRV-001: off")))
            defer { relaxed.remove() }
            let out = relaxed.root.appendingPathComponent("public")
            guard case .built = try await Pipeline(root: relaxed.root).build(into: out) else {
                Issue.record("seed \(seed), \(site.map { Self.places[$0].name }): the build failed with PRV-001 off")
                continue
            }
            let readings = try Self.readings(of: out)
            for place in site {
                let written = Dictionary(zip(numbers[place], texts[place]), uniquingKeysWith: { first, _ in first })
                for (path, reading) in readings {
                    for number in Self.whole(Set(numbers[place]), in: reading).sorted() {
                        Issue.record("seed \(seed), \(Self.places[place].name): \(number) written \(written[number]?.debugDescription ?? "") is whole in \(path)")
                    }
                }
            }
        }
    }

    /// The compound's declared account is the one card number shown in full; another card beside it is masked.
    @Test func theDeclaredAccountIsShownInFull() async throws {
        let account = "6222 0212 3456 7894", other = "6217 0000 1234 5670"
        let fixture = try SiteFixture(try edits(
            try SiteFixture.edit("content/compounds/hexie/compound.yaml", "  supervisors: [辛监督]\n", "  supervisors: [辛监督]\n  number: \"\(account)\"\n"),
            [Self.notice: "---\ntitle: 通知\ndate: 2026-09-25\n---\n卫生费请转入 \(account)，不是 \(other)。\n"]))
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        guard case .built(let checked, _, _) = try await Pipeline(root: fixture.root).build(into: out) else {
            Issue.record("the build failed")
            return
        }
        #expect(checked.diagnostics.map(\.rule) == [.prv002], "\(checked.diagnostics.map(\.message.zh))")
        let page = String(decoding: try Data(contentsOf: out.appendingPathComponent("notices/tongzhi/index.html")), as: UTF8.self)
        #expect(page.contains(account) && page.contains("6217 **** **** 5670"), "\(page)")
    }

    /// Numbers that are not personal stay as written: amounts, dates, phones with an area code, vouchers,
    /// a card-length run that fails the Luhn check.
    @Test(arguments: ["0351-7654321", "2026-10-03 至 2026-12-31", "1,380.00", "凭证 2026-10-0013", "6222021234567890", "A13812345678",
                      "138123456789", "1-2-302", "2026/10/03 08:30", "v1.2.3.4.5.6"])
    func otherNumbersStayAsWritten(text: String) {
        #expect(PersonalNumbers.masked(text, except: []) == text)
        #expect(PersonalNumbers.find(in: text, file: "x").isEmpty)
    }

    /// The byte scan that skips most text (`CandidateSpans`) never skips a number: on random texts made of digits,
    /// separators, invisible characters, marks, tags, escapes and Chinese, masking with the scan gives what reading
    /// the whole text gives.
    @Test func theByteScanMissesNothingTheReadingFinds() {
        let pieces = ["1", "3", "8", "0", "5", "9", "X", "１", "３", " ", "-", ".", "/", "\n", "\n\n", "\u{200B}", "\u{AD}", "**", "`",
                      "<b>", "</b>", "<td>", "<br>", "&#49;", "&nbsp;", "%31", "%E2%80%8B", "联系", "，", "A", "x", "\"", "<a href=\"", "\">"]
        var g = Generator(state: 7)
        for _ in 0..<3000 {
            let text = (0..<g.next(60)).map { _ in pieces[g.next(pieces.count)] }.joined()
            let reading = ReaderText(Array(text.unicodeScalars), markup: true)
            let whole = NumberShapes.matches(in: reading.scalars).filter { !$0.hidden.isEmpty }.map(\.digits)
            for digits in whole {
                let masked = PersonalNumbers.masked(text, except: [])
                let again = NumberShapes.matches(in: ReaderText(Array(masked.unicodeScalars), markup: true).scalars).map(\.digits)
                #expect(!again.contains(digits), "\(text.debugDescription) still holds \(digits) after masking: \(masked.debugDescription)")
            }
        }
    }
}
