import NoticeboardValues

/// Writes the record cache's values (`RecordCache`): every integer in as few bytes as it needs (zigzag LEB128: a line
/// number or a count is one byte, an amount three or four), a string as its UTF-8 length and bytes, a place in the
/// file as its line and column; every place must lie in the one file being written.
struct CacheWriter {
    /// What was there before, then what is written: records are written one after another into one buffer.
    var bytes: [UInt8]
    /// The file every place written must be in.
    let file: String
    /// A place in another file was given: the record is not cached (reading it back would put it in this one).
    private(set) var elsewhere = false

    init(file: String, after bytes: consuming [UInt8] = []) {
        self.file = file
        self.bytes = bytes
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func location(_ location: SourceLocation) {
        if location.file != file { elsewhere = true }
        int(location.line)
        int(location.column)
    }

    mutating func located(_ value: Located<String>) {
        string(value.value)
        location(value.location)
    }

    mutating func located(_ value: Located<Int>) {
        int(value.value)
        location(value.location)
    }

    mutating func located(_ value: Located<Money>) {
        int(Int(value.value.fen))
        location(value.location)
    }

    mutating func day(_ value: Day) {
        int(value.year)
        byte(UInt8(value.month))
        byte(UInt8(value.day))
    }

    mutating func located(_ value: Located<Day>) {
        day(value.value)
        location(value.location)
    }

    mutating func located(_ value: Located<Month>) {
        int(value.value.year)
        byte(UInt8(value.value.month))
        location(value.location)
    }

    /// A flag, then the value when there is one.
    mutating func optional<Value>(_ value: Value?, _ write: (inout CacheWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    /// The count, then each value.
    mutating func list<Value>(_ values: [Value], _ write: (inout CacheWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `CacheWriter` wrote, every read checked against the end: a short or malformed record throws, and
/// is read from its file instead.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var at = 0
    /// The file the record is read for: every place read back is in it, sharing its path as a reader's places do.
    let path: SourcePath

    private init(_ bytes: UnsafeRawBufferPointer, path: SourcePath) {
        self.bytes = bytes
        self.path = path
    }

    /// What `read` makes of all of `bytes`, read for the file `path`; nil when they are malformed, or hold more.
    static func whole<Value>(_ bytes: UnsafeRawBufferPointer, path: SourcePath, _ read: (inout CacheReader) throws(Malformed) -> Value) -> Value? {
        var reader = CacheReader(bytes, path: path)
        guard let value = try? read(&reader), reader.at == bytes.count else { return nil }
        return value
    }

    private mutating func take(_ count: Int) throws(Malformed) -> Int {
        guard count >= 0, count <= bytes.count - at else { throw Malformed() }
        defer { at += count }
        return at
    }

    mutating func byte() throws(Malformed) -> UInt8 { bytes[try take(1)] }

    mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    /// A count or length: never negative.
    private mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0 else { throw Malformed() }
        return count
    }

    /// A text, decoded rather than validated: the cache's body was checked against its SHA-256 before any record is
    /// read, so its texts are the valid UTF-8 this tool wrote (and a decoder never fails: it would put U+FFFD for a
    /// byte that is not). Validating, generic over the bytes, was a tenth of reading a city's records.
    mutating func string() throws(Malformed) -> String {
        let count = try count()
        let start = try take(count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes.assumingMemoryBound(to: UInt8.self)[start..<start + count]), as: UTF8.self)
    }

    mutating func location() throws(Malformed) -> SourceLocation {
        let line = try int(), column = try int()
        return SourceLocation(path: path, line: line, column: column)
    }

    mutating func locatedString() throws(Malformed) -> Located<String> {
        let value = try string()
        return Located(value, at: try location())
    }

    mutating func locatedInt() throws(Malformed) -> Located<Int> {
        let value = try int()
        return Located(value, at: try location())
    }

    mutating func locatedMoney() throws(Malformed) -> Located<Money> {
        let fen = try int()
        return Located(Money(fen: Int64(fen)), at: try location())
    }

    mutating func day() throws(Malformed) -> Day {
        let year = try int(), month = try byte(), day = try byte()
        guard let value = Day(year: year, month: Int(month), day: Int(day)) else { throw Malformed() }
        return value
    }

    mutating func locatedDay() throws(Malformed) -> Located<Day> {
        let value = try day()
        return Located(value, at: try location())
    }

    mutating func locatedMonth() throws(Malformed) -> Located<Month> {
        let year = try int(), month = try byte()
        guard let value = Month(year: year, month: Int(month)) else { throw Malformed() }
        return Located(value, at: try location())
    }

    mutating func optional<Value>(_ read: (inout CacheReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func list<Value>(_ read: (inout CacheReader) throws(Malformed) -> Value) throws(Malformed) -> [Value] {
        let count = try count()
        // Each value takes at least a byte: a count beyond what is left is malformed. Reserved a little at most: a
        // value in memory is far larger than its bytes, and a crafted count must not ask for gigabytes.
        guard count <= bytes.count - at else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(min(count, 256))
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
