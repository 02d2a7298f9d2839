import Foundation

/// An `Encoder` that writes what JSONEncoder writes with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`
/// for the values the open data holds (strings, integers, booleans, nulls, arrays and objects), at a fraction of
/// its cost: JSONEncoder was a fifth of a city's full build, most of it boxing and casting every value. A value
/// of any other kind (a floating-point number, a `Date`, `Data`, a `URL`, a `Decimal`, which JSONEncoder writes
/// in ways of its own) is refused, and `DataJSON.encode` gives it to JSONEncoder. Tests hold the two to the same bytes.
///
/// The value is gathered into a tree first, since the keys are written sorted. A city's build encodes some
/// 30,000 records of tens of fields each, so the tree is lean: a field's plain value (text, number, flag, null)
/// is held in its container, not in a node of its own, and the coding path is a chain of links read only when asked for.
struct DataJSONEncoder {
    /// A value this encoder leaves to JSONEncoder.
    struct Refused: Error {}

    static func encode(_ value: some Encodable) throws -> [UInt8] {
        var out: [UInt8] = []
        try Member.encoded(value, path: nil).write(to: &out, depth: 0)
        return out
    }

    /// One value of the tree: a plain one, or a container its `encode(to:)` fills in.
    enum Member {
        case null, bool(Bool), signed(Int64), unsigned(UInt64), string(String)
        case container(Node)

        /// `value` as a member: a string, an integer or a flag taken as it is, anything else through its own
        /// `encode(to:)`, but for the kinds JSONEncoder writes its own way. A value that encodes nothing is refused
        /// too (JSONEncoder then writes the whole, as it would have).
        static func encoded<T: Encodable>(_ value: T, path: CodingPathLink?) throws -> Member {
            // The common plain kinds without an encoder made for them (the same bytes as through one).
            if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
            if T.self == Int.self { return .signed(Int64(unsafeBitCast(value, to: Int.self))) }
            if T.self == Int64.self { return .signed(unsafeBitCast(value, to: Int64.self)) }
            if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
            guard T.self != Double.self, T.self != Float.self, T.self != Date.self, T.self != Data.self, T.self != URL.self,
                  T.self != Decimal.self else { throw Refused() }
            let node = Node(path: path)
            try value.encode(to: NodeEncoder(node: node))
            return try node.member()
        }

        func write(to out: inout [UInt8], depth: Int) throws {
            switch self {
            case .null: out += "null".utf8
            case .bool(let flag): out += (flag ? "true" : "false").utf8
            case .signed(let number): DecimalDigits.append(number, to: &out)
            case .unsigned(let number): DecimalDigits.append(number, to: &out)
            case .string(let text): JSONString.append(text, to: &out)
            case .container(let node): try node.write(to: &out, depth: depth)
            }
        }
    }

    /// The coding path, one link for each keyed level below the top (an array's members are not numbered in it, as
    /// JSONEncoder numbers them: no value the open data encodes reads its path), read only when a value asks for it.
    final class CodingPathLink {
        let parent: CodingPathLink?
        let key: any CodingKey

        init(_ parent: CodingPathLink?, _ key: any CodingKey) {
            self.parent = parent
            self.key = key
        }

        static func path(to link: CodingPathLink?) -> [any CodingKey] {
            var keys: [any CodingKey] = []
            var link = link
            while let current = link {
                keys.append(current.key)
                link = current.parent
            }
            return keys.reversed()
        }
    }

    /// A value being encoded: unset until its `encode(to:)` asks for a container or writes a plain value.
    final class Node {
        enum Content {
            case unset
            case plain(Member)
            case array([Member])
            /// Fields in the order they were encoded; written as JSONEncoder writes them (`merged`).
            case object([(key: String, member: Member)])
        }

        var content = Content.unset
        let path: CodingPathLink?

        init(path: CodingPathLink?) { self.path = path }

        func makeObject() {
            if case .object = content { return }
            content = .object([])
        }

        func makeArray() {
            if case .array = content { return }
            content = .array([])
        }

        func set(_ key: String, _ member: Member) {
            guard case .object(var fields) = content else { return }
            content = .unset
            fields.append((key, member))
            content = .object(fields)
        }

        func append(_ member: Member) {
            guard case .array(var items) = content else { return }
            content = .unset
            items.append(member)
            content = .array(items)
        }

        var count: Int {
            if case .array(let items) = content { return items.count }
            return 0
        }

        /// What the node became: a plain value stands for itself, a container for the node.
        func member() throws -> Member {
            switch content {
            case .unset: throw Refused()
            case .plain(let member): return member
            case .array, .object: return .container(self)
            }
        }

        func write(to out: inout [UInt8], depth: Int) throws {
            switch content {
            case .unset: throw Refused()
            case .plain(let member): try member.write(to: &out, depth: depth)
            case .array(let items):
                out.append(UInt8(ascii: "["))
                try Self.members(items.count, depth: depth, close: "]", to: &out) { index, out in try items[index].write(to: &out, depth: depth + 1) }
            case .object(let fields):
                out.append(UInt8(ascii: "{"))
                let written = Self.merged(fields)
                try Self.members(written.count, depth: depth, close: "}", to: &out) { index, out in
                    JSONString.append(written[index].key, to: &out)
                    out += " : ".utf8
                    try written[index].member.write(to: &out, depth: depth + 1)
                }
            }
        }

        /// The fields as JSONEncoder writes them: keys Swift holds for one (`é` written as one scalar or as `e` and
        /// an accent) are one field, under the first one's spelling with the last one's value; sorted by their bytes.
        private static func merged(_ fields: [(key: String, member: Member)]) -> [(key: String, member: Member)] {
            let order = fields.indices.sorted { fields[$0].key < fields[$1].key || fields[$0].key == fields[$1].key && $0 < $1 }
            var merged: [(key: String, member: Member)] = []
            merged.reserveCapacity(order.count)
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count && fields[order[end]].key == fields[order[start]].key { end += 1 }
                merged.append((fields[order[start]].key, fields[order[end - 1]].member))
                start = end
            }
            // Swift's order reads the text in its canonical form; JSONEncoder's is the bytes'. For ASCII keys (the
            // open data's all) the two are one.
            guard !merged.allSatisfy({ $0.key.utf8.allSatisfy { $0 < 0x80 } }) else { return merged }
            return merged.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
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
        var codingPath: [any CodingKey] { CodingPathLink.path(to: node.path) }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed(node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] { CodingPathLink.path(to: node.path) }

        private func set(_ key: Key, _ member: Member) { node.set(key.stringValue, member) }

        /// A node for a container or value under `key`, set in place now and filled in after.
        private func child(_ key: Key) -> Node {
            let child = Node(path: CodingPathLink(node.path, key))
            set(key, .container(child))
            return child
        }

        /// The container under `key` when one of the kind is there already: JSONEncoder adds to a nested container
        /// asked for twice rather than starting another.
        private func existing(_ key: Key, isObject: Bool) -> Node? {
            guard case .object(let fields) = node.content, let field = fields.last(where: { $0.key == key.stringValue }),
                  case .container(let nested) = field.member else { return nil }
            switch nested.content {
            case .object: return isObject ? nested : nil
            case .array: return isObject ? nil : nested
            default: return nil
            }
        }

        mutating func encodeNil(forKey key: Key) throws { set(key, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(key, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Refused() }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Refused() }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(key, .signed(Int64(value))) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(key, .signed(Int64(value))) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(key, .signed(Int64(value))) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(key, .signed(Int64(value))) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(key, .signed(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(key, .unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(key, .unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(key, .unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(key, .unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(key, .unsigned(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(key, try Member.encoded(value, path: CodingPathLink(node.path, key)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = existing(key, isObject: true) ?? child(key)
            nested.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = existing(key, isObject: false) ?? child(key)
            nested.makeArray()
            return Unkeyed(node: nested)
        }

        mutating func superEncoder() -> any Encoder {
            // Under `super`, as JSONEncoder puts it; `Key` may have no such case, so the node is keyed by its name.
            let parent = Node(path: node.path)
            node.set("super", .container(parent))
            return NodeEncoder(node: parent)
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { CodingPathLink.path(to: node.path) }
        var count: Int { node.count }

        private func next() -> Node {
            let child = Node(path: node.path)
            node.append(.container(child))
            return child
        }

        mutating func encodeNil() throws { node.append(.null) }
        mutating func encode(_ value: Bool) throws { node.append(.bool(value)) }
        mutating func encode(_ value: String) throws { node.append(.string(value)) }
        mutating func encode(_ value: Double) throws { throw Refused() }
        mutating func encode(_ value: Float) throws { throw Refused() }
        mutating func encode(_ value: Int) throws { node.append(.signed(Int64(value))) }
        mutating func encode(_ value: Int8) throws { node.append(.signed(Int64(value))) }
        mutating func encode(_ value: Int16) throws { node.append(.signed(Int64(value))) }
        mutating func encode(_ value: Int32) throws { node.append(.signed(Int64(value))) }
        mutating func encode(_ value: Int64) throws { node.append(.signed(value)) }
        mutating func encode(_ value: UInt) throws { node.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt8) throws { node.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt16) throws { node.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt32) throws { node.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt64) throws { node.append(.unsigned(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { node.append(try Member.encoded(value, path: node.path)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = next()
            nested.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = next()
            nested.makeArray()
            return Unkeyed(node: nested)
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: next()) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { CodingPathLink.path(to: node.path) }

        private func set(_ member: Member) { node.content = .plain(member) }

        mutating func encodeNil() throws { set(.null) }
        mutating func encode(_ value: Bool) throws { set(.bool(value)) }
        mutating func encode(_ value: String) throws { set(.string(value)) }
        mutating func encode(_ value: Double) throws { throw Refused() }
        mutating func encode(_ value: Float) throws { throw Refused() }
        mutating func encode(_ value: Int) throws { set(.signed(Int64(value))) }
        mutating func encode(_ value: Int8) throws { set(.signed(Int64(value))) }
        mutating func encode(_ value: Int16) throws { set(.signed(Int64(value))) }
        mutating func encode(_ value: Int32) throws { set(.signed(Int64(value))) }
        mutating func encode(_ value: Int64) throws { set(.signed(value)) }
        mutating func encode(_ value: UInt) throws { set(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt8) throws { set(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt16) throws { set(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt32) throws { set(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt64) throws { set(.unsigned(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { set(try Member.encoded(value, path: node.path)) }
    }
}
