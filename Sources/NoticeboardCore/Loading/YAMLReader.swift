import Yams

/// Reads one YAML document of one file into typed, located values.
/// Problems become IN-00x diagnostics; reading goes on so that every problem is reported at once.
final class YAMLReader {
    let file: String
    /// Lines before the YAML text in the file (the opening `---` of front matter).
    private let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses the text; nil (with an IN-001) when it is not YAML or not a mapping.
    func root(of yaml: String) -> MappingReader? {
        let node: Node?
        do {
            // No implicit tags: every scalar is read as text and parsed exactly here (money, dates),
            // and Yams' default resolver would run regular expressions on every key comparison.
            // The encoding is named: Yams' default reads the process environment for every document.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            report(syntax: error)
            return nil
        } catch {
            report(.in001, at: .file(file), InputMessages.yamlSyntax(String(describing: error)))
            return nil
        }
        guard let node else {
            report(.in001, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), InputMessages.emptyDocument())
            return nil
        }
        return mapping(node, key: .root)
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func report(_ rule: RuleID, at location: SourceLocation, _ message: Message) {
        diagnostics.append(Diagnostic(rule, .error, at: location, message))
    }

    /// A mapping node, or an IN-002 naming the key whose value should have been one.
    func mapping(_ node: Node, key: FieldPath) -> MappingReader? {
        guard let mapping = node.mapping else {
            report(.in002, at: location(of: node), InputMessages.wrongType("\(key)", expected: .init(zh: "键值对（映射）", en: "a mapping of keys to values")))
            return nil
        }
        return MappingReader(mapping: mapping, location: location(of: node), path: key, reader: self)
    }

    /// A scalar read as `kind`; nil for null, and nil with a diagnostic for anything malformed.
    func scalar<T>(_ node: Node, key: FieldPath, _ kind: ValueKind<T>) -> Located<T>? {
        guard let scalar = node.scalar else {
            report(.in002, at: location(of: node), InputMessages.wrongType("\(key)", expected: .init(zh: "单个值（不是列表或映射）", en: "a single value, not a list or mapping")))
            return nil
        }
        if scalar.isNull { return nil }
        switch kind.parse(key, scalar.string) {
        case .success(let value): return Located(value, at: location(of: node))
        case .failure(.wrongType(let message)): report(.in002, at: location(of: node), message)
        case .failure(.malformed(let message)): report(.in003, at: location(of: node), message)
        }
        return nil
    }

    private func report(syntax error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            report(.in001, at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column), InputMessages.yamlSyntax(reason))
        case let .duplicatedKeysInMapping(duplicates, context):
            report(.in001, at: SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column),
                   InputMessages.duplicateKeys(duplicates))
        case let .reader(problem, _, _, _):
            report(.in001, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), InputMessages.yamlSyntax(problem))
        default:
            report(.in001, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), InputMessages.yamlSyntax(String(describing: error)))
        }
    }
}

extension Node.Scalar {
    /// `key:` with nothing after it, or `~` / `null`.
    var isNull: Bool {
        style == .plain && (string.isEmpty || string == "~" || string == "null" || string == "Null" || string == "NULL")
    }
}

/// One mapping of a document, read against the keys it may hold.
struct MappingReader {
    let mapping: Node.Mapping
    let location: SourceLocation
    /// Where this mapping is in its file, for messages (`committee.members`).
    let path: FieldPath
    let reader: YAMLReader
    /// Values by their key's text, built once (Yams' own lookup compares nodes one by one).
    private let values: [String: Node]

    init(mapping: Node.Mapping, location: SourceLocation, path: FieldPath, reader: YAMLReader) {
        self.mapping = mapping
        self.location = location
        self.path = path
        self.reader = reader
        var values: [String: Node] = [:]
        for (key, value) in mapping { if let text = key.scalar?.string, values[text] == nil { values[text] = value } }
        self.values = values
    }

    /// Reports every key not in `keys` (IN-002 with a "did you mean"). Call once per mapping.
    @discardableResult
    func expect(keys: [String]) -> MappingReader {
        for (keyNode, _) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if !keys.contains(key) {
                reader.report(.in002, at: reader.location(of: keyNode),
                              InputMessages.unknownKey("\(qualified(key))", expected: keys, suggestion: Suggestion.closest(to: key, among: keys)))
            }
        }
        return self
    }

    func qualified(_ key: String) -> FieldPath { path.child(key) }

    func node(_ key: String) -> Node? {
        guard let node = values[key] else { return nil }
        if let scalar = node.scalar, scalar.isNull { return nil }
        return node
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// Where the key's value is written, or this mapping when the key is absent: what a rule blames.
    func location(of key: String) -> SourceLocation {
        node(key).map(reader.location(of:)) ?? location
    }

    func optional<T>(_ key: String, _ kind: ValueKind<T>) -> Located<T>? {
        guard let node = node(key) else { return nil }
        return reader.scalar(node, key: qualified(key), kind)
    }

    func required<T>(_ key: String, _ kind: ValueKind<T>) -> Located<T>? {
        guard let node = values[key] else {
            reader.report(.in002, at: location, InputMessages.missingKey("\(qualified(key))"))
            return nil
        }
        if let scalar = node.scalar, scalar.isNull || scalar.string.trimmedOfSpaces.isEmpty {
            reader.report(.in002, at: reader.location(of: node), InputMessages.emptyValue("\(qualified(key))"))
            return nil
        }
        return reader.scalar(node, key: qualified(key), kind)
    }

    /// A nested mapping; `required` reports its absence.
    func mapping(_ key: String, required: Bool = false) -> MappingReader? {
        guard let node = node(key) else {
            if required { reader.report(.in002, at: location, InputMessages.missingKey("\(qualified(key))")) }
            return nil
        }
        return reader.mapping(node, key: qualified(key))
    }

    /// A list of items; an absent list is empty (or an IN-002 when required).
    func list<T>(_ key: String, required: Bool = false, _ item: (Node, FieldPath) -> T?) -> [T] {
        guard let node = node(key) else {
            if required { reader.report(.in002, at: location, InputMessages.missingKey("\(qualified(key))")) }
            return []
        }
        guard let sequence = node.sequence else {
            reader.report(.in002, at: reader.location(of: node), InputMessages.wrongType("\(qualified(key))", expected: .init(zh: "列表（以 - 开头的各项）", en: "a list")))
            return []
        }
        let listPath = qualified(key)
        return sequence.enumerated().compactMap { index, element in item(element, listPath.item(index + 1)) }
    }

    /// A list of scalars of one kind.
    func scalars<T>(_ key: String, required: Bool = false, _ kind: ValueKind<T>) -> [Located<T>] {
        list(key, required: required) { node, path in reader.scalar(node, key: path, kind) }
    }

    /// A list of mappings, each read by `read`.
    func records<T>(_ key: String, required: Bool = false, _ read: (MappingReader) -> T?) -> [T] {
        list(key, required: required) { node, path in reader.mapping(node, key: path).flatMap(read) }
    }

    /// Every key of this mapping with its value node, in written order.
    var entries: [(key: Located<String>, value: Node)] {
        mapping.map { (Located($0.key.scalar?.string ?? "", at: reader.location(of: $0.key)), $0.value) }
    }
}
