/// Renders nodes over a value into UTF-8 bytes: one buffer, HTML escaped byte by byte,
/// names looked up through the stack of values the sections opened.
struct Renderer {
    let templates: [String: [Node]]
    private(set) var out: [UInt8] = []
    /// Where `markup` values lie in `out`, in order.
    private(set) var markup: [Range<Int>] = []
    private var stack: [Value]
    /// Place in each list being iterated, innermost last, for `first()`, `last()`, `index()`.
    private var positions: [(index: Int, count: Int)] = []
    /// Content that replaces blocks, from the parents being rendered (the outermost caller's wins).
    private var blocks: [String: [Node]] = [:]
    /// Put before every line written while inside an indented partial or a re-indented block.
    private var indentation: [UInt8] = []
    /// Partials may include themselves (the spec's recursion); data ends that, and so does this bound.
    private var depth = 0
    private static let deepest = 64

    init(templates: [String: [Node]], value: Value, capacity: Int) {
        self.templates = templates
        stack = [value]
        out.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes, _):
                startLine(bytes.isEmpty)
                out.append(contentsOf: bytes)
            case .value(let name, let escaped, _):
                write(lookup(name) ?? .absent, escaped: escaped)
            case .section(let name, let children, let inverted, _):
                let value = lookup(name) ?? .absent
                if inverted {
                    if isFalsy(value) { render(children) }
                } else {
                    section(value, children)
                }
            case .partial(let name, let indent, _):
                guard let template = templates[name], depth < Self.deepest else { continue }
                let saved = (blocks, indentation)
                blocks = [:]
                indentation += indent
                depth += 1
                render(template)
                depth -= 1
                (blocks, indentation) = saved
            case .parent(let name, let overrides, let indent, _):
                guard let template = templates[name], depth < Self.deepest else { continue }
                let saved = (blocks, indentation)
                for (block, content) in overrides where blocks[block] == nil { blocks[block] = content.nodes }
                indentation += indent
                depth += 1
                render(template)
                depth -= 1
                (blocks, indentation) = saved
            case .block(let name, let block):
                if let override = blocks[name] {
                    let saved = indentation
                    indentation += block.indentation
                    render(override)
                    indentation = saved
                } else {
                    render(block.nodes)
                }
            }
        }
    }

    private mutating func section(_ value: Value, _ children: [Node]) {
        switch value {
        case .absent, .flag(false):
            return
        case .flag(true):
            render(children)
        case .list(let items):
            for (index, item) in items.enumerated() {
                stack.append(item)
                positions.append((index, items.count))
                render(children)
                positions.removeLast()
                stack.removeLast()
            }
        default:
            stack.append(value)
            render(children)
            stack.removeLast()
        }
    }

    private func isFalsy(_ value: Value) -> Bool {
        switch value {
        case .absent, .flag(false): true
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The value a name means here: the innermost value on the stack that has its first part, then
    /// the rest of the parts inside that one (a broken chain is nothing, not a search further out).
    private func lookup(_ name: Name) -> Value? {
        if let function = name.function {
            guard let place = positions.last else { return nil }
            switch function {
            case .first: return .flag(place.index == 0)
            case .last: return .flag(place.index == place.count - 1)
            case .index: return .number(place.index)
            case .even: return .flag(place.index % 2 == 0)
            case .odd: return .flag(place.index % 2 == 1)
            }
        }
        guard let first = name.parts.first else { return stack.last }
        for value in stack.reversed() {
            guard case .record(let record) = value, var found = record[first] else { continue }
            for part in name.parts.dropFirst() {
                guard case .record(let inner) = found, let next = inner[part] else { return nil }
                found = next
            }
            return found
        }
        return nil
    }

    private mutating func write(_ value: Value, escaped: Bool) {
        switch value {
        case .text(let text):
            guard !text.isEmpty else { return }
            startLine(false)
            var text = text
            text.withUTF8 { bytes in
                if escaped { HTMLEscaping.escape(bytes, into: &out) } else { out.append(contentsOf: bytes) }
            }
        case .markup(let text):
            guard !text.isEmpty else { return }
            startLine(false)
            let start = out.count
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
            markup.append(start..<out.count)
        case .number(let number):
            startLine(false)
            out.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            startLine(false)
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .absent, .list, .record:
            return
        }
    }

    /// Indents a line about to begin, inside an indented partial or block.
    private mutating func startLine(_ empty: Bool) {
        guard !indentation.isEmpty, !empty, out.last == 0x0A || out.isEmpty else { return }
        out.append(contentsOf: indentation)
    }
}
