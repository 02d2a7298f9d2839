import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// What a page is made from, as a digest: its template's name and everything its template receives.
/// Rendering is a function of these (with the templates and the tool, which the page index keeps apart),
/// so a page whose key did not change since the last build has the same bytes and is not rendered again.
package struct PageKey: Hashable, Sendable, CustomStringConvertible {
    /// The first 16 bytes of a SHA-256, as two numbers rather than text: a city's build holds some 120,000 keys.
    private let high: UInt64, low: UInt64

    /// The key whose first 16 bytes are the first 16 of `digest` (a SHA-256).
    package init(digest: [UInt8]) {
        precondition(digest.count >= 16, "a page key is made from a SHA-256")
        var high: UInt64 = 0, low: UInt64 = 0
        for byte in digest[0..<8] { high = high << 8 | UInt64(byte) }
        for byte in digest[8..<16] { low = low << 8 | UInt64(byte) }
        self.high = high
        self.low = low
    }

    /// The key `hex` spells (32 hexadecimal digits, as the page index keeps it); nil for anything else.
    package init?(hex: some StringProtocol) {
        let digits = Array(hex.utf8)
        guard digits.count == 32 else { return nil }
        var bytes: [UInt8] = []
        for at in stride(from: 0, to: 32, by: 2) {
            guard let high = Self.value(of: digits[at]), let low = Self.value(of: digits[at + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.init(digest: bytes)
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The key as 32 lowercase hexadecimal digits.
    package var hex: String {
        String(unsafeUninitializedCapacity: 32) { text in
            writeHex(into: text)
            return 32
        }
    }

    /// The key's 32 hexadecimal digits appended to `bytes`, without a string made for them (the page index writes
    /// two for each of a city's 120,000 files).
    package func appendHex(to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 32))
        bytes.withUnsafeMutableBufferPointer { writeHex(into: UnsafeMutableBufferPointer(rebasing: $0[start...])) }
    }

    private func writeHex(into text: UnsafeMutableBufferPointer<UInt8>) {
        for (offset, number) in [(0, high), (16, low)] {
            for at in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: number >> UInt64(60 - 4 * at)) & 0xF
                text[offset + at] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
        }
    }

    package init(_ template: PageTemplate, _ value: Value) { self.init(tag: template.name, value) }

    /// The key of a part of a page's values (a statement's values) that several pages hold: keyed once,
    /// the pages' keys hold this key in its place.
    package init(part: Value) { self.init(tag: "\u{0}part", part) }

    /// A key made of other keys, for a page assembled from rendered parts (a month's bundle of sheets).
    package init(_ template: PageTemplate, _ value: Value, parts: [PageKey]) {
        self.init(template, .list([value] + parts.map { .text($0.hex) }))
    }

    /// The key of a data file (`json`, `csv`): its bytes as encoded, before the publishing guard, which is the
    /// same for the same bytes (its policy is among the inputs the page index keeps apart).
    package init(data bytes: [UInt8]) { self.init(digest: SHA256.hash(bytes)) }

    private init(tag: String, _ value: Value) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        Self.append(.text(tag), to: &bytes)
        Self.append(value, to: &bytes)
        self.init(digest: SHA256.hash(bytes))
    }

    package var description: String { hex }

    /// A canonical, unambiguous serialisation: a tag and a length before every value; a record's names
    /// in their declared order, which is fixed for each view.
    private static func append(_ value: Value, to bytes: inout [UInt8]) {
        switch value {
        case .absent:
            bytes.append(UInt8(ascii: "n"))
        case .flag(let flag):
            bytes.append(UInt8(ascii: flag ? "T" : "F"))
        case .number(let number):
            bytes.append(UInt8(ascii: "i"))
            appendLength(number, to: &bytes)
        case .text(let text):
            append(text, tag: "s", to: &bytes)
        case .markup(let text):
            append(text, tag: "m", to: &bytes)
        case .list(let items):
            bytes.append(UInt8(ascii: "a"))
            appendLength(items.count, to: &bytes)
            for item in items { append(item, to: &bytes) }
        case .record(let record):
            bytes.append(UInt8(ascii: "d"))
            appendLength(record.names.count, to: &bytes)
            for (name, value) in zip(record.names, record.values) {
                append(.text(name), to: &bytes)
                append(value, to: &bytes)
            }
        }
    }

    private static func append(_ text: String, tag: Unicode.Scalar, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: tag))
        // From the string's own buffer in one copy: appending its `utf8` view goes byte by byte.
        var text = text
        text.withUTF8 { utf8 in
            appendLength(utf8.count, to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    private static func appendLength(_ number: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }
}
