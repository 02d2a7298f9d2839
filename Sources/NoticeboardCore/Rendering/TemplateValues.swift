import Mustache

/// Builds a template context from values that may be absent: absent ones hold `Absent`,
/// because a Mustache section treats a present-but-nil value as present.
func templateValues(_ pairs: KeyValuePairs<String, Any?>) -> [String: Any] {
    var values: [String: Any] = [:]
    for (key, value) in pairs { values[key] = Absent.or(value) }
    return values
}

/// Stands for a value a record leaves out (in rows, statements, and whatever `templateValues` builds).
/// A name a context lacks is looked up in every enclosing one, a cast or two at each (and may find an
/// unrelated value there); a context that holds `Absent` answers at once.
/// It renders as nothing, and a section over it is skipped (an inverted one shown), as for no value.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }

    /// The value itself, or `Absent` where there is none.
    static func or(_ value: Any?) -> Any { value ?? Absent() }
}
