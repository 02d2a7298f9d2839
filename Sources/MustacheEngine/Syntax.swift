/// Where something stands in a template, counted from 1 (columns in Unicode scalars).
public struct TemplatePosition: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public var description: String { "\(line):\(column)" }
}

/// A template that cannot be parsed: an unclosed tag, a section closed by another name, a bad delimiter.
public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let position: TemplatePosition
    public var description: String { "\(position): \(message)" }
}

/// A name as a tag writes it: `.`, `site.community`, or one of the list functions `first()`, `last()`, `index()`.
struct Name: Sendable {
    /// The list functions swift-mustache offered, which the templates use (`{{^last()}}、{{/last()}}`).
    enum ListFunction: String, Sendable { case first, last, index, even, odd }

    let text: String
    /// Empty for `.`, the current value.
    let parts: [String]
    let function: ListFunction?

    init(_ text: String) {
        self.text = text
        if text.hasSuffix("()"), let function = ListFunction(rawValue: String(text.dropLast(2))) {
            self.function = function
            parts = []
        } else {
            function = nil
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

/// A compiled template: text to copy, values to write, sections, partials, parents and blocks.
indirect enum Node: Sendable {
    /// Template text; `lineStart` when it begins a line (where inherited indentation is removed).
    case text([UInt8], lineStart: Bool)
    case value(Name, escaped: Bool, TemplatePosition)
    case section(Name, [Node], inverted: Bool, TemplatePosition)
    /// `{{>name}}`; a standalone one indents every line of the partial.
    case partial(String, indentation: [UInt8], TemplatePosition)
    /// `{{<name}}…{{/name}}`: the partial `name`, with the blocks defined inside replacing its own.
    case parent(String, overrides: [String: Block], indentation: [UInt8], TemplatePosition)
    /// `{{$name}}default{{/name}}`: where a parent's caller may put its own content.
    case block(String, Block)
}

/// A block's content; `indentation` is what every line of content put in its place is indented by.
struct Block: Sendable {
    let nodes: [Node]
    let indentation: [UInt8]
}
