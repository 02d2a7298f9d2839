import Foundation
import NoticeboardModel

extension DataPackage {
    /// The package's bytes, as `DataJSON.encode` writes it (keys sorted, indented, slashes unescaped, a newline at
    /// the end), written directly: a city's package lists some 60,000 resources, made on the one core that ends a
    /// build, where JSONEncoder took 2.6 s and `DataJSONEncoder`'s tree of values 0.7–1.2 s against 0.24–0.41 s
    /// here (500 × 24). The head of the package is left to `DataJSON.encode`; the resources, the bulk, are written
    /// here. A test holds the two to the same bytes.
    package var jsonBytes: [UInt8] {
        var head = self
        head.resources = []
        return Self.json(head: head, count: resources.count) { write in resources.forEach(write) }
    }

    /// The publishing guard, given bytes it may change in place.
    package typealias Guard = @Sendable (consuming [UInt8]) -> [UInt8]

    /// The bytes of the package of the data files `written`, through `guarded` (the publishing guard). The package is
    /// the last file of a build, and on one core a city's 60,000 resources took most of a second (500 × 24): they are
    /// written and guarded in parts of `part` resources, a part on each core, and appended in order as each round of
    /// parts is done (all parts made first would hold the package twice at the build's end). A part ends after a
    /// resource's `},` and a line break. The guard reads JSON as text that may hold markup, and a `<` may open a tag
    /// that runs on past the end of a part; so a package with a `<` anywhere is guarded whole, and one without reads
    /// in parts as it reads whole (a test holds the two to the same bytes).
    package static func jsonBytes(site: Site, baseURL: String, written: [(resource: DataResource, sha256: String, size: Int)], part: Int = 1024,
                                  guarded: Guard = { $0 }) -> [UInt8] {
        let head = DataPackage(site: site, baseURL: baseURL, overviewOf: written)
        // The head as JSONEncoder writes it, with an empty list where the resources go.
        let encoded = DataJSON.encode(head)
        let listing = listing(of: written)
        if !listing.isEmpty, let at = encoded.firstRange(of: emptyResources), !encoded.contains(UInt8(ascii: "<")) {
            var out = guarded(Array(encoded[..<at.lowerBound]) + Array("\"resources\" : [\n".utf8))
            if appendGuarded(listing, inPartsOf: max(1, part), guarded: guarded, to: &out) {
                out += guarded(Array("  ]".utf8) + encoded[at.upperBound...])
                return out
            }
        }
        return guarded(json(head: head, count: listing.count) { write in listing.forEach { write(resource($0.file, named: $0.name)) } })
    }

    /// The resources of `listing` written and guarded in parts of `size`, on all cores, appended to `out` in order;
    /// false when a part holds a `<` (`out` is then left part written).
    private static func appendGuarded(_ listing: [(file: (resource: DataResource, sha256: String, size: Int), name: String)], inPartsOf size: Int,
                                      guarded: Guard, to out: inout [UInt8]) -> Bool {
        let parts = stride(from: 0, to: listing.count, by: size).map { $0..<min($0 + size, listing.count) }
        let round = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for first in stride(from: 0, to: parts.count, by: round) {
            var made = Array(parts[first..<min(first + round, parts.count)]).parallelMap { range -> [UInt8]? in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(range.count * 640)
                for at in range {
                    resource(listing[at].file, named: listing[at].name).write(into: &bytes)
                    bytes += at == listing.count - 1 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
                }
                return bytes.contains(UInt8(ascii: "<")) ? nil : guarded(consume bytes)
            }
            // Room for the whole list at once, as long as the first round's parts are on average.
            if first == 0 { out.reserveCapacity(out.count + made.reduce(0) { $0 + ($1?.count ?? 0) } * parts.count / made.count + 4096) }
            var whole = true
            made.drain { part in
                if let part { out += part } else { whole = false }
            }
            if !whole { return false }
        }
        return true
    }

    private static let emptyResources = Array("\"resources\" : [\n\n  ]".utf8)

    /// `head` (with no resources) as `DataJSON.encode` writes it, the `count` resources `resources` gives written in
    /// the place of its empty list.
    private static func json(head: DataPackage, count: Int, _ resources: ((Resource) -> Void) -> Void) -> [UInt8] {
        // The head as JSONEncoder writes it, with an empty list where the resources go.
        let encoded = DataJSON.encode(head)
        guard count > 0 else { return encoded }
        guard let at = encoded.firstRange(of: emptyResources) else {
            var whole = head
            resources { whole.resources.append($0) }
            return DataJSON.encode(whole)
        }
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count + count * 640)
        out += encoded[..<at.lowerBound]
        out += Array("\"resources\" : [\n".utf8)
        var written = 0
        resources { resource in
            resource.write(into: &out)
            written += 1
            out += written == count ? [0x0A] : [UInt8(ascii: ","), 0x0A]
        }
        out += Array("  ]".utf8)
        out += encoded[at.upperBound...]
        return out
    }
}

extension DataPackage.Resource {
    /// The resource as an element of the package's `resources`, indented four spaces, keys sorted.
    fileprivate func write(into out: inout [UInt8]) {
        var object = JSONObjectWriter(depth: 2, into: &out)
        if let bytes { object.field("bytes", raw: String(bytes)) }
        if let dialect {
            object.open("dialect")
            object.open("json")
            object.field("keyed", raw: dialect.json.keyed ? "true" : "false")
            object.field("property", dialect.json.property)
            object.close()
            object.close()
        }
        object.field("encoding", encoding)
        object.field("format", format)
        object.field("hash", hash)
        object.field("mediatype", mediatype)
        object.field("name", name)
        object.open("noticeboard")
        if let compound = noticeboard.compound { object.field("compound", compound) }
        object.field("kind", noticeboard.kind)
        if let period = noticeboard.period { object.field("period", period) }
        object.close()
        object.field("path", path)
        object.field("profile", profile)
        object.field("schema", schema)
        object.close()
        out = object.out
    }
}

/// Writes nested objects as JSONEncoder's pretty printing does: `{`, each field on its own line indented two
/// spaces deeper as `"key" : value`, a comma after all but the last, the closing brace on its own line.
private struct JSONObjectWriter {
    var out: [UInt8]
    /// Per open object, its depth and whether a field has been written in it.
    private var levels: [(depth: Int, hasField: Bool)]

    init(depth: Int, into out: inout [UInt8]) {
        self.out = out
        out = []
        levels = [(depth, false)]
        indent(depth)
        self.out.append(UInt8(ascii: "{"))
    }

    mutating func field(_ key: String, _ value: String) {
        startField(key)
        JSONString.append(value, to: &out)
    }

    mutating func field(_ key: String, raw value: String) {
        startField(key)
        out += value.utf8
    }

    mutating func open(_ key: String) {
        startField(key)
        out.append(UInt8(ascii: "{"))
        levels.append((levels[levels.count - 1].depth + 1, false))
    }

    mutating func close() {
        let (depth, _) = levels.removeLast()
        out.append(0x0A)
        indent(depth)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func startField(_ key: String) {
        out += levels[levels.count - 1].hasField ? [UInt8(ascii: ","), 0x0A] : [0x0A]
        levels[levels.count - 1].hasField = true
        indent(levels[levels.count - 1].depth + 1)
        JSONString.append(key, to: &out)
        out += [0x20, UInt8(ascii: ":"), 0x20]
    }

    private mutating func indent(_ depth: Int) {
        out.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }
}

/// A string as a JSON string, escaped as `DataJSON.encode` escapes it (slashes left as they are).
package enum JSONString {
    package static func quoted(_ string: String) -> [UInt8] {
        var out: [UInt8] = []
        append(string, to: &out)
        return out
    }

    package static func append(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Most strings need no escape: copied whole.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(0x5C); out.append(byte)
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
