import NoticeboardValues

/// The scanner: every personal number in a text's UTF-8 bytes, found as a reader would read it. `CandidateSpans`
/// finds on the bytes where one may stand (most values and pages hold none, and a city's build reads hundreds of
/// megabytes), `ReaderText` reads each such span as a reader would, and the number rules (`NumberShapes`) say
/// what in the reading is a number.
package enum NumberScanner {
    /// A number found in the bytes.
    package struct Found {
        package let match: NumberShapes.Match
        /// Its bytes as written, from its first digit to its last (invisible characters and markup between them included).
        package let written: Range<Int>
        /// The bytes of each digit its masked form hides (`NumberShapes.Match.hidden`).
        package let hidden: [Range<Int>]
    }

    /// Every number in `bytes` (UTF-8, read as markup), in the order written.
    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Found] {
        var found: [Found] = []
        for span in CandidateSpans.find(in: bytes, markup: true) {
            let source = SpanScalars(bytes, span.range)
            let reading = ReaderText(source.scalars, markup: span.markup)
            /// The bytes of source scalars `scalars`.
            func byteRange(_ scalars: Range<Int>) -> Range<Int> {
                span.range.lowerBound + source.byteOffsets[scalars.lowerBound]..<span.range.lowerBound + source.byteOffsets[scalars.upperBound]
            }
            for match in NumberShapes.matches(in: reading.scalars) {
                let first = reading.sources[match.range.lowerBound].lowerBound, last = reading.sources[match.range.upperBound - 1].upperBound
                found.append(Found(match: match, written: byteRange(first..<last), hidden: match.hidden.map { byteRange(reading.sources[$0]) }))
            }
        }
        return found
    }

    /// Every personal number in a record's text, where it was written. Columns count Unicode scalars, as every
    /// position in the diagnostics does.
    package static func find(in text: String, file: String) -> [PersonalNumber] {
        var text = text
        return text.withUTF8 { bytes in
            scan(bytes).map { number in
                PersonalNumber(kind: number.match.kind, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[number.written]), as: UTF8.self),
                               digits: number.match.digits, location: location(of: number.written.lowerBound, in: bytes, file: file))
            }
        }
    }

    /// The numbers a short text holds, read in full (no byte scan first): a committee member's phone, an account.
    package static func numbers(inShort text: String) -> [NumberShapes.Match] {
        NumberShapes.matches(in: ReaderText(Array(text.unicodeScalars), markup: true).scalars)
    }

    /// Line and column (in scalars) of byte `offset`.
    private static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1, lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = 1 + bytes[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// The scalars of a span of UTF-8 bytes, with each one's byte offset in the span (and the span's end last).
private struct SpanScalars {
    let scalars: [Unicode.Scalar]
    let byteOffsets: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        var offset = 0
        for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.byteOffsets = offsets
    }
}
