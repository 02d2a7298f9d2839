internal import CYAML
import NoticeboardSupport
import NoticeboardValues

/// A node of a `YAMLDocument`: its place in the document's list of nodes.
package struct YAMLNode: Equatable {
    package let index: Int
}

/// One YAML document read through libyaml's event API. Every node is in one list, in the order written:
/// a sequence is followed by its items, a mapping by its keys and values in turn, and each container knows
/// where its contents end. No object per node and no tags resolved (every scalar is text, parsed exactly
/// by the record's decoder); every node has where it starts (line and column from 1, columns in Unicode
/// scalars, as libyaml counts).
package final class YAMLDocument {
    package enum Kind: UInt8 {
        /// `plainScalar` is written without quotes: only it can be `~` or `null`.
        case scalar, plainScalar, sequence, mapping

        package var isScalar: Bool { self == .scalar || self == .plainScalar }
    }

    /// A node's place in the list. A scalar's text is kept as a span of the document's `bytes`, so that a node
    /// is copied without counting references and a key is compared without ever becoming a `String`.
    package struct Node {
        package var kind: Kind
        package var line: Int32, column: Int32
        /// The index just past this node and its contents.
        package var end: Int
        /// A scalar's text in `bytes`; empty for a container.
        package var start: Int, count: Int
        /// A scalar's first eight bytes in one word (`firstEightBytes`), and whether all its bytes are ASCII.
        package var head: UInt64 = 0, isASCII = true
    }

    /// Nesting no record needs: deeper documents are refused rather than recursed into.
    package static let deepest = 64

    package let nodes: [Node]
    /// Every scalar's UTF-8 text, one after another.
    private let bytes: [UInt8]

    private init(nodes: [Node], bytes: [UInt8]) {
        self.nodes = nodes
        self.bytes = bytes
    }

    /// The document's top node.
    package var root: YAMLNode { YAMLNode(index: 0) }

    package func kind(_ node: YAMLNode) -> Kind { nodes[node.index].kind }

    package func line(_ node: YAMLNode) -> Int { Int(nodes[node.index].line) }

    package func column(_ node: YAMLNode) -> Int { Int(nodes[node.index].column) }

    /// A scalar's text; nil for a list or mapping.
    package func text(_ node: YAMLNode) -> String? {
        let entry = nodes[node.index]
        guard entry.kind.isScalar else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<entry.start + entry.count]), as: UTF8.self) }
    }

    /// Whether the node at `index` is a scalar written as `key`: the lengths and first eight bytes, then any bytes after them.
    private func isScalar(_ index: Int, _ key: ScalarKey) -> Bool {
        let entry = nodes[index]
        guard entry.kind.isScalar, entry.count == key.count, entry.head == key.head else { return false }
        return entry.count <= 8 || Self.same(bytes, entry, key.text)
    }

    private static func same(_ bytes: [UInt8], _ entry: Node, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { key in
            bytes.withUnsafeBufferPointer { $0.sameBytes(at: entry.start, as: key, at: 0, count: entry.count) }
        }
    }

    /// `key:` with nothing after it, or `~` / `null`.
    package func isNull(_ node: YAMLNode) -> Bool {
        let entry = nodes[node.index]
        guard entry.kind == .plainScalar else { return false }
        switch entry.count {
        case 0: return true
        case 1: return bytes[entry.start] == UInt8(ascii: "~")
        case 4: return Self.same(bytes, entry, "null") || Self.same(bytes, entry, "Null") || Self.same(bytes, entry, "NULL")
        default: return false
        }
    }

    /// A sequence's items.
    package func items(of sequence: YAMLNode) -> [YAMLNode] {
        var items: [YAMLNode] = []
        var child = sequence.index + 1
        while child < nodes[sequence.index].end {
            items.append(YAMLNode(index: child))
            child = nodes[child].end
        }
        return items
    }

    /// A mapping's value for the scalar key `key` (the first, should it be written twice).
    /// Records' mappings have a few keys: a look along them costs less than a dictionary built for each.
    package func value(of key: String, in mapping: YAMLNode) -> YAMLNode? {
        let key = ScalarKey(key)
        var child = mapping.index + 1
        let end = nodes[mapping.index].end
        while child < end {
            let value = nodes[child].end
            if isScalar(child, key) { return YAMLNode(index: value) }
            child = nodes[value].end
        }
        return nil
    }

    /// A mapping's keys, in written order.
    package func keys(of mapping: YAMLNode) -> [YAMLNode] {
        var keys: [YAMLNode] = []
        var child = mapping.index + 1
        while child < nodes[mapping.index].end {
            keys.append(YAMLNode(index: child))
            child = nodes[nodes[child].end].end
        }
        return keys
    }

    /// The keys of a mapping that are none of `names`, compared as bytes, in written order.
    package func keys(of mapping: YAMLNode, notIn names: [String]) -> [YAMLNode] {
        let wanted = names.map(ScalarKey.init)
        var unknown: [YAMLNode] = []
        var child = mapping.index + 1
        while child < nodes[mapping.index].end {
            if !wanted.contains(where: { isScalar(child, $0) }) { unknown.append(YAMLNode(index: child)) }
            child = nodes[nodes[child].end].end
        }
        return unknown
    }

    package static func parse(_ text: String) -> Result<YAMLDocument, YAMLProblem> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLProblem(kind: .syntax("libyaml could not start"), line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        var text = text
        return text.withUTF8 { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return read(&parser, length: buffer.count).map { YAMLDocument(nodes: $0.nodes, bytes: $0.bytes) }
        }
    }

    /// `length` is the text's, in bytes: its scalars hold fewer, and a record has about one node per eight bytes
    /// (room made for records' sizes; a larger text grows the lists as it is read).
    private static func read(_ parser: inout yaml_parser_t, length: Int) -> Result<(nodes: [Node], bytes: [UInt8]), YAMLProblem> {
        var nodes: [Node] = [], bytes: [UInt8] = []
        nodes.reserveCapacity(min(length, 64 * 1024) / 8 + 4)
        bytes.reserveCapacity(min(length, 64 * 1024))
        /// The containers not yet ended, by index.
        var open: [Int] = []
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(problem(parser)) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard !nodes.isEmpty else { return .failure(YAMLProblem(kind: .emptyDocument, line: 1, column: 1)) }
                return .success((nodes, bytes))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(YAMLProblem(kind: .syntax("expected a single document in the stream but found another document"), line: line, column: column))
                }
            case YAML_ALIAS_EVENT:
                return .failure(YAMLProblem(kind: .anchor, line: line, column: column))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil { return .failure(YAMLProblem(kind: .anchor, line: line, column: column)) }
                let start = bytes.count
                let text = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
                bytes.append(contentsOf: text)
                nodes.append(Node(kind: scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plainScalar : .scalar,
                                  line: Int32(clamping: line), column: Int32(clamping: column), end: nodes.count + 1, start: start, count: text.count,
                                  head: text.firstEightBytes, isASCII: text.allSatisfy { $0 < 0x80 }))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                let anchored = isSequence ? event.data.sequence_start.anchor != nil : event.data.mapping_start.anchor != nil
                if anchored { return .failure(YAMLProblem(kind: .anchor, line: line, column: column)) }
                guard open.count < deepest else { return .failure(YAMLProblem(kind: .tooDeep, line: line, column: column)) }
                open.append(nodes.count)
                nodes.append(Node(kind: isSequence ? .sequence : .mapping, line: Int32(clamping: line), column: Int32(clamping: column), end: -1, start: 0, count: 0))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let container = open.removeLast()
                nodes[container].end = nodes.count
                if event.type == YAML_MAPPING_END_EVENT, let duplicate = duplicates(in: container, of: nodes, bytes) { return .failure(duplicate) }
            default:
                break
            }
        }
    }

    /// Keys written twice in one mapping, sorted, at the first place the first of them is written.
    /// Records' mappings have a few keys: comparing each with the ones before costs less than hashing.
    private static func duplicates(in mapping: Int, of nodes: [Node], _ bytes: [UInt8]) -> YAMLProblem? {
        func key(after key: Int) -> Int { nodes[nodes[key].end].end }
        func text(_ index: Int) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[nodes[index].start..<nodes[index].start + nodes[index].count]), as: UTF8.self) }
        }
        /// The same bytes, or (beyond ASCII) the same text in Unicode's sense, as two keys a reader cannot tell apart.
        func same(_ a: Int, _ b: Int) -> Bool {
            let x = nodes[a], y = nodes[b]
            guard x.kind.isScalar, y.kind.isScalar else { return false }
            if x.count == y.count, x.head == y.head,
               x.count <= 8 || bytes.withUnsafeBufferPointer({ $0.sameBytes(at: x.start, as: $0, at: y.start, count: x.count) }) {
                return true
            }
            return !(x.isASCII && y.isASCII) && text(a) == text(b)
        }
        let end = nodes[mapping].end
        var repeated: [String: Int] = [:]
        var later = mapping + 1
        while later < end {
            var earlier = mapping + 1
            while earlier < later {
                if same(earlier, later) {
                    let name = text(later)
                    repeated[name] = min(repeated[name] ?? earlier, earlier)
                    break
                }
                earlier = key(after: earlier)
            }
            later = key(after: later)
        }
        guard let smallest = repeated.min(by: { $0.key < $1.key }) else { return nil }
        let first = nodes[smallest.value]
        return YAMLProblem(kind: .duplicateKeys(repeated.keys.sorted()), line: Int(first.line), column: Int(first.column))
    }

    /// libyaml's reason for stopping, with its context, at the place it names.
    private static func problem(_ parser: yaml_parser_t) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { String(cString: $0) }
            let reason = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return YAMLProblem(kind: .syntax(reason), line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        default:
            return YAMLProblem(kind: .syntax(problem), line: 1, column: 1)
        }
    }
}

/// A key to look for in a mapping, with its length and first eight bytes at hand: keys that differ nearly
/// always differ there, so most comparisons are two of whole words, without a call to `memcmp`.
package struct ScalarKey {
    package let text: String
    package let count: Int
    package let head: UInt64

    package init(_ text: String) {
        self.text = text
        var text = text
        (count, head) = text.withUTF8 { ($0.count, $0.firstEightBytes) }
    }
}

/// Why a document could not be read, and where.
package struct YAMLProblem: Error {
    package enum Kind {
        /// libyaml's own reason: its context and problem, as it words them.
        case syntax(String)
        case duplicateKeys([String])
        /// `&anchor` or `*alias`: records never need them, and an alias must not expand into a bomb.
        case anchor
        case tooDeep
        case emptyDocument
    }

    package let kind: Kind
    package let line: Int
    package let column: Int
}
