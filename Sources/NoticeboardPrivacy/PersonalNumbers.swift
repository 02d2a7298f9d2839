import NoticeboardValues

/// Finds and masks personal numbers (identity cards, mobiles, bank cards) in every spelling a reader would
/// still read as one: `13812345678`, `138-1234-5678`, `138.1234.5678`, `+86 138…`, full-width `１３８…`,
/// split by invisible characters, Markdown marks (`138**1234**5678`), inline tags, character references,
/// percent escapes in a link, or a line break in a paragraph. `CandidateSpans` finds where one may stand on
/// the bytes, `ReaderText` reads each such span as a reader would, and `NumberShapes` says what is a number.
/// Columns count Unicode scalars, as every position in the diagnostics does.
package enum PersonalNumbers {
    /// Every personal number in a record's text, where it was written.
    package static func find(in text: String, file: String) -> [PersonalNumber] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [PersonalNumber] = []
            for span in CandidateSpans.find(in: bytes, markup: true) {
                let source = SpanScalars(bytes, span.range)
                let reading = ReaderText(source.scalars, markup: span.markup)
                for match in NumberShapes.matches(in: reading.scalars) {
                    let first = reading.sources[match.range.lowerBound].lowerBound, last = reading.sources[match.range.upperBound - 1].upperBound
                    let written = String(String.UnicodeScalarView(source.scalars[first..<last]))
                    found.append(PersonalNumber(kind: match.kind, text: written, digits: match.digits,
                                                location: location(of: span.range.lowerBound + source.byteOffsets[first], in: bytes, file: file)))
                }
            }
            return found
        }
    }

    /// `text` with every personal number masked in the writer's spelling (`138-****-5678`, `110105********002X`,
    /// `6222 **** **** 3789`) but the mobiles and accounts in `published` (their ASCII digits). Identity cards are
    /// masked whatever: even where a rule pack turned PRV-001 off, none reaches a page whole.
    package static func masked(_ text: String, except published: Set<String>) -> String {
        // Eleven digits take eleven bytes at least: most values (names, dates, amounts) are shorter.
        guard text.utf8.count >= 11 else { return text }
        var copy = text
        return copy.withUTF8 { masked($0, except: published) }.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// `bytes` with every personal number masked but the published ones (`masked(_:except:)`), read as markup:
    /// the last guard over every finished page and file. Nil when nothing needed masking.
    package static func masked(_ bytes: UnsafeBufferPointer<UInt8>, except published: Set<String>) -> [UInt8]? {
        var hidden: [Range<Int>] = []
        for span in CandidateSpans.find(in: bytes, markup: true) {
            let source = SpanScalars(bytes, span.range)
            let reading = ReaderText(source.scalars, markup: span.markup)
            for match in NumberShapes.matches(in: reading.scalars) where match.kind == .identityCard || !published.contains(match.digits) {
                for offset in match.hidden {
                    let scalars = reading.sources[offset]
                    hidden.append(span.range.lowerBound + source.byteOffsets[scalars.lowerBound]..<span.range.lowerBound + source.byteOffsets[scalars.upperBound])
                }
            }
        }
        guard !hidden.isEmpty else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for range in hidden.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= copied {
            output.append(contentsOf: bytes[copied..<range.lowerBound])
            output.append(UInt8(ascii: "*"))
            copied = range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    /// The 11 digits of the mobile number `text` holds, however it is written.
    package static func mobileDigits(_ text: String) -> String? {
        numbers(in: text).first { $0.kind == .mobile }?.digits
    }

    /// The digits of the bank card or account number `text` holds, however it is written.
    package static func cardDigits(_ text: String) -> String? {
        numbers(in: text).first { $0.kind == .bankCard }?.digits
    }

    /// A number as written, masked: `139****5678`, `139-****-5678`.
    package static func mask(_ written: String) -> String { masked(written, except: []) }

    /// The numbers a short text holds, read in full (no byte scan first).
    private static func numbers(in text: String) -> [NumberShapes.Match] {
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
