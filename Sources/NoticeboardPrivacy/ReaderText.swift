import NoticeboardValues

/// A text as a reader sees it, or a machine reads it, for finding personal numbers: invisible characters
/// (Unicode's format characters: zero-width spaces and joiners, the soft hyphen, bidi controls) and Markdown's
/// emphasis and code marks (`*`, `_`, `` ` ``, `~`) left out; HTML character references (`&#49;`, `&nbsp;`) and
/// percent escapes (`%31`, `%EF%BC%91`) decoded; and in markup, the tags left out: an inline tag
/// (`<strong>`) joins what stands on either side, any other tag (`<td>`, `<p>`) breaks the text there, and `<br>` is a line break.
/// Each scalar of the reading keeps the range of the source scalars it was read from, so a number found in the
/// reading is masked, or located, in the source.
package struct ReaderText {
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each scalar of the reading, the source scalars it stands for.
    private(set) var sources: [Range<Int>] = []

    /// Stands where a tag breaks the text: no digit, no separator.
    package static let hardBreak: Unicode.Scalar = "\u{1}"

    package init(_ source: [Unicode.Scalar], markup: Bool) {
        scalars.reserveCapacity(source.count)
        sources.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            let s = source[i]
            if markup, s == "<", let end = Self.tagEnd(source, from: i) {
                switch Self.tagName(source, from: i) {
                case let name where Self.inlineTags.contains(name): break
                // One line break, however spelt: cmark writes `<br />` and a newline.
                case "br" where scalars.last != "\n" && (end == source.count || source[end] != "\n"): append("\n", i..<end)
                case "br": break
                default: append(Self.hardBreak, i..<end)
                }
                i = end
            } else if s == "&", let (decoded, end) = Self.characterReference(source, from: i) {
                append(decoded, i..<end)
                i = end
            } else if s == "%", let (decoded, end) = Self.percentEscapes(source, from: i) {
                for (scalar, range) in decoded { append(scalar, range) }
                i = end
            } else {
                append(s, i..<i + 1)
                i += 1
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, _ range: Range<Int>) {
        guard !Self.isInvisible(scalar) else { return }
        scalars.append(scalar)
        sources.append(range)
    }

    /// Left out of the reading: format characters and the Markdown marks that only style the digits between them.
    package static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "*", "_", "`", "~": true
        default: s.value >= 0x80 && s.properties.generalCategory == .format
        }
    }

    /// Past the `>` of a tag or comment starting at `start` (`<` then a letter, `/` or `!`); nil when it is no tag.
    private static func tagEnd(_ source: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < source.count else { return nil }
        let next = source[start + 1]
        guard next == "/" || next == "!" || isASCIILetter(next) else { return nil }
        if source[start...].starts(with: "<!--".unicodeScalars) {
            var j = start + 4
            while j + 2 < source.count {
                if source[j] == "-" && source[j + 1] == "-" && source[j + 2] == ">" { return j + 3 }
                j += 1
            }
            return nil
        }
        var quote: Unicode.Scalar?
        for j in start + 1..<source.count {
            let s = source[j]
            if let open = quote {
                if s == open { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == ">" {
                return j + 1
            }
        }
        return nil
    }

    /// Phrasing elements, which a reader reads through: `138<strong>1234</strong>5678` is one number.
    private static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ]

    /// The element's name, lower-cased, of the tag at `start`.
    private static func tagName(_ source: [Unicode.Scalar], from start: Int) -> String {
        var j = start + 1
        if j < source.count && source[j] == "/" { j += 1 }
        var name = ""
        while j < source.count, isASCIILetterOrDigit(source[j]) {
            name.unicodeScalars.append(source[j])
            j += 1
        }
        return name.lowercased()
    }

    /// Named references a number could be spelt with; any other name reads as a character that is no digit.
    private static let namedReferences: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": " ", "emsp": " ", "thinsp": " ", "hyphen": "-", "dash": "-", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "minus": "\u{2212}", "period": ".", "sol": "/", "middot": "\u{B7}", "shy": "\u{AD}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "ast": "*", "lowbar": "_",
        "grave": "`", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]

    /// `&#49;`, `&#x31;`, `&nbsp;`: the character and the offset past the `;`.
    private static func characterReference(_ source: [Unicode.Scalar], from start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        var body = ""
        while j < source.count, j - start <= 32, source[j] != ";" {
            guard isASCIILetterOrDigit(source[j]) || source[j] == "#" else { return nil }
            body.unicodeScalars.append(source[j])
            j += 1
        }
        guard j < source.count, source[j] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { ($0, j + 1) }
        }
        if body.hasPrefix("#") { return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { ($0, j + 1) } }
        return (namedReferences[body] ?? "&", j + 1)
    }

    /// A run of percent escapes from `start`, decoded as UTF-8: each scalar with the escapes it was spelt with.
    private static func percentEscapes(_ source: [Unicode.Scalar], from start: Int) -> ([(Unicode.Scalar, Range<Int>)], Int)? {
        var bytes: [UInt8] = [], j = start
        while j + 2 < source.count, source[j] == "%", let high = hexValue(source[j + 1]), let low = hexValue(source[j + 2]) {
            bytes.append(high << 4 | low)
            j += 3
        }
        guard !bytes.isEmpty else { return nil }
        var decoded: [(Unicode.Scalar, Range<Int>)] = []
        var k = 0
        while k < bytes.count {
            let width = bytes[k] < 0x80 ? 1 : bytes[k] >= 0xF0 ? 4 : bytes[k] >= 0xE0 ? 3 : bytes[k] >= 0xC0 ? 2 : 1
            let scalar = k + width <= bytes.count ? String(validating: bytes[k..<k + width], as: UTF8.self)?.unicodeScalars.first : nil
            let range = start + 3 * k..<start + 3 * (k + width)
            decoded.append((scalar ?? "%", scalar == nil ? start + 3 * k..<start + 3 * k + 3 : range))
            k += scalar == nil ? 1 : width
        }
        return (decoded, j)
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func isASCIILetterOrDigit(_ s: Unicode.Scalar) -> Bool { isASCIILetter(s) || ("0"..."9").contains(s) }

    private static func hexValue(_ s: Unicode.Scalar) -> UInt8? {
        switch s.value {
        case 0x30...0x39: UInt8(s.value - 0x30)
        case 0x41...0x46: UInt8(s.value - 0x41 + 10)
        case 0x61...0x66: UInt8(s.value - 0x61 + 10)
        default: nil
        }
    }
}
