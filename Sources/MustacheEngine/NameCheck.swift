/// A name a template uses that the value it is rendered over cannot have: a typo that would print nothing.
public struct UnknownName: Sendable, Equatable {
    /// The template the name is written in (a partial's own name when it is in a partial).
    public let template: String
    public let name: String
    public let position: TemplatePosition
    /// The names that could have been meant there, for a "did you mean".
    public let candidates: [String]
}

extension TemplateLibrary {
    /// Every name in template `name`, and in the partials and parents it includes, that values of `shape`
    /// do not have. Names are looked up as rendering does: through the values the sections open.
    public func unknownNames(in name: String, for shape: Shape) -> [UnknownName] {
        var checker = NameChecker(templates: templates)
        checker.check(name, stack: [shape], lists: 0, blocks: [:])
        var seen = Set<String>()
        return checker.unknown.filter { seen.insert("\($0.template):\($0.position):\($0.name)").inserted }
    }
}

private struct NameChecker {
    let templates: [String: [Node]]
    var unknown: [UnknownName] = []
    /// Templates being checked, outermost first: a template that includes itself is checked once.
    var including: [String] = []

    mutating func check(_ template: String, stack: [Shape], lists: Int, blocks: [String: (nodes: [Node], template: String)]) {
        guard let nodes = templates[template], !including.contains(template) else { return }
        including.append(template)
        walk(nodes, in: template, stack: stack, lists: lists, blocks: blocks)
        including.removeLast()
    }

    private mutating func walk(_ nodes: [Node], in template: String, stack: [Shape], lists: Int, blocks: [String: (nodes: [Node], template: String)]) {
        for node in nodes {
            switch node {
            case .text:
                continue
            case .value(let name, _, let at):
                _ = resolve(name, at, in: template, stack: stack, lists: lists)
            case .section(let name, let children, let inverted, let at):
                guard let shape = resolve(name, at, in: template, stack: stack, lists: lists) else { continue }
                if inverted || name.function != nil {
                    walk(children, in: template, stack: stack, lists: lists, blocks: blocks)
                } else if case .list(let element) = shape {
                    walk(children, in: template, stack: stack + [element], lists: lists + 1, blocks: blocks)
                } else {
                    walk(children, in: template, stack: stack + [shape], lists: lists, blocks: blocks)
                }
            case .partial(let partial, _, _):
                check(partial, stack: stack, lists: lists, blocks: [:])
            case .parent(let parent, let overrides, _, _):
                var inner = blocks
                for (block, content) in overrides where inner[block] == nil { inner[block] = (content.nodes, template) }
                check(parent, stack: stack, lists: lists, blocks: inner)
            case .block(let block, let content):
                if let override = blocks[block] {
                    walk(override.nodes, in: override.template, stack: stack, lists: lists, blocks: blocks)
                } else {
                    walk(content.nodes, in: template, stack: stack, lists: lists, blocks: blocks)
                }
            }
        }
    }

    /// The shape `name` has here, or nil (reported) when nothing on the stack has it.
    private mutating func resolve(_ name: Name, _ at: TemplatePosition, in template: String, stack: [Shape], lists: Int) -> Shape? {
        if name.function != nil {
            guard lists > 0 else {
                unknown.append(UnknownName(template: template, name: name.text, position: at, candidates: []))
                return nil
            }
            return .scalar
        }
        guard let first = name.parts.first else { return stack.last }
        for shape in stack.reversed() {
            guard case .record(let names) = shape, var found = names[first] else { continue }
            for part in name.parts.dropFirst() {
                guard case .record(let inner) = found, let next = inner[part] else {
                    let candidates = if case .record(let inner) = found { Array(inner.keys) } else { [String]() }
                    unknown.append(UnknownName(template: template, name: name.text, position: at, candidates: candidates.sorted()))
                    return nil
                }
                found = next
            }
            return found
        }
        let visible = stack.flatMap { shape -> [String] in if case .record(let names) = shape { Array(names.keys) } else { [] } }
        unknown.append(UnknownName(template: template, name: name.text, position: at, candidates: Set(visible).sorted()))
        return nil
    }
}
