import Foundation
import Testing
import NoticeboardCore
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardRendering
@testable import NoticeboardValues
import NoticeboardTestSupport

/// The project's own `docs/` name what the code has: every rule id, every key a record may hold, every
/// command and option. The keys, commands and options are read from the sources as text, so a new one
/// without its line in the docs fails here. Each finder is also shown to notice a line taken out.
@Suite struct DocsTests {
    static let repository = SiteFixture.repository

    static func doc(_ name: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    static func sources(in folder: String) throws -> [(name: String, text: String)] {
        let url = repository.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
        }
    }

    // MARK: What the docs say

    /// The first cell of every table row.
    static func firstCells(_ markdown: String) -> [Substring] {
        markdown.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("|") else { return nil }
            return line.dropFirst().split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).first
        }
    }

    /// The keys documented in records.md: the code spans in the first cell of the rows of tables whose
    /// first column is headed `key`.
    static func documentedKeys(_ markdown: String) -> Set<String> {
        var keys: Set<String> = [], inKeyTable = false, previous: Substring = ""
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { previous = line }
            guard line.hasPrefix("|") else { continue }
            if !previous.hasPrefix("|") {
                inKeyTable = firstCells(String(line)).first?.trimmingCharacters(in: .whitespaces) == "key"
                continue
            }
            if inKeyTable { keys.formUnion(keysInRow(line)) }
        }
        return keys
    }

    /// A row's first-cell code spans by their last component (`committee.members[].phone` is `phone`).
    static func keysInRow(_ row: Substring) -> Set<String> {
        guard let cell = firstCells(String(row)).first else { return [] }
        return Set(codeSpans(cell).map { found in
            let span = found.replacingOccurrences(of: "[]", with: "")
            return String(span.split(separator: ".").last ?? Substring(span))
        })
    }

    /// The texts between backticks (what `` /`([^`]+)`/ `` matches, without compiling a regex for every row).
    static func codeSpans(_ text: Substring) -> [Substring] {
        var spans: [Substring] = [], rest = text[...]
        while let open = rest.firstIndex(of: "`") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "`") else { break }
            if close == after {
                rest = rest[after...]  // an empty span matches nothing: the second backtick may open one
            } else {
                spans.append(rest[after..<close])
                rest = rest[rest.index(after: close)...]
            }
        }
        return spans
    }

    /// Rule ids without a row of their own (`| FIN-001 | …`).
    static func missingRuleIDs(in markdown: String) -> [String] {
        let rows = Set(firstCells(markdown).map { $0.trimmingCharacters(in: .whitespaces) })
        return RuleID.allCases.map(\.rawValue).filter { !rows.contains($0) }
    }

    static func missingKeys(in markdown: String, keys: [String]) -> [String] {
        let documented = documentedKeys(markdown)
        return keys.filter { !documented.contains($0) }
    }

    /// Commands without their heading (``## `noticeboard build` ``).
    static func missingCommands(in markdown: String) throws -> [String] {
        let headings = Set(markdown.split(separator: "\n").filter { $0.hasPrefix("## ") })
        return try commandNames().filter { !headings.contains("## `noticeboard \($0)`") }
    }

    /// Options never named as `--option` (followed by something that cannot continue the name).
    static func missingOptions(in markdown: String) throws -> [String] {
        try optionNames().filter { option in
            markdown.ranges(of: "--\(option)").contains { range in
                range.upperBound == markdown.endIndex || !(markdown[range.upperBound].isLetter || markdown[range.upperBound].isNumber || markdown[range.upperBound] == "-")
            } == false
        }
    }

    // MARK: What the code has

    /// Every key of every `expect(keys: […])` under `Loading/`; a list named instead of written
    /// (`expect(keys: Self.keys)`) is looked up as `static let keys = […]` in the same file.
    static func loaderKeys() throws -> [String] {
        var keys: [String] = []
        for (name, text) in try sources(in: "Sources/NoticeboardLoading") {
            for call in text.matches(of: #/\.expect\(keys:\s*(\[[^\]]*\]|[A-Za-z_.]+)\)/#) {
                var list = String(call.output.1)
                if !list.hasPrefix("[") {
                    let constant = list.split(separator: ".").last.map(String.init) ?? list
                    let declaration = try #require(text.firstMatch(of: try Regex("static let \(constant)\\s*=\\s*(\\[[^\\]]*\\])")),
                                                   "\(name): expect(keys: \(list)) names a list this test cannot find")
                    list = String(try #require(declaration.output[1].substring))
                }
                let literals = list.matches(of: #/"([^"]*)"/#).map { String($0.output.1) }
                #expect(!literals.isEmpty, "\(name): no keys read from expect(keys: \(list))")
                keys += literals
            }
        }
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }

    /// The command names of `Noticeboard`'s subcommands: a type's `commandName:`, or its name in
    /// kebab-case, as swift-argument-parser derives it.
    static func commandNames() throws -> [String] {
        let files = try sources(in: "Sources/noticeboard")
        let main = try #require(files.first { $0.name == "Noticeboard.swift" }).text
        let list = try #require(main.firstMatch(of: #/subcommands:\s*\[([^\]]*)\]/#)).output.1
        return try list.matches(of: #/(\w+)\.self/#).map { type in
            let name = String(type.output.1)
            let file = try #require(files.first { $0.text.contains("struct \(name):") }, "no file declares \(name)").text
            let declared = file.firstMatch(of: #/commandName:\s*"([^"]+)"/#).map { String($0.output.1) }
            return declared ?? kebabCase(name)
        }
    }

    /// The long names of every `@Option` and `@Flag` of the command line.
    static func optionNames() throws -> [String] {
        let names = try sources(in: "Sources/noticeboard").flatMap { _, text in
            text.matches(of: #/@(?:Option|Flag)\b[\s\S]*?\bvar\s+(\w+)/#).map { kebabCase(String($0.output.1)) }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// `baseURL` → `base-url`, `GenerateFixture` → `generate-fixture`.
    static func kebabCase(_ name: String) -> String {
        var out = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let afterLower = !characters[index - 1].isUppercase
                let beforeLower = index + 1 < characters.count && characters[index + 1].isLowercase && characters[index - 1].isUppercase
                if afterLower || beforeLower { out += "-" }
            }
            out += character.lowercased()
        }
        return out
    }

    // MARK: The docs name everything

    @Test func everyRuleHasItsRow() throws {
        #expect(Self.missingRuleIDs(in: try Self.doc("rules.md")) == [])
    }

    @Test func everyRecordKeyIsDocumented() throws {
        let keys = try Self.loaderKeys()
        // The reading works: the keys of site.yaml (a named list), the rule pack's thresholds (a list over two lines).
        #expect(keys.contains("base_url") && keys.contains("evaluation_satisfied_min") && keys.contains("number"))
        #expect(Self.missingKeys(in: try Self.doc("records.md"), keys: keys) == [])
    }

    @Test func everyCommandHasItsSection() throws {
        let names = try Self.commandNames()
        #expect(names.contains("new-month") && names.contains("build") && names.contains("generate-fixture"))
        #expect(try Self.missingCommands(in: try Self.doc("commands.md")) == [])
    }

    @Test func everyOptionIsNamed() throws {
        let options = try Self.optionNames()
        #expect(options.contains("base-url") && options.contains("drafts") && options.contains("root"))
        #expect(try Self.missingOptions(in: try Self.doc("commands.md")) == [])
    }

    @Test func theIndexLinksEveryPage() throws {
        let index = try Self.doc("README.md")
        for page in ["records.md", "rules.md", "commands.md", "site.md", "verification-codes.md"] {
            #expect(index.contains("](\(page))"), "docs/README.md does not link \(page)")
            _ = try Self.doc(page)
        }
    }

    // MARK: Each finder notices a line taken out

    static func removingLines(_ markdown: String, where remove: (Substring) -> Bool) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).filter { !remove($0) }.joined(separator: "\n")
    }

    @Test(arguments: [1, 7, 2026]) func aRuleRowTakenOutIsNoticed(seed: UInt64) throws {
        let rules = try Self.doc("rules.md")
        var generator = NumberSpellingTests.Generator(state: seed)
        for _ in 0..<6 {
            let id = RuleID.allCases[generator.next(RuleID.allCases.count)].rawValue
            let cut = Self.removingLines(rules) { $0.hasPrefix("| \(id) |") }
            #expect(Self.missingRuleIDs(in: cut) == [id], "seed \(seed): the row of \(id) was taken out")
        }
    }

    @Test(arguments: [1, 7, 2026]) func aKeyRowTakenOutIsNoticed(seed: UInt64) throws {
        let records = try Self.doc("records.md")
        let keys = try Self.loaderKeys()
        var generator = NumberSpellingTests.Generator(state: seed)
        for _ in 0..<6 {
            let key = keys[generator.next(keys.count)]
            // Every row documenting the key, in any record kind, goes.
            let cut = Self.removingLines(records) { line in
                line.hasPrefix("|") && Self.keysInRow(line).contains(key)
            }
            #expect(Self.missingKeys(in: cut, keys: keys).contains(key), "seed \(seed): the rows of \(key) were taken out")
        }
    }

    @Test func aCommandSectionTakenOutIsNoticed() throws {
        let commands = try Self.doc("commands.md")
        for name in try Self.commandNames() {
            let cut = Self.removingLines(commands) { $0 == "## `noticeboard \(name)`" }
            #expect(try Self.missingCommands(in: cut) == [name])
        }
    }

    @Test func anOptionTakenOutIsNoticed() throws {
        let commands = try Self.doc("commands.md")
        for option in try Self.optionNames() {
            let cut = commands.replacingOccurrences(of: "--\(option)", with: "")
            #expect(try Self.missingOptions(in: cut) == [option])
        }
    }

    @Test func namesAreKebabCasedAsTheParserDoes() {
        #expect(Self.kebabCase("baseURL") == "base-url")
        #expect(Self.kebabCase("GenerateFixture") == "generate-fixture")
        #expect(Self.kebabCase("NewMonth") == "new-month")
        #expect(Self.kebabCase("root") == "root")
        #expect(Self.kebabCase("URLString") == "url-string")
    }
}
