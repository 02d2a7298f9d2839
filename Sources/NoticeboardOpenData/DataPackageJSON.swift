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

    /// The bytes of the package of the data files `written`, through `guarded` (the publishing guard): the resources
    /// written and guarded in parts of `part` resources, on all cores, each part made and written in turn rather than
    /// all made first (at a city's scale the list would be some 30 MB more at the build's highest memory). The package
    /// is the last file of a build, and on one core its 60,000 resources took most of a second (500 × 24). A part
    /// ends after a resource's `},` and a line break, where no number runs on, so the guard reads in parts what it
    /// would read whole (a test holds the two to the same bytes).
    package static func jsonBytes(site: Site, baseURL: String, written: [(resource: DataResource, sha256: String, size: Int)], part: Int = 1024,
                                  guarded: @Sendable ([UInt8]) -> [UInt8] = { $0 }) -> [UInt8] {
        let head = DataPackage(site: site, baseURL: baseURL, overviewOf: written)
        // The head as JSONEncoder writes it, with an empty list where the resources go.
        let encoded = DataJSON.encode(head)
        guard !written.isEmpty, let at = encoded.firstRange(of: emptyResources) else {
            var whole = head
            eachResource(of: written) { whole.resources.append($0) }
            return guarded(DataJSON.encode(whole))
        }
        let listing = listing(of: written)
        let parts = stride(from: 0, to: listing.count, by: max(1, part)).map { $0..<min($0 + max(1, part), listing.count) }
        var written = parts.parallelMap { range in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 640)
            for at in range {
                resource(listing[at].file, named: listing[at].name).write(into: &out)
                out += at == listing.count - 1 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
            }
            return guarded(out)
        }
        var out = guarded(Array(encoded[..<at.lowerBound]) + Array("\"resources\" : [\n".utf8))
        out.reserveCapacity(out.count + written.reduce(0) { $0 + $1.count } + encoded.count - at.upperBound + 3)
        written.drain { out += $0 }
        out += guarded(Array("  ]".utf8) + encoded[at.upperBound...])
        return out
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
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, byte]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
