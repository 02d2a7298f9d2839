import Foundation
import Testing
@testable import NoticeboardOpenData

/// The open data's JSON is written by `DataJSONEncoder`: for every value it takes, the bytes JSONEncoder writes;
/// a value it refuses goes to JSONEncoder itself.
@Suite struct DataJSONEncoderTests {
    /// A JSON-like value encoded through every kind of container the Codable protocols offer.
    indirect enum Tree: Encodable {
        case null, flag(Bool), number(Int), big(Int64), small(UInt8), text(String), list([Tree]), object([(String, Tree)])
        /// An object written through a nested container, with an optional that is present and one that is not.
        case nested(String, Tree, String?)
        /// A list written through a nested unkeyed container inside a keyed one.
        case wrapped([Tree])
        /// A dictionary, as Swift's own `Dictionary` encodes itself.
        case counts([String: Int])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .null:
                var single = encoder.singleValueContainer()
                try single.encodeNil()
            case .flag(let flag): try flag.encode(to: encoder)
            case .number(let number): try number.encode(to: encoder)
            case .big(let number):
                var single = encoder.singleValueContainer()
                try single.encode(number)
            case .small(let number): try [number].encode(to: encoder)
            case .text(let text): try text.encode(to: encoder)
            case .list(let items):
                var list = encoder.unkeyedContainer()
                for item in items { try list.encode(item) }
            case .object(let fields):
                var object = encoder.container(keyedBy: DataKey.self)
                for (key, value) in fields { try object.encode(value, forKey: DataKey(key)) }
            case .nested(let key, let value, let optional):
                var object = encoder.container(keyedBy: DataKey.self)
                var inner = object.nestedContainer(keyedBy: DataKey.self, forKey: DataKey(key))
                try inner.encode(value, forKey: DataKey("value"))
                try inner.encodeIfPresent(optional, forKey: DataKey("present"))
                try inner.encodeIfPresent(String?.none, forKey: DataKey("absent"))
                try inner.encode(optional, forKey: DataKey("optional"))
                try inner.encodeNil(forKey: DataKey("nothing"))
            case .wrapped(let items):
                var object = encoder.container(keyedBy: DataKey.self)
                var list = object.nestedUnkeyedContainer(forKey: DataKey("items"))
                for item in items { try list.encode(item) }
                try list.encode(-7)
                try list.encodeNil()
            case .counts(let counts): try counts.encode(to: encoder)
            }
        }
    }

    /// A deterministic run of trees, of every case, up to `depth` deep.
    static func tree(_ seed: Int, depth: Int) -> Tree {
        let texts = DataPackageJSONTests.pieces
        let text = DataPackageJSONTests.text(seed)
        let keys = ["a", "B", "a10", "a2", "_x", "total_income_fen", "total_income_yuan", "é", "馨园", "", "z"]
        let children = { (count: Int) in (0..<count).map { tree(seed * 31 + $0 * 7 + 3, depth: depth - 1) } }
        switch depth <= 0 ? seed % 6 : seed % 11 {
        case 0: return .null
        case 1: return .flag(seed % 2 == 0)
        case 2: return .number(seed % 3 == 0 ? -seed : seed * 1_000_003)
        case 3: return .big(Int64.max - Int64(seed))
        case 4: return .small(UInt8(seed % 256))
        case 5: return .text(text)
        case 6: return .list(children(seed % 4))
        case 7: return .object(children(seed % 5).enumerated().map { (keys[($0.offset * 5 + seed) % keys.count], $0.element) })
        case 8: return .nested(keys[seed % keys.count], tree(seed + 1, depth: depth - 1), seed % 2 == 0 ? nil : texts[seed % texts.count])
        case 9: return .wrapped(children(seed % 3))
        default: return .counts(Dictionary(uniqueKeysWithValues: (0..<(seed % 4)).map { (keys[($0 + seed) % keys.count], $0 - 1) }))
        }
    }

    @Test func everyTreeIsWrittenAsJSONEncoderWritesIt() throws {
        for seed in 0..<400 {
            let tree = Self.tree(seed, depth: 4)
            let fast = try DataJSONEncoder.encode(tree) + [0x0A]
            #expect(fast == DataJSON.encodedByFoundation(tree), "seed \(seed)")
        }
    }

    @Test func theOpenDatasRecordsAreWrittenAsJSONEncoderWritesThem() throws {
        let line = DataTableTests.line
        let values: [any Encodable] = [line, [line, line], [StatementData.Line](), DataPackageJSONTests.package(resources: 3, seed: 1),
                                       StatementData.Line.table.schema(json: true)]
        for value in values {
            let fast = try DataJSONEncoder.encode(value) + [0x0A]
            #expect(fast == DataJSON.encodedByFoundation(value))
        }
    }

    /// A class's parent part under `super`, asked for through keys that have no such case.
    @Test func aSuperEncoderIsWrittenUnderSuper() throws {
        struct Child: Encodable {
            enum CodingKeys: String, CodingKey { case name }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode("馨园", forKey: .name)
                try "parent".encode(to: c.superEncoder())
                try 3.encode(to: c.superEncoder(forKey: .name))
            }
        }
        #expect(try DataJSONEncoder.encode(Child()) + [0x0A] == DataJSON.encodedByFoundation(Child()))
    }

    /// Keys as JSONEncoder treats them: two spellings Swift holds for one key (`é` as one scalar, or `e` and an accent)
    /// are one field, with the first spelling and the last value; keys in the order of their bytes, which is not always
    /// Swift's (a compatibility ideograph reads as the character it stands for); a nested container asked for again
    /// under one key is added to, keyed or not.
    @Test func keysAndNestedContainersAsJSONEncoderHasThem() throws {
        struct Keys: Encodable {
            let keys: [String]
            func encode(to encoder: any Encoder) throws {
                var object = encoder.container(keyedBy: DataKey.self)
                for (index, key) in keys.enumerated() { try object.encode(index, forKey: DataKey(key)) }
            }
        }
        struct Twice: Encodable {
            func encode(to encoder: any Encoder) throws {
                var object = encoder.container(keyedBy: DataKey.self)
                var first = object.nestedContainer(keyedBy: DataKey.self, forKey: DataKey("k"))
                try first.encode(1, forKey: DataKey("x"))
                var second = object.nestedContainer(keyedBy: DataKey.self, forKey: DataKey("k"))
                try second.encode(2, forKey: DataKey("y"))
                var list = object.nestedUnkeyedContainer(forKey: DataKey("l"))
                try list.encode(1)
                var again = object.nestedUnkeyedContainer(forKey: DataKey("l"))
                try again.encode(2)
            }
        }
        let cases: [any Encodable] = [
            Keys(keys: ["\u{E9}", "e\u{301}"]), Keys(keys: ["e\u{301}", "a", "\u{E9}"]),
            Keys(keys: ["\u{F900}", "\u{8C49}"]), Keys(keys: ["\u{8C49}", "\u{F900}", "B", "a", "\u{E9}"]),
            Twice(),
        ]
        for value in cases {
            let fast = try DataJSONEncoder.encode(value) + [0x0A]
            #expect(fast == DataJSON.encodedByFoundation(value), "\(String(decoding: fast, as: UTF8.self))")
        }
    }

    /// What JSONEncoder writes its own way is left to it: the bytes are still JSONEncoder's.
    @Test func aValueItDoesNotTakeGoesToJSONEncoder() {
        struct Odd: Encodable {
            let share: Double, when: Date, link: URL, blob: Data, exact: Decimal
        }
        let odd = Odd(share: 0.1, when: Date(timeIntervalSinceReferenceDate: 12.5), link: URL(string: "https://a.example/x")!,
                      blob: Data([1, 2, 3]), exact: Decimal(string: "3720.05")!)
        #expect(throws: DataJSONEncoder.Refused.self) { try DataJSONEncoder.encode(odd) }
        #expect(throws: DataJSONEncoder.Refused.self) { try DataJSONEncoder.encode([1.5]) }
        #expect(throws: DataJSONEncoder.Refused.self) { try DataJSONEncoder.encode(["a": URL(string: "https://a.example/")!]) }
        #expect(DataJSON.encode(odd) == DataJSON.encodedByFoundation(odd))
    }
}
