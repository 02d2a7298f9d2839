import Foundation
import NoticeboardModel
import NoticeboardValues

/// `datapackage.json`: a Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/) naming
/// every data file of the site with its path, format, schema, size and SHA-256, and the licence the records
/// declare. The CSV files are tables as they are; each JSON file is a table by its array of rows (`lines`,
/// `items`, `results`, `steps`, `compounds`: the JSON dialect's `property`), the rest of it describing the record.
package struct DataPackage: Codable, Sendable, Equatable {
    package static let format = "noticeboard-open-data-1"

    package struct License: Codable, Sendable, Equatable {
        package let name: String
        package let title: String?
        package let path: String?
    }

    package struct JSONDialect: Codable, Sendable, Equatable {
        package struct Options: Codable, Sendable, Equatable {
            package let property: String
            package let keyed: Bool
        }
        package let json: Options
    }

    /// What the tool says of a resource beyond the standard: which record it is the data of.
    package struct About: Codable, Sendable, Equatable {
        /// `statement`, `year`, `services`, `evaluation`, `approval`, `overview`, `overview-warnings`.
        package let kind: String
        package let compound: String?
        /// The month, quarter, year or approval id.
        package let period: String?
    }

    package struct Resource: Codable, Sendable, Equatable {
        package let name: String
        package let path: String
        package let profile: String
        package let format: String
        package let mediatype: String
        package let encoding: String
        /// The CSV's size; not given for a JSON file, whose size frictionless does not count when it reads it as a table.
        package let bytes: Int?
        /// `sha256:` and 64 lowercase hexadecimal digits.
        package let hash: String
        package let schema: String
        package let dialect: JSONDialect?
        package let noticeboard: About

        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(path, forKey: .path)
            try c.encode(profile, forKey: .profile)
            try c.encode(format, forKey: .format)
            try c.encode(mediatype, forKey: .mediatype)
            try c.encode(encoding, forKey: .encoding)
            try c.encodeIfPresent(bytes, forKey: .bytes)
            try c.encode(hash, forKey: .hash)
            try c.encode(schema, forKey: .schema)
            try c.encodeIfPresent(dialect, forKey: .dialect)
            try c.encode(noticeboard, forKey: .noticeboard)
        }

        /// The SHA-256 the package gives, without its `sha256:`.
        package var sha256: String { hash.hasPrefix("sha256:") ? String(hash.dropFirst(7)) : hash }
    }

    /// What the tool says of the board as a whole.
    package struct Board: Codable, Sendable, Equatable {
        package let format: String
        package let community: String
        package let street: String
        package let baseURL: String
        /// The overview's data, which the portal reads.
        package let overview: String

        enum CodingKeys: String, CodingKey {
            case format, community, street, baseURL = "base_url", overview
        }
    }

    package let profile: String
    package let name: String
    package let title: String
    package let description: String
    package let homepage: String
    package let licenses: [License]
    package let noticeboard: Board
    package var resources: [Resource]

    /// The licence when the records name none (`site.yaml`'s `licence`): docs/records.md says it.
    package static let defaultLicence = "CC-BY-4.0"

    /// The licence the data of `site` is published under.
    package static func licence(of site: Site) -> String { site.licence ?? defaultLicence }

    /// The licences whose title and text the package names; any other is named by its identifier alone.
    package static let knownLicences: [String: (title: String, path: String)] = [
        "CC-BY-4.0": ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "CC-BY-SA-4.0": ("Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
        "ODC-BY-1.0": ("Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
        "ODbL-1.0": ("Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
        "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License v1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
    ]

    /// A data file's resource name, made of its path: lowercase ASCII letters, digits, `-`, `_` and `.` kept, any other
    /// character `-`; the extension made `-<format>`, and `-data-` shortened to `-` (`compounds-xq-0001-2026-10-json`).
    /// Done on bytes: a city's package names some 60,000 resources.
    static func resourceName(_ path: String, format: String) -> String {
        let kept = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        var name: [UInt8]
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            name = path.utf8.map { byte in
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                return kept(lower) ? lower : UInt8(ascii: "-")
            }
        } else {
            // A record's own name in the path: character by character, so that one character gives one `-`.
            name = Array(String(path.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "-" }).utf8)
        }
        if name.reversed().starts(with: ".csv".utf8.reversed()) || name.reversed().starts(with: ".json".utf8.reversed()), let dot = name.lastIndex(of: UInt8(ascii: ".")) {
            name = Array(name[..<dot]) + [UInt8(ascii: "-")] + Array(format.utf8)
        }
        let long = Array("-data-".utf8)
        var short: [UInt8] = [], at = 0
        short.reserveCapacity(name.count)
        while at < name.count {
            if name[at...].starts(with: long) {
                short.append(UInt8(ascii: "-"))
                at += long.count
            } else {
                short.append(name[at])
                at += 1
            }
        }
        return String(decoding: short, as: UTF8.self)
    }

    package static func license(_ name: String) -> License {
        License(name: name, title: knownLicences[name]?.title, path: knownLicences[name]?.path)
    }
}

extension DataPackage {
    /// The package of the data files as they were written: each resource with the SHA-256 and size of its bytes.
    package init(site: Site, baseURL: String, written: [(resource: DataResource, sha256: String, size: Int)]) {
        self.init(site: site, baseURL: baseURL, overviewOf: written)
        Self.eachResource(of: written) { resources.append($0) }
    }

    /// The resources of `written` one at a time, in the package's order (by path), each named uniquely.
    static func eachResource(of written: [(resource: DataResource, sha256: String, size: Int)], _ body: (Resource) -> Void) {
        for (file, name) in listing(of: written) { body(resource(file, named: name)) }
    }

    /// The files of `written` in the package's order (by path), each with its resource's name, made unique: names are
    /// lowercase letters, digits, `-`, `.` and `_`, and a second with the same name gets a number. Made in one pass,
    /// before the resources are (`resource(_:named:)`), which can then be made in any order.
    static func listing(of written: [(resource: DataResource, sha256: String, size: Int)])
        -> [(file: (resource: DataResource, sha256: String, size: Int), name: String)] {
        var names: Set<String> = []
        return written.sorted(by: { $0.resource.path < $1.resource.path }).map { file in
            let resource = file.resource
            var name = Self.resourceName(resource.path, format: resource.format.rawValue)
            if resource.about.kind == "overview" { name = resource.format == .csv ? OpenDataPaths.overviewCSVResource : OpenDataPaths.overviewJSONResource }
            var unique = name, number = 2
            while !names.insert(unique).inserted {
                unique = "\(name)-\(number)"
                number += 1
            }
            return (file, unique)
        }
    }

    /// The resource of a file written, under its name in the listing.
    static func resource(_ file: (resource: DataResource, sha256: String, size: Int), named name: String) -> Resource {
        let (resource, sha256, size) = file
        let csv = resource.format == .csv
        return Resource(name: name, path: resource.path, profile: "tabular-data-resource", format: resource.format.rawValue,
                        mediatype: csv ? "text/csv" : "application/json", encoding: csv ? "utf-8-sig" : "utf-8",
                        bytes: csv ? size : nil, hash: "sha256:" + sha256, schema: OpenDataPaths.schema(resource.table, resource.format),
                        dialect: resource.property.map { JSONDialect(json: .init(property: $0, keyed: true)) }, noticeboard: resource.about)
    }

    /// The package's head (everything but its resources) for the data files `written`.
    init(site: Site, baseURL: String, overviewOf written: [(resource: DataResource, sha256: String, size: Int)]) {
        resources = []
        profile = "tabular-data-package"
        name = "noticeboard-open-data"
        title = "\(site.community) 小区公示栏公开数据"
        description = "\(site.community)（\([site.city, site.district, site.street].compactMap { $0 }.joined())）各小区每月收支明细、服务清单、居民评议、重大支出决策和社区督查总览，与网站和门房张贴的公示一致；核验码的算法见 docs/verification-codes.md。"
        homepage = baseURL
        licenses = [Self.license(Self.licence(of: site))]
        // The overview's data, which the portal reads: its JSON file among the resources.
        let overview = written.first { $0.resource.about.kind == "overview" && $0.resource.format == .json }?.resource.path ?? ""
        noticeboard = Board(format: Self.format, community: site.community, street: site.street, baseURL: baseURL, overview: overview)
    }
}
