import Foundation
import Testing
@testable import NoticeboardFixture
@testable import NoticeboardLoading

/// `YAMLDocument` compares keys without making strings: lengths and the first eight bytes as one word, then
/// `memcmp` for the rest (`value(of:in:)`, `keys(of:notIn:)`, `isNull`, the duplicate keys of a mapping). Here each is
/// held to the plain comparison over seeded mappings: the key's text as bytes, and for duplicates, Swift's `==`
/// (the same text in Unicode's sense, as a reader cannot tell apart). The keys are made to meet where the short
/// way could go wrong: equal lengths, equal first eight bytes, shorter than eight, zero bytes, Chinese, and a
/// composed `é` beside a decomposed one.
@Suite struct YAMLKeyDifferentialTests {
    static let keys = [
        "", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdXfgh", "abcdefgH", "abcdefghi", "abcdefghj", "bbcdefghi",
        "committee", "committee_a", "committee_b", "committee_members", "committee_memberz", "date", "data", "amount", "amounts",
        "a\u{0}", "a\u{0}\u{0}", "abcdefgh\u{0}", "\u{0}", "null", "~", "甲", "甲乙", "甲乙丙", "甲乙丙丁", "甲乙丙丙", "é", "e\u{301}",
        "café", "cafe\u{301}", "x\"y", "back\\slash", String(repeating: "k", count: 40), String(repeating: "k", count: 39) + "j",
    ]

    /// A key as a double-quoted YAML scalar, which can write any of them.
    static func quoted(_ key: String) -> String {
        "\"" + key.unicodeScalars.map { s in
            switch s {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\u{0}": "\\0"
            default: String(s)
            }
        }.joined() + "\""
    }

    /// Plainly written where YAML lets it be.
    static func written(_ key: String, _ random: inout SeededRandom) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" } && key != "null"
        return plain && random.int(0...1) == 0 ? key : quoted(key)
    }

    /// Values that take nodes of their own, for a search along the mapping to step over.
    static let values = ["1", "x", "\"v\"", "[1, 2, [3]]", "{p: 1, q: [1, 2, {r: 3}]}", "{}", "[]", "", "~", "null", "Null", "NULL",
                         "nUll", "nul", "nulls", "\"null\"", "'~'", "~~", "0", "'NULL'"]

    /// A mapping, one key a line (so key `i` is on line `i + 1`).
    static func mapping(_ keys: [String], _ random: inout SeededRandom) -> String {
        keys.map { "\(written($0, &random)): \(random.pick(values))\n" }.joined()
    }

    /// Lookups and unknown keys, on mappings whose keys are all different.
    @Test func keysAreFoundAsComparingTheirBytesFindsThem() throws {
        var random = SeededRandom(20261205, 11)
        for _ in 0..<1_500 {
            var keys: [String] = []
            for _ in 0..<random.int(1...8) {
                let key = random.pick(Self.keys)
                if !keys.contains(key) { keys.append(key) }
            }
            let text = Self.mapping(keys, &random)
            guard case .success(let document) = YAMLDocument.parse(text) else {
                Issue.record("not read: \(text.debugDescription)")
                continue
            }
            let written = document.keys(of: document.root)
            #expect(written.map { document.text($0) ?? "(not a scalar)" } == keys)
            func bytes(_ node: YAMLNode) -> [UInt8]? { document.kind(node).isScalar ? document.text(node).map { Array($0.utf8) } : nil }
            for query in Self.keys {
                let plain = written.first { bytes($0) == Array(query.utf8) }.map { YAMLNode(index: $0.index + 1) }
                #expect(document.value(of: query, in: document.root) == plain, "\(query.debugDescription) in \(text.debugDescription)")
            }
            let names = Self.keys.filter { _ in random.int(0...2) == 0 }
            let unknown = written.filter { key in !names.contains { Array($0.utf8) == bytes(key) } }
            #expect(document.keys(of: document.root, notIn: names) == unknown, "\(names) in \(text.debugDescription)")
            for key in written {
                let value = YAMLNode(index: key.index + 1)
                let plain = document.kind(value) == .plainScalar && ["", "~", "null", "Null", "NULL"].contains(document.text(value))
                #expect(document.isNull(value) == plain, "\(text.debugDescription)")
            }
        }
    }

    /// Keys written twice are refused, all of them named, at the first place the first of them (in sorted order)
    /// is written; keys that differ are not, however alike their first bytes.
    @Test func keysWrittenTwiceAreFoundAsComparingTheirTextFindsThem() throws {
        var random = SeededRandom(20261205, 12)
        var refused = 0
        for _ in 0..<1_500 {
            let keys = (0..<random.int(1...8)).map { _ in random.pick(Self.keys) }
            let text = Self.mapping(keys, &random)
            let repeated = Set(keys.indices.filter { later in keys[..<later].contains(keys[later]) }.map { keys[$0] })
            switch YAMLDocument.parse(text) {
            case .success:
                #expect(repeated.isEmpty, "\(repeated) not found in \(text.debugDescription)")
            case .failure(let problem):
                guard case .duplicateKeys(let names) = problem.kind else {
                    Issue.record("\(problem) in \(text.debugDescription)")
                    continue
                }
                refused += 1
                #expect(Set(names) == repeated && names.count == repeated.count, "\(names) for \(repeated) in \(text.debugDescription)")
                if let first = repeated.min() {
                    #expect(problem.line == 1 + keys.firstIndex(of: first)!, "\(text.debugDescription)")
                }
            }
        }
        #expect(refused > 300, "only \(refused) mappings with keys written twice")
    }
}
