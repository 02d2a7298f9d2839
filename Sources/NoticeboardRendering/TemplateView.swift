import MustacheEngine
import NoticeboardLoading
import NoticeboardValues

/// A typed view of what a template reads. Its names are declared once, in `fields`: the same list makes
/// the value the engine renders and the shape the templates are checked against when they load, so a
/// template cannot name a value its page does not have, and a page cannot forget one its template names.
/// A `SendableMetatype`: the fields' `@Sendable` closures use the view's conformance, so its type crosses threads.
package protocol TemplateView: SendableMetatype {
    static var fields: TemplateFields<Self> { get }
    /// What the engine renders; made from `fields` unless a view knows a quicker way.
    var value: Value { get }
}

extension TemplateView {
    package static var shape: Shape { .record(Dictionary(fields.map { ($0.name, $0.shape) }, uniquingKeysWith: { first, _ in first })) }

    package var value: Value {
        let fields = Self.fields
        return .record(Record(names: fields.names, values: fields.list.map { $0.value(self) }))
    }
}

/// A view's fields, and their names made once: every value of the view shares them.
package struct TemplateFields<Root>: ExpressibleByArrayLiteral, Sequence {
    package let list: [TemplateField<Root>]
    package let names: [String]

    package init(_ list: [TemplateField<Root>]) {
        self.list = list
        names = list.map(\.name)
    }

    package init(arrayLiteral fields: TemplateField<Root>...) { self.init(fields) }

    package func makeIterator() -> IndexingIterator<[TemplateField<Root>]> { list.makeIterator() }
}

/// One name of a view: what it holds (its shape) and how it is read from the view.
package struct TemplateField<Root>: Sendable {
    package let name: String
    package let shape: Shape
    package let value: @Sendable (Root) -> Value

    /// Text; nil is a value left out.
    package static func text(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> TemplateField {
        TemplateField(name: name, shape: .scalar) { get($0).map(Value.text) ?? .absent }
    }

    /// Markup the program made itself (an SVG chart, sheets rendered and masked before): its own kind of
    /// value, written as it is and passed over by the personal-number mask.
    package static func markup(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> TemplateField {
        TemplateField(name: name, shape: .scalar) { get($0).map(Value.markup) ?? .absent }
    }

    package static func number(_ name: String, _ get: @escaping @Sendable (Root) -> Int?) -> TemplateField {
        TemplateField(name: name, shape: .scalar) { get($0).map(Value.number) ?? .absent }
    }

    package static func flag(_ name: String, _ get: @escaping @Sendable (Root) -> Bool) -> TemplateField {
        TemplateField(name: name, shape: .scalar) { .flag(get($0)) }
    }

    package static func texts(_ name: String, _ get: @escaping @Sendable (Root) -> [String]) -> TemplateField {
        TemplateField(name: name, shape: .list(.scalar)) { .list(get($0).map(Value.text)) }
    }

    package static func view<View: TemplateView>(_ name: String, _ get: @escaping @Sendable (Root) -> View?) -> TemplateField {
        TemplateField(name: name, shape: View.shape) { get($0)?.value ?? .absent }
    }

    package static func views<View: TemplateView>(_ name: String, _ get: @escaping @Sendable (Root) -> [View]) -> TemplateField {
        TemplateField(name: name, shape: .list(View.shape)) { .list(get($0).map(\.value)) }
    }
}

/// A page: the frame every page has (`site`, `page`, `crumbs`) and the page kind's own values.
package struct Page<Content: TemplateView>: TemplateView {
    package let frame: PageFrame
    package let content: Content

    package static var fields: TemplateFields<Page> {
        TemplateFields(PageFrame.fields.map { field in TemplateField(name: field.name, shape: field.shape) { field.value($0.frame) } }
            + Content.fields.map { field in TemplateField(name: field.name, shape: field.shape) { field.value($0.content) } })
    }

    /// Made from the two parts' own values, without the lifted fields.
    package var value: Value {
        .record(Record(names: PageFrame.fields.names + Content.fields.names,
                       values: PageFrame.fields.list.map { $0.value(frame) } + Content.fields.list.map { $0.value(content) }))
    }
}
