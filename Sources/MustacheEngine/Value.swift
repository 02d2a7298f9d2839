/// What a template reads: a tree of texts, numbers, flags, lists and records. Typed page values are
/// turned into this tree once per page; the engine never casts or reflects.
public enum Value: Sendable {
    /// A value the page leaves out: renders as nothing, a section over it is skipped.
    case absent
    case flag(Bool)
    case number(Int)
    /// Text, escaped for HTML by `{{name}}`, as it is by `{{{name}}}` and `{{&name}}`.
    case text(String)
    /// Markup the program made itself (a QR code's SVG, a chart, sheets rendered and masked before): written
    /// as it is by every tag. The output remembers where each lies (`Rendered.markup`), so that what reads the
    /// page afterwards (the personal-number mask) can pass over it.
    case markup(String)
    case list([Value])
    case record(Record)
}

/// Named values, in the order they were given. A record has a few dozen names at most,
/// so a look-up compares names in turn (short strings compare as two machine words).
public final class Record: Sendable {
    public let names: [String]
    public let values: [Value]

    public init(_ pairs: [(String, Value)]) {
        names = pairs.map(\.0)
        values = pairs.map(\.1)
    }

    /// Names and values side by side: records of one kind can share one array of names.
    public init(names: [String], values: [Value]) {
        precondition(names.count == values.count, "a record needs a value for every name")
        self.names = names
        self.values = values
    }

    /// The value under `name`; nil when the record has no such name (`absent` when it has it, empty).
    public subscript(name: String) -> Value? {
        for index in names.indices where names[index] == name { return values[index] }
        return nil
    }
}

/// What a template may name: the names a page's values have, at every depth. Checked when templates load,
/// so a misspelt name is found before any page is written, not printed as nothing.
public indirect enum Shape: Sendable, Equatable {
    /// A text, number or flag: it has no names of its own.
    case scalar
    case list(Shape)
    case record([String: Shape])
}
