/// Builds a template context from values that may be absent: absent ones are left out,
/// because a Mustache section treats a present-but-nil value as present.
func templateValues(_ pairs: KeyValuePairs<String, Any?>) -> [String: Any] {
    var values: [String: Any] = [:]
    for (key, value) in pairs {
        if let value { values[key] = value }
    }
    return values
}
