import Crypto

/// What a page is made from, as a digest: its template's name and everything its template receives.
/// Rendering is a function of these (with the templates and the tool, which the page index keeps apart),
/// so a page whose key did not change since the last build has the same bytes and is not rendered again.
struct PageKey: Hashable, Sendable, CustomStringConvertible {
    let hex: String

    init(hex: String) { self.hex = hex }

    init(_ template: PageTemplate, _ context: [String: Any]) { self.init(tag: template.rawValue, context) }

    /// The key of a part of a context (a statement's values) that several pages hold: keyed once, the
    /// pages' keys hold this key in its place.
    init(part: [String: Any]) { self.init(tag: "\u{0}part", part) }

    private init(tag: String, _ context: [String: Any]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        Self.append(text: tag, to: &bytes)
        Self.append(dictionary: context, to: &bytes)
        hex = SHA256.hash(data: bytes).prefix(16).hexDigits
    }

    /// A key made of other keys, for a page assembled from rendered parts (a month's bundle of sheets).
    init(_ template: PageTemplate, _ context: [String: Any], parts: [PageKey]) {
        var context = context
        context["\u{0}parts"] = parts.map(\.hex)
        self.init(template, context)
    }

    var description: String { hex }

    /// A canonical, unambiguous serialisation: a tag and a length before every value, dictionary keys sorted.
    /// The kinds are tried in the order they are most common in a context; records and texts are matched
    /// as what they are, since casting a list to `[Any]` copies it.
    private static func append(_ value: Any, to bytes: inout [UInt8]) {
        switch value {
        case let text as String:
            append(text: text, to: &bytes)
        case let dictionary as [String: Any]:
            append(dictionary: dictionary, to: &bytes)
        case let records as [[String: Any]]:
            bytes.append(UInt8(ascii: "a"))
            appendLength(records.count, to: &bytes)
            for record in records { append(dictionary: record, to: &bytes) }
        case let flag as Bool:
            bytes.append(UInt8(ascii: flag ? "T" : "F"))
        case let number as Int:
            bytes.append(UInt8(ascii: "i"))
            appendLength(number, to: &bytes)
        case let texts as [String]:
            bytes.append(UInt8(ascii: "a"))
            appendLength(texts.count, to: &bytes)
            for text in texts { append(text: text, to: &bytes) }
        case let array as [Any]:
            bytes.append(UInt8(ascii: "a"))
            appendLength(array.count, to: &bytes)
            for element in array { append(element, to: &bytes) }
        case is Absent:
            bytes.append(UInt8(ascii: "n"))
        default:
            // No other kind of value reaches a template today; a new one still keys by its description.
            bytes.append(UInt8(ascii: "?"))
            append(text: String(describing: value), to: &bytes)
        }
    }

    private static func append(text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "s"))
        appendLength(text.utf8.count, to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func append(dictionary: [String: Any], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "d"))
        appendLength(dictionary.count, to: &bytes)
        for key in dictionary.keys.sorted() {
            append(text: key, to: &bytes)
            append(dictionary[key]!, to: &bytes)
        }
    }

    private static func appendLength(_ number: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }
}
