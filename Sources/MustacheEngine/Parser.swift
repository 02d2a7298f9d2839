/// Reads a template's text into nodes, following the Mustache specification: set delimiters,
/// standalone tags that take their line with them, indented partials, parents and blocks.
struct Parser {
    private enum Kind: Equatable {
        case text, value, unescaped, section, inverted, close, comment, partial, parent, block, delimiters, pragma
    }

    private struct Token {
        var kind: Kind
        var bytes: [UInt8] = []
        var name = ""
        var position: TemplatePosition
        /// For text: it begins a line.
        var lineStart = false
        /// For a standalone tag: the whitespace before it on its line.
        var indentation: [UInt8] = []
        var standalone = false
        /// For a standalone block tag: the whitespace that begins the next line.
        var nextIndentation: [UInt8] = []
    }

    private let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func parse() throws(TemplateSyntaxError) -> [Node] {
        var tokens = try tokenize()
        markStandalone(&tokens)
        var index = 0
        return try nodes(&index, tokens, closing: nil, strip: [], inParent: false)
    }

    // MARK: Tokens

    private func tokenize() throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var i = 0, line = 1, lineStart = 0
        func position(_ offset: Int) -> TemplatePosition {
            TemplatePosition(line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1)
        }
        func text(upTo end: Int) {
            var start = i
            while start < end {
                var stop = start
                while stop < end && bytes[stop] != 0x0A { stop += 1 }
                if stop < end { stop += 1 }
                tokens.append(Token(kind: .text, bytes: Array(bytes[start..<stop]), position: position(start), lineStart: start == lineStart))
                if bytes[stop - 1] == 0x0A { line += 1; lineStart = stop }
                start = stop
            }
        }
        while i < bytes.count {
            guard let tagStart = find(open, from: i) else { text(upTo: bytes.count); break }
            text(upTo: tagStart)
            let at = position(tagStart)
            var contentStart = tagStart + open.count
            let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
            let triple = sigil == UInt8(ascii: "{")
            let closing = triple ? [UInt8(ascii: "}")] + close : close
            guard let contentEnd = find(closing, from: contentStart) else {
                throw TemplateSyntaxError(message: "标签没有结束 / unclosed tag", position: at)
            }
            let kinds: [UInt8: Kind] = [0x23: .section, 0x5E: .inverted, 0x2F: .close, 0x21: .comment, 0x3E: .partial,
                                        0x3C: .parent, 0x24: .block, 0x3D: .delimiters, 0x26: .unescaped, 0x7B: .unescaped, 0x25: .pragma]
            let kind = kinds[sigil] ?? .value
            if kind != .value { contentStart += 1 }
            var content = Array(bytes[contentStart..<contentEnd])
            if let last = content.lastIndex(of: 0x0A) {
                line += content.filter { $0 == 0x0A }.count
                lineStart = contentStart + last + 1
            }
            i = contentEnd + closing.count
            if kind == .delimiters {
                guard content.last == UInt8(ascii: "=") else { throw TemplateSyntaxError(message: "定界符标签应以 = 结尾 / a delimiter tag ends with =", position: at) }
                content.removeLast()
                let parts = content.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
                guard parts.count == 2 else { throw TemplateSyntaxError(message: "定界符应为两个 / two delimiters expected", position: at) }
                open = Array(parts[0])
                close = Array(parts[1])
            }
            let name = String(decoding: content, as: UTF8.self).trimmingWhitespace
            if [.value, .unescaped, .section, .inverted, .close, .partial, .parent, .block].contains(kind) && name.isEmpty {
                throw TemplateSyntaxError(message: "标签缺少名称 / a tag without a name", position: at)
            }
            tokens.append(Token(kind: kind, name: name, position: at))
        }
        return tokens
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    // MARK: Standalone lines

    /// A line that holds nothing but whitespace and one tag that prints nothing of its own (a section's
    /// ends, a comment, a partial, a delimiter change) is removed with the tag, as if it were not there.
    /// Parents' and their block definitions' tags may share such a line; a block placed in a parent's
    /// text (an expansion) is standalone only alone.
    private func markStandalone(_ tokens: inout [Token]) {
        var depth: [Kind] = []  // open parents and sections, to tell block definitions from expansions
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count && !(tokens[end].kind == .text && tokens[end].bytes.last == 0x0A) { end += 1 }
            let last = min(end, tokens.count - 1)
            let range = start...last
            let tags = range.filter { tokens[$0].kind != .text }
            let blank = range.filter { tokens[$0].kind == .text }.allSatisfy { tokens[$0].bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
            let silent: Set<Kind> = [.section, .inverted, .close, .comment, .partial, .parent, .block, .delimiters, .pragma]
            var standalone = blank && !tags.isEmpty && tags.allSatisfy { silent.contains(tokens[$0].kind) }
            if standalone && tags.count > 1 {
                // Several tags: only parents' and block definitions' open and close tags.
                var nesting = depth
                for t in tags {
                    let token = tokens[t]
                    switch token.kind {
                    case .parent: nesting.append(.parent)
                    case .block where nesting.last == .parent: nesting.append(.block)
                    case .close where nesting.last == .parent || nesting.last == .block: nesting.removeLast()
                    default: standalone = false
                    }
                }
            }
            for t in tags { track(tokens[t].kind, &depth) }
            if standalone {
                let indentation = tokens[start].kind == .text && tokens[start].bytes.last != 0x0A ? tokens[start].bytes : []
                for t in tags {
                    tokens[t].standalone = true
                    tokens[t].indentation = indentation
                }
                for t in range where tokens[t].kind == .text { tokens[t].bytes = [] }
            }
            start = last + 1
        }
        // A block's content is indented as its line is: for one alone on its line, as the line after it.
        for t in tokens.indices where tokens[t].kind == .block && !tokens[t].standalone && t > 0 {
            let before = tokens[t - 1]
            if before.kind == .text && before.lineStart && before.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                tokens[t].nextIndentation = before.bytes
            }
        }
        for t in tokens.indices where tokens[t].kind == .block && tokens[t].standalone {
            var next = t + 1
            while next < tokens.count && tokens[next].kind == .text && tokens[next].bytes.isEmpty { next += 1 }
            guard next < tokens.count else { continue }
            if tokens[next].kind == .text {
                tokens[t].nextIndentation = Array(tokens[next].bytes.prefix { $0 == 0x20 || $0 == 0x09 })
            } else if tokens[next].standalone {
                tokens[t].nextIndentation = tokens[next].indentation
            }
        }
    }

    private func track(_ kind: Kind, _ depth: inout [Kind]) {
        switch kind {
        case .section, .inverted, .parent, .block: depth.append(kind)
        case .close: if !depth.isEmpty { depth.removeLast() }
        default: break
        }
    }

    // MARK: Tree

    /// Nodes up to the tag closing `closing`. `strip` is removed from the start of every line:
    /// a block definition's own indentation, which the block's place decides instead.
    private func nodes(_ index: inout Int, _ tokens: [Token], closing: Token?, strip: [UInt8], inParent: Bool) throws(TemplateSyntaxError) -> [Node] {
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                var bytes = token.bytes
                if token.lineStart && !strip.isEmpty && bytes.starts(with: strip) { bytes.removeFirst(strip.count) }
                if !bytes.isEmpty { nodes.append(.text(bytes, lineStart: token.lineStart)) }
            case .value: nodes.append(.value(Name(token.name), escaped: true, token.position))
            case .unescaped: nodes.append(.value(Name(token.name), escaped: false, token.position))
            case .section, .inverted:
                let children = try self.nodes(&index, tokens, closing: token, strip: strip, inParent: false)
                nodes.append(.section(Name(token.name), children, inverted: token.kind == .inverted, token.position))
            case .close:
                guard let closing else {
                    throw TemplateSyntaxError(message: "多余的结束标签 {{/\(token.name)}} / a closing tag with nothing open", position: token.position)
                }
                guard closing.name == token.name else {
                    throw TemplateSyntaxError(message: "{{/\(token.name)}} 与第 \(closing.position.line) 行的 \(closing.name) 不对应 / closes \(closing.name) opened at \(closing.position)", position: token.position)
                }
                return nodes
            case .partial:
                nodes.append(.partial(token.name, indentation: unstripped(token.indentation, strip), token.position))
            case .parent:
                var overrides: [String: Block] = [:]
                // Inside a parent only block definitions count; other text is ignored.
                for child in try self.nodes(&index, tokens, closing: token, strip: strip, inParent: true) {
                    if case .block(let name, let block) = child, overrides[name] == nil { overrides[name] = block }
                }
                nodes.append(.parent(token.name, overrides: overrides, indentation: unstripped(token.indentation, strip), token.position))
            case .block:
                // A definition (inside a parent) loses its own indentation: its place decides it.
                let own = inParent && token.standalone ? token.nextIndentation : []
                let children = try self.nodes(&index, tokens, closing: token, strip: own.isEmpty ? strip : own, inParent: false)
                nodes.append(.block(token.name, Block(nodes: children, indentation: unstripped(token.nextIndentation, strip))))
            case .comment, .delimiters, .pragma:
                continue
            }
        }
        if let closing {
            throw TemplateSyntaxError(message: "\(closing.name) 没有结束标签 {{/\(closing.name)}} / \(closing.name) is never closed", position: closing.position)
        }
        return nodes
    }

    private func unstripped(_ indentation: [UInt8], _ strip: [UInt8]) -> [UInt8] {
        indentation.starts(with: strip) ? Array(indentation.dropFirst(strip.count)) : indentation
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(String.UnicodeScalarView(scalars.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.reversed()))
    }
}
