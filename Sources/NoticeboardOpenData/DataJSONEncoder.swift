import Foundation

/// An `Encoder` that writes what JSONEncoder writes with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`
/// for the values the open data holds (strings, integers, booleans, nulls, arrays and objects), at a fraction of
/// its cost: JSONEncoder was a fifth of a city's full build, most of it boxing and casting every value. A value
/// of any other kind (a floating-point number, a `Date`, `Data`, a `URL`, a `Decimal`, which JSONEncoder writes
/// in ways of its own) is refused, and `DataJSON.encode` gives it to JSONEncoder. Tests hold the two to the same bytes.
struct DataJSONEncoder {
    /// A value this encoder leaves to JSONEncoder.
    struct Refused: Error {}

    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = Node()
        try root.encode(value, path: [])
        var out: [UInt8] = []
        try root.write(to: &out, depth: 0)
        return out
    }

    /// One value of the tree, filled in by the containers the value's `encode(to:)` asks for.
    final class Node {
        enum Content {
            case unset, null, bool(Bool), number(String), string(String)
            case array([Node])
            case object([String: Node])
        }

        var content = Content.unset

        /// `value` into this node: its own `encode(to:)`, but for the kinds JSONEncoder writes its own way.
        func encode<T: Encodable>(_ value: T, path: [any CodingKey]) throws {
            guard T.self != Double.self, T.self != Float.self, T.self != Date.self, T.self != Data.self, T.self != URL.self,
                  T.self != Decimal.self else { throw Refused() }
            try value.encode(to: NodeEncoder(node: self, codingPath: path))
        }

        func makeObject() {
            if case .object = content { return }
            content = .object([:])
        }

        func makeArray() {
            if case .array = content { return }
            content = .array([])
        }

        func set(_ key: String, _ child: Node) {
            guard case .object(var fields) = content else { return }
            content = .unset
            fields[key] = child
            content = .object(fields)
        }

        func append(_ child: Node) {
            guard case .array(var items) = content else { return }
            content = .unset
            items.append(child)
            content = .array(items)
        }

        var count: Int {
            if case .array(let items) = content { return items.count }
            return 0
        }

        func write(to out: inout [UInt8], depth: Int) throws {
            switch content {
            case .unset: throw Refused()
            case .null: out += "null".utf8
            case .bool(let flag): out += (flag ? "true" : "false").utf8
            case .number(let digits): out += digits.utf8
            case .string(let text): JSONString.append(text, to: &out)
            case .array(let items):
                out.append(UInt8(ascii: "["))
                try Self.members(items.count, depth: depth, close: "]", to: &out) { index, out in try items[index].write(to: &out, depth: depth + 1) }
            case .object(let fields):
                out.append(UInt8(ascii: "{"))
                let sorted = fields.sorted { $0.key < $1.key }
                try Self.members(sorted.count, depth: depth, close: "}", to: &out) { index, out in
                    JSONString.append(sorted[index].key, to: &out)
                    out += " : ".utf8
                    try sorted[index].value.write(to: &out, depth: depth + 1)
                }
            }
        }

        /// A container's members, one a line, indented a level deeper than its brackets; an empty one is two line breaks.
        private static func members(_ count: Int, depth: Int, close: Unicode.Scalar, to out: inout [UInt8],
                                    _ member: (Int, inout [UInt8]) throws -> Void) throws {
            out.append(0x0A)
            for index in 0..<count {
                out.append(contentsOf: repeatElement(0x20, count: (depth + 1) * 2))
                try member(index, &out)
                if index < count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            if count == 0 { out.append(0x0A) }
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
            out.append(UInt8(ascii: close))
        }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        private func child(_ key: Key) -> Node {
            let child = Node()
            node.set(key.stringValue, child)
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).content = .null }
        mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).content = .bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { child(key).content = .string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Refused() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Refused() }
        mutating func encode(_ value: Int, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).content = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encode(value, path: codingPath + [key]) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = child(key)
            nested.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: nested, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = child(key)
            nested.makeArray()
            return Unkeyed(node: nested, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            // Under `super`, as JSONEncoder puts it; `Key` may have no such case, so the node is keyed by its name.
            let parent = Node()
            node.set("super", parent)
            return NodeEncoder(node: parent, codingPath: codingPath)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { node.count }

        private func next() -> Node {
            let child = Node()
            node.append(child)
            return child
        }

        mutating func encodeNil() throws { next().content = .null }
        mutating func encode(_ value: Bool) throws { next().content = .bool(value) }
        mutating func encode(_ value: String) throws { next().content = .string(value) }
        mutating func encode(_ value: Double) throws { throw Refused() }
        mutating func encode(_ value: Float) throws { throw Refused() }
        mutating func encode(_ value: Int) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int8) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { next().content = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { next().content = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try next().encode(value, path: codingPath) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = next()
            nested.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = next()
            nested.makeArray()
            return Unkeyed(node: nested, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: next(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .null }
        mutating func encode(_ value: Bool) throws { node.content = .bool(value) }
        mutating func encode(_ value: String) throws { node.content = .string(value) }
        mutating func encode(_ value: Double) throws { throw Refused() }
        mutating func encode(_ value: Float) throws { throw Refused() }
        mutating func encode(_ value: Int) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int8) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { node.content = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { node.content = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, path: codingPath) }
    }
}
