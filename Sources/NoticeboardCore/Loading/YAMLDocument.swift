internal import CYAML

/// A YAML node and where it starts (line and column from 1, columns in Unicode scalars, as libyaml counts).
indirect enum YAMLNode {
    case scalar(String, plain: Bool, line: Int, column: Int)
    case sequence([YAMLNode], line: Int, column: Int)
    case mapping([(key: YAMLNode, value: YAMLNode)], line: Int, column: Int)

    var line: Int {
        switch self { case .scalar(_, _, let line, _), .sequence(_, let line, _), .mapping(_, let line, _): line }
    }

    var column: Int {
        switch self { case .scalar(_, _, _, let column), .sequence(_, _, let column), .mapping(_, _, let column): column }
    }
}

/// Why a document could not be read, and where.
struct YAMLProblem: Error {
    enum Kind {
        /// libyaml's own reason: its context and problem, as it words them.
        case syntax(String)
        case duplicateKeys([String])
        /// `&anchor` or `*alias`: records never need them, and an alias must not expand into a bomb.
        case anchor
        case tooDeep
        case emptyDocument
    }

    let kind: Kind
    let line: Int
    let column: Int
}

/// Reads one YAML document through libyaml's event API into nodes: no tree of objects, no tags resolved
/// (every scalar is text, parsed exactly by the record's decoder), every node with its position.
enum YAMLDocument {
    /// Nesting no record needs: deeper documents are refused rather than recursed into.
    static let deepest = 64

    private enum Open {
        case sequence([YAMLNode], line: Int, column: Int)
        case mapping([(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?, line: Int, column: Int)
    }

    static func parse(_ text: String) -> Result<YAMLNode, YAMLProblem> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLProblem(kind: .syntax("libyaml could not start"), line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return read(&parser)
        }
    }

    private static func read(_ parser: inout yaml_parser_t) -> Result<YAMLNode, YAMLProblem> {
        var open: [Open] = []
        var root: YAMLNode?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(problem(parser)) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            var finished: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else { return .failure(YAMLProblem(kind: .emptyDocument, line: 1, column: 1)) }
                return .success(root)
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
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                finished = .scalar(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchored = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor != nil : event.data.mapping_start.anchor != nil
                if anchored { return .failure(YAMLProblem(kind: .anchor, line: line, column: column)) }
                guard open.count < deepest else { return .failure(YAMLProblem(kind: .tooDeep, line: line, column: column)) }
                open.append(event.type == YAML_SEQUENCE_START_EVENT ? .sequence([], line: line, column: column)
                                                                     : .mapping([], pendingKey: nil, line: line, column: column))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                switch open.removeLast() {
                case .sequence(let items, let line, let column):
                    finished = .sequence(items, line: line, column: column)
                case .mapping(let pairs, _, let line, let column):
                    if let duplicate = duplicates(pairs) { return .failure(duplicate) }
                    finished = .mapping(pairs, line: line, column: column)
                }
            default:
                break
            }
            guard let node = finished else { continue }
            switch open.popLast() {
            case nil: root = node
            case .sequence(var items, let line, let column)?:
                items.append(node)
                open.append(.sequence(items, line: line, column: column))
            case .mapping(var pairs, let key, let line, let column)?:
                if let key {
                    pairs.append((key, node))
                    open.append(.mapping(pairs, pendingKey: nil, line: line, column: column))
                } else {
                    open.append(.mapping(pairs, pendingKey: node, line: line, column: column))
                }
            }
        }
    }

    /// Keys written twice in one mapping, sorted, at the first place the first of them is written.
    /// Records' mappings have a few keys: comparing each with the ones before costs less than hashing.
    private static func duplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLProblem? {
        let keys = pairs.map { $0.key.text }
        var repeated: Set<String> = []
        for i in keys.indices {
            guard let key = keys[i] else { continue }
            if keys[..<i].contains(key) { repeated.insert(key) }
        }
        guard let smallest = repeated.min(), let first = keys.firstIndex(of: smallest) else { return nil }
        let at = pairs[first].key
        return YAMLProblem(kind: .duplicateKeys(repeated.sorted()), line: at.line, column: at.column)
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
