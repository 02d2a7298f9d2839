/// `amount: 1,200` inside `{…}`: a flow mapping's entries are separated by commas, so YAML reads the number
/// as `amount: 1` and a key `200` without a value. Found by where the pieces stand: a key written right after
/// the comma that ends a number, itself three digits (with decimals at the end), with nothing after it.
struct SplitNumber {
    /// The key whose value was cut short (`amount`).
    let key: YAMLNode
    /// Its value as read (`1`): where the number starts.
    let head: YAMLNode
    /// The keys that are the rest of the number (`200`, `200.50`).
    let rest: [YAMLNode]

    /// The pieces' texts, `["1", "200"]`.
    func pieces(in document: YAMLDocument) -> [String] {
        ([head] + rest).map { document.text($0) ?? "" }
    }

    /// The number as it was written, `1,200`.
    func written(in document: YAMLDocument) -> String {
        pieces(in: document).joined(separator: ",")
    }

    /// Every number split so in `mapping`, in written order.
    static func find(in mapping: YAMLNode, of document: YAMLDocument) -> [SplitNumber] {
        let keys = document.keys(of: mapping)
        func value(_ key: YAMLNode) -> YAMLNode { YAMLNode(index: document.nodes[key.index].end) }
        var found: [SplitNumber] = [], index = 0
        while index < keys.count {
            let head = value(keys[index])
            guard document.kind(head) == .plainScalar, let text = document.text(head), NumberSpelling.isLeadingGroup(text) else {
                index += 1
                continue
            }
            var rest: [YAMLNode] = []
            var end = (line: document.line(head), column: document.column(head) + text.unicodeScalars.count)
            var next = index + 1
            while next < keys.count, rest.last.flatMap(document.text)?.contains(".") != true {
                let piece = keys[next]
                guard document.kind(piece) == .plainScalar, let text = document.text(piece), NumberSpelling.isLaterGroup(text),
                      document.isNull(value(piece)), document.line(piece) == end.line, document.column(piece) == end.column + 1 else { break }
                rest.append(piece)
                end = (end.line, document.column(piece) + text.unicodeScalars.count)
                next += 1
            }
            if !rest.isEmpty { found.append(SplitNumber(key: keys[index], head: head, rest: rest)) }
            index = rest.isEmpty ? index + 1 : next
        }
        return found
    }
}
