import NoticeboardValues

/// Characters a reader cannot see that change how a text compares or is shown: zero-width characters,
/// which make two vouchers, names or payees that look alike differ, and bidi controls, which reorder what
/// is shown (`U+202E` makes `Z-12` read as `21-Z`). They have no honest use in these records, so each is
/// an input error (IN-001, as a NUL is: the text is not what it looks like) at its line and column.
///
/// A zero width joiner between two emoji (👨‍👩‍👧, 🏃‍♂️) is what draws them as one, and is allowed there;
/// between letters or digits it is reported like the others.
package enum InvisibleCharacters {
    /// The first invisible character of a line, and how many the line holds.
    package struct Found: Equatable {
        package let scalar: Unicode.Scalar
        package let line: Int
        /// In Unicode scalars from 1, as every position in the diagnostics counts.
        package let column: Int
        package let onLine: Int
    }

    /// The names readers know them by, in both languages.
    package static let names: [UInt32: (zh: String, en: String)] = [
        0x00AD: ("软连字符", "soft hyphen"),
        0x061C: ("阿拉伯字母标记", "arabic letter mark"),
        0x200B: ("零宽空格", "zero width space"),
        0x200C: ("零宽不连字", "zero width non-joiner"),
        0x200D: ("零宽连字", "zero width joiner"),
        0x200E: ("从左至右标记", "left-to-right mark"),
        0x200F: ("从右至左标记", "right-to-left mark"),
        0x202A: ("从左至右嵌入", "left-to-right embedding"),
        0x202B: ("从右至左嵌入", "right-to-left embedding"),
        0x202C: ("方向格式结束", "pop directional formatting"),
        0x202D: ("从左至右覆盖", "left-to-right override"),
        0x202E: ("从右至左覆盖", "right-to-left override"),
        0x2060: ("零宽不换行", "word joiner"),
        0x2066: ("从左至右隔离", "left-to-right isolate"),
        0x2067: ("从右至左隔离", "right-to-left isolate"),
        0x2068: ("首强字符隔离", "first strong isolate"),
        0x2069: ("方向隔离结束", "pop directional isolate"),
        0xFEFF: ("零宽不换行空格（字节顺序标记）", "zero width no-break space (byte order mark)"),
    ]

    /// IN-001 for the first invisible character of each line of `text`.
    package static func diagnostics(in text: String, file: String) -> [Diagnostic] {
        find(in: text).map { found in
            Diagnostic(.in001, .error, at: SourceLocation(file: file, line: found.line, column: found.column),
                       InputMessages.invisibleCharacter(found.scalar, name: names[found.scalar.value]!, onLine: found.onLine))
        }
    }

    /// The first invisible character of each line. Scans bytes: only the lead bytes 0xC2, 0xD8, 0xE2 and
    /// 0xEF can start one, so Chinese text (0xE3…0xE9) and ASCII are passed over without being decoded.
    /// A byte order mark at the very start is not reported (decoding drops it).
    package static func find(in text: String) -> [Found] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [Found] = []
            var line = 1, lineStart = 0, first: Found?
            var count = 0
            func endLine() {
                if let first { found.append(Found(scalar: first.scalar, line: first.line, column: first.column, onLine: count)) }
                first = nil
                count = 0
            }
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                // A line ends at LF, or at a CR alone (as YAML and CSV readers take it).
                if byte == 0x0A || byte == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
                    endLine()
                    line += 1
                    lineStart = i + 1
                } else if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF, let scalar = invisible(bytes, at: i), i > 0 || scalar != "\u{FEFF}" {
                    if first == nil {
                        // Continuation bytes (10xxxxxx) do not start a scalar.
                        let column = bytes[lineStart..<i].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                        first = Found(scalar: scalar, line: line, column: column, onLine: 0)
                    }
                    count += 1
                }
                i += 1
            }
            endLine()
            return found
        }
    }

    /// The invisible character that starts at `i`, if one does (the bytes are valid UTF-8).
    private static func invisible(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        let byte = bytes[i]
        let value: UInt32
        if byte < 0xE0 {
            guard i + 1 < bytes.count else { return nil }
            value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else {
            guard i + 2 < bytes.count else { return nil }
            value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        guard names[value] != nil, let scalar = Unicode.Scalar(value) else { return nil }
        if value == 0x200D && joinsEmoji(bytes, at: i) { return nil }
        return scalar
    }

    /// Whether the joiner at `i` stands between two emoji (a skin tone or U+FE0F may end the first).
    /// ASCII digits, `#` and `*` count as emoji in Unicode's tables, and are not taken as such here.
    private static func joinsEmoji(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var start = i - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, i + 3 < bytes.count else { return false }
        var end = i + 4
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        func isEmoji(_ range: Range<Int>) -> Bool {
            guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.first else { return false }
            return scalar.value > 0x7F && (scalar.properties.isEmoji || scalar == "\u{FE0F}")
        }
        return isEmoji(start..<i) && isEmoji(i + 3..<end)
    }
}
