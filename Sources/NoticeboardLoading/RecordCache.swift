import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardModel
import NoticeboardValues

/// What reading gave for each statement and service list at the last build (most of a city's files, and of its
/// bytes), kept beside the output (`.public.records`, never published), so that the build after a new month reads
/// again only the files that changed. An entry is used only for the file at its path whose bytes have its SHA-256,
/// by the same tool that wrote it; and only records that read without any diagnostic or personal number are kept,
/// so that an entry gives exactly what reading its file gives (the rules then run on every record as always). The
/// file names its format, a digest of the tool that wrote it and its body's SHA-256: a cache of another tool is not
/// used, nor a damaged one, and the build says so.
package struct RecordCache: Sendable {
    static let format = "noticeboard-records-1"

    /// How a file read goes into the next cache: read from the file (and written from its record), or taken whole
    /// from the last cache (a slice of its bytes, not a copy).
    package enum Kept: Sendable {
        case read
        case taken(ArraySlice<UInt8>)
    }

    /// Where a build keeps its cache, and the tool it is for (`BuildManifest.toolIdentity`).
    package struct Place: Sendable {
        let file: URL
        let tool: String

        package init(file: URL, tool: String) {
            self.file = file
            self.tool = tool
        }
    }

    /// What a build found where its cache is kept.
    package enum Found: Sendable {
        case cache(RecordCache)
        /// No cache (the first build into this output).
        case none
        /// A cache that cannot be used, and why: every record is read from its file.
        case discarded(Message)
    }

    /// The cache file's bytes (its head too, in front of the entries).
    private let body: [UInt8]
    /// The SHA-256 of its entries, as its head gives it.
    private let bodyDigest: String
    /// Each path's digest and record, as ranges of `body`.
    private let entries: [String: (digest: Range<Int>, record: Range<Int>)]

    package static let empty = RecordCache(body: [], bodyDigest: "", entries: [:])

    private init(body: [UInt8], bodyDigest: String, entries: [String: (digest: Range<Int>, record: Range<Int>)]) {
        self.body = body
        self.bodyDigest = bodyDigest
        self.entries = entries
    }

    /// Whether records of `kind` are kept.
    static func keeps(_ kind: RecordFile) -> Bool {
        switch kind {
        case .statement, .serviceList: true
        default: false
        }
    }

    /// What the cache holds for a file.
    enum Lookup {
        /// The record kept for the file's very bytes, and its entry's bytes.
        case kept(ParsedFile.Record, ArraySlice<UInt8>)
        /// Nothing for these bytes (a new or changed file, or one not kept).
        case none
        /// An entry for these bytes that does not read as a record of the file's kind: the cache is not this tool's.
        case unreadable
    }

    /// What the cache holds for the file at `path`, of `kind`, whose bytes have the SHA-256 `digest`.
    func record(at path: String, _ kind: RecordFile, digest: [UInt8]) -> Lookup {
        guard let (kept, record) = entries[path], body[kept].elementsEqual(digest) else { return .none }
        let read = body.withUnsafeBytes { bytes -> ParsedFile.Record? in
            let bytes = UnsafeRawBufferPointer(rebasing: bytes[record]), path = SourcePath(path)
            switch kind {
            case .statement: return Statement(cacheBytes: bytes, path: path).map(ParsedFile.Record.statement)
            case .serviceList: return ServiceList(cacheBytes: bytes, path: path).map(ParsedFile.Record.serviceList)
            default: return nil
            }
        }
        return read.map { .kept($0, body[record]) } ?? .unreadable
    }

    /// The cache at `place`, as `Found`.
    package static func find(at place: Place) -> Found {
        guard let data = FileManager.default.contents(atPath: place.file.path) else { return .none }
        let bytes = [UInt8](data)
        var lines: [Range<Int>] = [], start = 0
        while lines.count < 3, let newline = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(start..<newline)
            start = newline + 1
        }
        let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        guard lines.count == 3, text(lines[0]) == format else { return .discarded(damaged) }
        guard text(lines[1]) == place.tool.sha256Hex else { return .discarded(anotherTool) }
        // The entries' ranges are of the whole file, head and all: the body is not copied out of it.
        let bodyDigest = bytes.withUnsafeBytes { SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[start...])) }.hexDigits
        guard text(lines[2]) == bodyDigest, let entries = index(bytes, from: start) else { return .discarded(damaged) }
        return .cache(RecordCache(body: bytes, bodyDigest: bodyDigest, entries: entries))
    }

    /// The next build's cache, written entry by entry into one buffer as the files read are taken in (no small
    /// block per file is left behind in the heap), and kept at `place` by `keep`.
    package struct Next {
        private var body: [UInt8] = []

        package init(capacity: Int) { body.reserveCapacity(capacity) }

        /// Adds the file `path`, whose bytes have the SHA-256 `digest`, read as `record`.
        package mutating func add(_ path: String, digest: [UInt8], _ kept: Kept, _ record: ParsedFile.Record?) {
            let start = body.count
            Self.appendLength(path.utf8.count, to: &body)
            body += path.utf8
            body += digest
            let length = body.count
            Self.appendLength(0, to: &body)
            switch (kept, record) {
            case (.taken(let bytes), _):
                body += bytes
            case (.read, .statement(let statement)?):
                guard write(path, { statement.writeCacheBytes(&$0) }) else { return body.removeSubrange(start...) }
            case (.read, .serviceList(let list)?):
                guard write(path, { list.writeCacheBytes(&$0) }) else { return body.removeSubrange(start...) }
            case (.read, _):
                return body.removeSubrange(start...)
            }
            withUnsafeBytes(of: UInt32(body.count - length - 4).littleEndian) { body.replaceSubrange(length..<length + 4, with: $0) }
        }

        /// Writes the record of the file `path` after the body through `record`; false when it did not write it whole.
        private mutating func write(_ path: String, _ record: (inout CacheWriter) -> Bool) -> Bool {
            var out = CacheWriter(file: path, after: body)
            body = []
            defer { body = out.bytes }
            return record(&out)
        }

        /// Keeps the cache at `place` for the next build, unless it is what `previous` holds already. A cache that
        /// cannot be written costs the next build its speed, nothing else: it is left out, and one that could not be
        /// replaced is removed rather than kept out of date.
        package func keep(at place: Place, previous: RecordCache?) {
            let bodyDigest = body.withUnsafeBytes(SHA256.hash).hexDigits
            if let previous, previous.bodyDigest == bodyDigest { return }
            let head = Array("\(format)\n\(place.tool.sha256Hex)\n\(bodyDigest)\n".utf8)
            // Written beside and renamed over: a build stopped while writing leaves the last cache whole, or none.
            let next = place.file.path + ".next"
            let fd = open(next, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            let written = fd >= 0 && RecordCache.writeAll(fd, head) && RecordCache.writeAll(fd, body)
            if fd >= 0 { close(fd) }
            if !written || rename(next, place.file.path) != 0 {
                unlink(next)
                unlink(place.file.path)
            }
        }

        private static func appendLength(_ length: Int, to body: inout [UInt8]) {
            withUnsafeBytes(of: UInt32(length).littleEndian) { body += $0 }
        }
    }

    fileprivate static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
    }

    /// Each entry's place in `body`, whose entries begin at `start`; nil when they are not a list of whole entries,
    /// each path once.
    private static func index(_ body: [UInt8], from start: Int) -> [String: (digest: Range<Int>, record: Range<Int>)]? {
        var entries: [String: (digest: Range<Int>, record: Range<Int>)] = [:]
        var at = start
        func length() -> Int? {
            guard body.count - at >= 4 else { return nil }
            let value = body[at..<at + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
            at += 4
            return value
        }
        while at < body.count {
            guard let pathLength = length(), body.count - at >= pathLength + 32,
                  let path = String(validating: body[at..<at + pathLength], as: UTF8.self) else { return nil }
            let digest = at + pathLength..<at + pathLength + 32
            at = digest.upperBound
            guard let recordLength = length(), body.count - at >= recordLength, entries[path] == nil else { return nil }
            entries[path] = (digest, at..<at + recordLength)
            at += recordLength
        }
        return entries
    }

    static let unreadEntries = Message(
        zh: "记录缓存中有的条目读不出（不是本版本写下的），这些记录已改为读取原文件",
        en: "some entries of the record cache did not read back (another build wrote them); their files were read instead")
    private static let damaged = Message(
        zh: "上次留下的记录缓存不完整或已损坏，已弃用：本次重新读取全部记录",
        en: "the record cache the last build left is incomplete or damaged and was discarded: every record is read again")
    private static let anotherTool = Message(
        zh: "记录缓存由另一版本的 noticeboard 写下，已弃用：本次重新读取全部记录",
        en: "the record cache was written by another build of noticeboard and was discarded: every record is read again")
}
