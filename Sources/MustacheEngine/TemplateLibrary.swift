/// Every template of a site, each parsed once; pages are rendered by name over a value.
public struct TemplateLibrary: Sendable {
    /// A template that does not parse, by name.
    public struct LoadError: Error, Sendable {
        public let template: String
        public let error: TemplateSyntaxError
    }

    let templates: [String: [Node]]

    /// `texts` by template name (the file name without `.mustache`).
    public init(_ texts: [String: String]) throws(LoadError) {
        var templates: [String: [Node]] = [:]
        for (name, text) in texts {
            do {
                templates[name] = try Parser(text).parse()
            } catch {
                throw LoadError(template: name, error: error)
            }
        }
        self.templates = templates
    }

    public var names: [String] { templates.keys.sorted() }

    /// The page `name` over `value`, as UTF-8; nothing for a name the library does not have.
    public func render(_ name: String, _ value: Value, capacity: Int = 16_384) -> [UInt8] {
        rendered(name, value, capacity: capacity).bytes
    }

    /// The page `name` over `value`, with where its `markup` values lie.
    public func rendered(_ name: String, _ value: Value, capacity: Int = 16_384) -> Rendered {
        guard let template = templates[name] else { return Rendered(bytes: [], markup: []) }
        var renderer = Renderer(templates: templates, value: value, capacity: capacity)
        renderer.render(template)
        return Rendered(bytes: renderer.out, markup: renderer.markup)
    }

    /// The templates `name` includes as partials or parents, directly.
    public func includes(of name: String) -> [(name: String, position: TemplatePosition)] {
        var found: [(String, TemplatePosition)] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let partial, _, let at): found.append((partial, at))
                case .parent(let parent, let overrides, _, let at):
                    found.append((parent, at))
                    for (_, block) in overrides.sorted(by: { $0.key < $1.key }) { walk(block.nodes) }
                case .section(_, let children, _, _): walk(children)
                case .block(_, let block): walk(block.nodes)
                case .text, .value: break
                }
            }
        }
        walk(templates[name] ?? [])
        return found
    }
}

/// A rendered page: its UTF-8 bytes, and the ranges of them that `markup` values wrote, in order.
public struct Rendered: Sendable {
    public let bytes: [UInt8]
    public let markup: [Range<Int>]

    public init(bytes: [UInt8], markup: [Range<Int>]) {
        self.bytes = bytes
        self.markup = markup
    }
}
