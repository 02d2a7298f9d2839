import Foundation
import Testing
import NoticeboardModel
@testable import NoticeboardOpenData
import NoticeboardPrivacy
import NoticeboardValues

/// `datapackage.json` is written by hand for speed: it must be the bytes JSONEncoder writes for the same package.
@Suite struct DataPackageJSONTests {
    /// Pieces of text that JSON escapes, or that an escaper could get wrong.
    static let pieces = ["", "a", "/", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "馨园", "é", "👍🏽",
                         "\u{2028}", "sha256:", " : ", "{", "]", "%", "null"]

    /// The `index`-th of a deterministic run of strings made of one to three pieces.
    static func text(_ index: Int) -> String {
        let count = pieces.count
        return (0...(index % 3)).map { pieces[(index * 7 + $0 * 13 + $0 * index) % count] }.joined()
    }

    static func package(resources: Int, seed: Int) -> DataPackage {
        let list = (0..<resources).map { i in
            let n = seed * 1000 + i
            return DataPackage.Resource(
                name: text(n), path: text(n + 1), profile: "tabular-data-resource", format: n % 2 == 0 ? "csv" : "json", mediatype: text(n + 2),
                encoding: "utf-8", bytes: n % 3 == 0 ? nil : n * 37, hash: "sha256:" + String(repeating: "ab", count: 32), schema: text(n + 3),
                dialect: n % 2 == 0 ? nil : .init(json: .init(property: text(n + 4), keyed: n % 4 == 1)),
                noticeboard: .init(kind: text(n + 5), compound: n % 5 == 0 ? nil : text(n + 6), period: n % 7 == 0 ? nil : text(n + 7)))
        }
        return DataPackage(
            profile: "tabular-data-package", name: "noticeboard-open-data", title: text(seed), description: text(seed + 1), homepage: text(seed + 2),
            licenses: [DataPackage.license("CC-BY-4.0")],
            noticeboard: .init(format: DataPackage.format, community: text(seed + 3), street: text(seed + 4), baseURL: "https://a.example/x/", overview: "overview/data.json"),
            resources: list)
    }

    @Test(arguments: [0, 1, 2, 7, 40])
    func theWrittenBytesAreJSONEncodersBytes(resources: Int) {
        for seed in 0..<12 {
            let package = Self.package(resources: resources, seed: seed)
            #expect(package.jsonBytes == DataJSON.encode(package), "seed \(seed), \(resources) resources")
        }
    }

    /// The data files of a generated site, as a build lists them written: paths out of order, names that collide
    /// once made (`A/x.csv`, `a/x.csv`), the overview's among them, formats and sizes varied.
    static func written(_ count: Int, seed: Int) -> [(resource: DataResource, sha256: String, size: Int)] {
        (0..<count).map { i in
            let n = seed * 1000 + i
            let overview = i == count / 2
            let format: OpenDataPaths.Format = n % 3 == 0 ? .csv : .json
            let path = overview ? "overview/data.\(format.rawValue)" : "\(n % 2 == 0 ? "A" : "a")/\(text(n))/\((count - i) % 5)/data.\(format.rawValue)"
            return (DataResource(path: path, format: format, table: text(n + 1), property: format == .json ? text(n + 2) : nil,
                                 about: .init(kind: overview ? "overview" : text(n + 3), compound: n % 4 == 0 ? nil : text(n + 4), period: text(n + 5))),
                    String(repeating: String(n % 16, radix: 16), count: 64), n * 31)
        }
    }

    /// The package written resource by resource as a build writes it is the package made whole and encoded.
    @Test(arguments: [0, 1, 3, 50])
    func thePackageWrittenInTurnIsThePackageMadeWhole(files: Int) {
        for seed in 0..<6 {
            let site = Site(community: Self.text(seed), street: Self.text(seed + 1), district: seed % 2 == 0 ? nil : Self.text(seed + 2), city: Self.text(seed + 3),
                            baseURL: Located("https://a.example/", at: .file("content/site.yaml")), rulePack: nil, partyCommittee: nil,
                            streetPartyCommittee: nil, supervision: nil, publish: [], licence: seed % 3 == 0 ? nil : "CC0-1.0",
                            location: .file("content/site.yaml"))
            let written = Self.written(files, seed: seed)
            let whole = DataPackage(site: site, baseURL: "https://a.example/", written: written)
            #expect(whole.resources.count == files)
            #expect(Set(whole.resources.map(\.name)).count == files, "names made unique")
            // Written in parts on all cores, of one resource, of a few, and of more than there are.
            for part in [1, 3, 1024] {
                #expect(DataPackage.jsonBytes(site: site, baseURL: "https://a.example/", written: written, part: part) == DataJSON.encode(whole),
                        "seed \(seed), \(files) files, parts of \(part)")
            }
        }
    }

    /// The publishing guard, given the package in parts, masks what it masks in the package whole: personal numbers
    /// in paths, names and the head, at the start and end of parts, and digests left alone; and where a `<` in the head or
    /// in a resource opens what the guard reads as a tag, which may run on past a part's end, the package is guarded whole.
    @Test(arguments: [("街道", "馨园 13812345678", false), ("1381234<b", "y>5678", false), ("街道", "馨园", true)])
    func thePackageGuardedInPartsIsThePackageGuardedWhole(street: String, community: String, tagInAResource: Bool) {
        let mask = PublicationMask(publishing: ["13900000000"])
        let guarded: DataPackage.Guard = { bytes in
            var bytes = bytes
            let digests = ToolMadeDigests.setAside(&bytes)
            if let masked = mask.bytes(bytes) { bytes = masked }
            ToolMadeDigests.restore(&bytes, digests)
            return bytes
        }
        let numbers = ["13812345678", "110101199003071234", "13900000000", "0571-87654321", "2026", ""]
        let site = Site(community: community, street: street, district: nil, city: nil,
                        baseURL: Located("https://a.example/", at: .file("content/site.yaml")), rulePack: nil, partyCommittee: nil,
                        streetPartyCommittee: nil, supervision: nil, publish: [], licence: nil, location: .file("content/site.yaml"))
        let digest = String(String(repeating: "0123456789", count: 7).prefix(64))
        let written = (0..<40).map { i in
            let number = numbers[i % numbers.count], format: OpenDataPaths.Format = i % 2 == 0 ? .csv : .json
            let folder = tagInAResource && i == 17 ? "1381234<b" : "xq-\(i)"
            return (resource: DataResource(path: "compounds/\(folder)/\(number)/data.\(format.rawValue)", format: format, table: "t", property: format == .json ? "lines" : nil,
                                           about: .init(kind: "statement", compound: "xq-\(number)", period: tagInAResource && i == 18 ? "y>5678" : number)),
                    sha256: digest, size: i)
        }
        let whole = guarded(DataPackage.jsonBytes(site: site, baseURL: "https://a.example/", written: written, part: written.count))
        #expect(whole != DataPackage.jsonBytes(site: site, baseURL: "https://a.example/", written: written), "the guard masked something")
        #expect(String(decoding: whole, as: UTF8.self).contains(digest), "digests are left alone")
        for part in [1, 2, 5, 7] {
            #expect(DataPackage.jsonBytes(site: site, baseURL: "https://a.example/", written: written, part: part, guarded: guarded) == whole, "parts of \(part)")
        }
    }

    /// Names from paths: made on bytes, they are what the rule made on characters gives.
    @Test func aResourceNameIsThePathsLettersDigitsAndDashes() {
        let paths = ["xq-0001/2026-10/data.json", "XQ_01/A.B/data.csv", "a b/c~d/e+f", "馨园/2026-10/data.json", "É/é", "/", "", "data.json",
                     "-data-data-/x.csv", "a.b.json", "x/data-data.csv", ".csv"]
            + (0..<(Self.pieces.count * 3)).map(Self.text)
        for path in paths {
            for format in ["csv", "json"] {
                var slow = String(path.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "-" })
                if slow.hasSuffix(".csv") || slow.hasSuffix(".json") { slow = String(slow[..<slow.lastIndex(of: ".")!]) + "-" + format }
                slow = slow.replacingOccurrences(of: "-data-", with: "-")
                #expect(DataPackage.resourceName(path, format: format) == slow, "\(path.debugDescription)")
            }
        }
    }

    @Test func everyStringIsEscapedAsJSONEncoderEscapesIt() throws {
        for index in 0..<(Self.pieces.count * 9) {
            let text = Self.text(index)
            let encoded = try JSONEncoder.sortedPretty.encode([text])
            // `[\n  "…"\n]`: the string between the brackets' lines.
            let expected = String(decoding: encoded, as: UTF8.self).dropFirst(4).dropLast(2)
            #expect(String(decoding: JSONString.quoted(text), as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }
}

extension JSONEncoder {
    static var sortedPretty: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}

/// A data file's path beside its page: the page's folder, kept as it is spelt.
@Suite struct OpenDataPathsTests {
    @Test(arguments: [
        ("compounds/xq-0001/ledger/2026-10/index.html", "compounds/xq-0001/ledger/2026-10/data.json"),
        ("overview/index.html", "overview/data.json"),
        ("index.html", "data.json"),
        ("", "data.json"),
        ("compounds/馨园/approvals/A-01/index.html", "compounds/馨园/approvals/A-01/data.json"),
        ("a/b/", "a/b/data.json"),
    ])
    func theDataLiesInThePagesFolder(page: String, data: String) {
        #expect(OpenDataPaths.beside(page, .json) == data)
        #expect(OpenDataPaths.beside(page, .csv, name: "year") == String(data.dropLast("data.json".count)) + "year.csv")
    }
}
