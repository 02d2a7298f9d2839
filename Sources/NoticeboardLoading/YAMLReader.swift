import NoticeboardSupport
import NoticeboardValues

/// Reads one YAML document of one file into typed, located values.
/// Problems become IN-00x diagnostics; reading goes on so that every problem is reported at once.
package final class YAMLReader {
    package let file: String
    /// The file's path as every location read from it holds it (one reference for all of them).
    private let path: SourcePath
    /// Lines before the YAML text in the file (the opening `---` of front matter).
    private let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Keys an unknown key was reported as a misspelling of (`Opening:` for `opening`), by the mapping they
    /// belong in: their absence is the same mistake, so it is not reported a second time.
    private var misspelt: Set<MisspeltKey> = []

    private struct MisspeltKey: Hashable {
        let mapping: Int
        let key: String
    }

    /// Numbers a flow mapping split at their commas, by the node of their first piece: reported when that
    /// value is read, in the form its kind takes (quoted for an amount, without commas for a count).
    private var splitNumbers: [Int: SplitNumber] = [:]

    package init(file: String, lineOffset: Int = 0) {
        self.file = file
        path = SourcePath(file)
        self.lineOffset = lineOffset
    }

    /// Parses the text; nil (with an IN-001) when it is not YAML or not a mapping.
    package func root(of yaml: String) -> MappingReader? {
        switch YAMLDocument.parse(yaml) {
        case .success(let document):
            return mapping(document.root, in: document, key: .root)
        case .failure(let problem):
            let at = SourceLocation(file: file, line: problem.line + lineOffset, column: problem.column)
            switch problem.kind {
            case .syntax(let reason): report(.in001, at: at, InputMessages.yamlSyntax(reason))
            case .duplicateKeys(let keys) where keys.allSatisfy(NumberSpelling.isLaterGroup):
                report(.in001, at: at, InputMessages.duplicateSplitNumbers(keys))
            case .duplicateKeys(let keys): report(.in001, at: at, InputMessages.duplicateKeys(keys))
            case .anchor: report(.in001, at: at, InputMessages.yamlAnchor())
            case .tooDeep: report(.in001, at: at, InputMessages.yamlTooDeep(YAMLDocument.deepest))
            case .emptyDocument: report(.in001, at: at, InputMessages.emptyDocument())
            }
            return nil
        }
    }

    package func location(of node: YAMLNode, in document: YAMLDocument) -> SourceLocation {
        SourceLocation(path: path, line: document.line(node) + lineOffset, column: document.column(node))
    }

    package func report(_ rule: RuleID, at location: SourceLocation, _ message: Message) {
        diagnostics.append(Diagnostic(rule, .error, at: location, message))
    }

    func noteMisspelling(of key: String, in mapping: YAMLNode) {
        misspelt.insert(MisspeltKey(mapping: mapping.index, key: key))
    }

    func isMisspelt(_ key: String, in mapping: YAMLNode) -> Bool {
        misspelt.contains(MisspeltKey(mapping: mapping.index, key: key))
    }

    func noteSplit(_ split: SplitNumber) {
        splitNumbers[split.head.index] = split
    }

    /// A mapping node, or an IN-002 naming the key whose value should have been one.
    package func mapping(_ node: YAMLNode, in document: YAMLDocument, key: FieldPath) -> MappingReader? {
        guard document.kind(node) == .mapping else {
            report(.in002, at: location(of: node, in: document), InputMessages.wrongType("\(key)", expected: .init(zh: "键值对（映射）", en: "a mapping of keys to values")))
            return nil
        }
        return MappingReader(document: document, node: node, location: location(of: node, in: document), path: key, reader: self)
    }

    /// A scalar read as `kind`; nil for null, and nil with a diagnostic for anything malformed.
    package func scalar<T>(_ node: YAMLNode, in document: YAMLDocument, key: FieldName, _ kind: ValueKind<T>) -> Located<T>? {
        guard let text = document.text(node) else {
            report(.in002, at: location(of: node, in: document), InputMessages.wrongType("\(key)", expected: .init(zh: "单个值（不是列表或映射）", en: "a single value, not a list or mapping")))
            return nil
        }
        if document.isNull(node) { return nil }
        return parse(text, at: node, in: document, key: key, kind)
    }

    /// A scalar's `text`, already read from its node, read as `kind`; nil with a diagnostic when malformed.
    package func parse<T>(_ text: String, at node: YAMLNode, in document: YAMLDocument, key: FieldName, _ kind: ValueKind<T>) -> Located<T>? {
        if !splitNumbers.isEmpty, let split = splitNumbers[node.index] {
            report(.in003, at: location(of: node, in: document), InputMessages.splitNumber("\(key)", split: split, in: document, kind: kind))
            return nil
        }
        switch kind.parse(key, text) {
        case .success(let value): return Located(value, at: location(of: node, in: document))
        case .failure(.wrongType(let message)): report(.in002, at: location(of: node, in: document), message)
        case .failure(.malformed(let message)): report(.in003, at: location(of: node, in: document), message)
        }
        return nil
    }
}

/// One mapping of a document, read against the keys it may hold.
package struct MappingReader {
    package let document: YAMLDocument
    package let node: YAMLNode
    package let location: SourceLocation
    /// Where this mapping is in its file, for messages (`committee.members`).
    package let path: FieldPath
    package let reader: YAMLReader

    /// The value of `key` as written (the first, should it be written twice).
    private func value(_ key: String) -> YAMLNode? {
        document.value(of: key, in: node)
    }

    /// Reports every key not in `keys` (IN-002 with a "did you mean"). Call once per mapping.
    @discardableResult
    package func expect(keys: [String]) -> MappingReader {
        let unknown = document.keys(of: node, notIn: keys)
        guard !unknown.isEmpty else { return self }
        // `amount: 1,200` in `{…}` reads as `amount: 1` and a key `200`: said as the number it was, when its value is
        // read (or here, when its key is unknown too).
        var pieces: Set<Int> = []
        for split in SplitNumber.find(in: node, of: document) {
            if unknown.contains(split.key) {
                reader.report(.in003, at: location(of: split.head), InputMessages.splitNumber("\(qualified(document.text(split.key) ?? ""))", split: split, in: document))
            } else {
                reader.noteSplit(split)
            }
            pieces.formUnion(split.rest.map(\.index))
        }
        for keyNode in unknown where !pieces.contains(keyNode.index) {
            let key = document.text(keyNode) ?? ""
            let suggestion = Suggestion.closest(to: key, among: keys)
            if let suggestion, !has(suggestion) { reader.noteMisspelling(of: suggestion, in: node) }
            reader.report(.in002, at: location(of: keyNode), InputMessages.unknownKey("\(qualified(key))", expected: keys, suggestion: suggestion))
        }
        return self
    }

    /// IN-002 for a required key that is absent, unless it is written under a misspelling already reported.
    private func reportMissing(_ key: String) {
        guard !reader.isMisspelt(key, in: node) else { return }
        reader.report(.in002, at: location, InputMessages.missingKey("\(qualified(key))"))
    }

    package func qualified(_ key: String) -> FieldPath { path.child(key) }

    package func node(_ key: String) -> YAMLNode? {
        guard let node = value(key), !document.isNull(node) else { return nil }
        return node
    }

    package func location(of node: YAMLNode) -> SourceLocation {
        reader.location(of: node, in: document)
    }

    /// A scalar of this mapping's document read as `kind`, as `YAMLReader.scalar`.
    package func scalar<T>(_ node: YAMLNode, key: FieldName, _ kind: ValueKind<T>) -> Located<T>? {
        reader.scalar(node, in: document, key: key, kind)
    }

    /// A mapping of this mapping's document, as `YAMLReader.mapping`.
    package func mapping(_ node: YAMLNode, key: FieldPath) -> MappingReader? {
        reader.mapping(node, in: document, key: key)
    }

    package func has(_ key: String) -> Bool { node(key) != nil }

    /// Where the key's value is written, or this mapping when the key is absent: what a rule blames.
    package func location(of key: String) -> SourceLocation {
        node(key).map(location(of:)) ?? location
    }

    /// The value of `key`, or nil when it is absent, null, or blank: `duty: " "` says nothing, so it is missing.
    package func optional<T>(_ key: String, _ kind: ValueKind<T>) -> Located<T>? {
        guard let node = node(key) else { return nil }
        // The text is made once: a Chinese value is long enough to cost an allocation each time.
        guard let text = document.text(node) else { return scalar(node, key: FieldName(key, in: path), kind) }
        return text.isBlank ? nil : reader.parse(text, at: node, in: document, key: FieldName(key, in: path), kind)
    }

    package func required<T>(_ key: String, _ kind: ValueKind<T>) -> Located<T>? {
        guard let node = value(key) else {
            reportMissing(key)
            return nil
        }
        let text = document.text(node)
        if document.isNull(node) || text?.isBlank == true {
            reader.report(.in002, at: location(of: node), InputMessages.emptyValue("\(qualified(key))"))
            return nil
        }
        guard let text else { return scalar(node, key: FieldName(key, in: path), kind) }
        return reader.parse(text, at: node, in: document, key: FieldName(key, in: path), kind)
    }

    /// A nested mapping; `required` reports its absence.
    package func mapping(_ key: String, required: Bool = false) -> MappingReader? {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return mapping(node, key: qualified(key))
    }

    /// A list of items; an absent list is empty (or an IN-002 when required).
    /// A single scalar stands for a list of one when `single` is true: `checked_by: 傅红梅` is what people write.
    package func list<T>(_ key: String, required: Bool = false, single: Bool = false, _ item: (YAMLNode, FieldPath) -> T?) -> [T] {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return []
        }
        let kind = document.kind(node)
        if single, kind.isScalar { return [item(node, qualified(key))].compactMap { $0 } }
        guard kind == .sequence else {
            reader.report(.in002, at: location(of: node), InputMessages.wrongType("\(qualified(key))", expected: .init(
                zh: "列表：写在方括号里，如 [甲, 乙]，或每项一行、以 - 开头",
                en: "a list: in brackets, like [a, b], or one item a line, each starting with -")))
            return []
        }
        let listPath = qualified(key), items = document.items(of: node)
        // Exactly as long as the list written, rather than grown by doubling: a city's statements hold
        // hundreds of thousands of lines, and the slack would stay for the whole build.
        var read: [T] = []
        read.reserveCapacity(items.count)
        for (index, element) in items.enumerated() {
            if let value = item(element, listPath.item(index + 1)) { read.append(value) }
        }
        return read
    }

    /// A list of scalars of one kind; a single one is a list of one.
    package func scalars<T>(_ key: String, required: Bool = false, _ kind: ValueKind<T>) -> [Located<T>] {
        list(key, required: required, single: true) { node, path in scalar(node, key: FieldName(path), kind) }
    }

    /// A list of mappings, each read by `read`.
    package func records<T>(_ key: String, required: Bool = false, _ read: (MappingReader) -> T?) -> [T] {
        list(key, required: required) { node, path in mapping(node, key: path).flatMap(read) }
    }

    /// Every key of this mapping with its value node, in written order.
    package var entries: [(key: Located<String>, value: YAMLNode)] {
        document.keys(of: node).map { (Located(document.text($0) ?? "", at: location(of: $0)), YAMLNode(index: document.nodes[$0.index].end)) }
    }
}
