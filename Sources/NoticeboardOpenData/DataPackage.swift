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
    package let resources: [Resource]

    /// The licence when the records name none (`site.yaml`'s `licence`): docs/records.md says it.
    package static let defaultLicence = "CC-BY-4.0"

    /// The licences whose title and text the package names; any other is named by its identifier alone.
    package static let knownLicences: [String: (title: String, path: String)] = [
        "CC-BY-4.0": ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "CC-BY-SA-4.0": ("Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
        "ODC-BY-1.0": ("Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
        "ODbL-1.0": ("Open Data Commons Open Database License v1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
        "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License v1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
    ]

    package static func license(_ name: String) -> License {
        License(name: name, title: knownLicences[name]?.title, path: knownLicences[name]?.path)
    }
}

/// A data file to publish: where, its bytes, and, for a table, what the package says of it.
package struct OpenDataFile: Sendable {
    package struct Table: Sendable {
        package let schema: String
        package let format: OpenDataPaths.Format
        /// The JSON file's array of rows.
        package let property: String?
        package let about: DataPackage.About
    }

    package let path: String
    package let bytes: [UInt8]
    /// Nil for a schema file, which is not itself a resource.
    package let table: Table?
}

extension DataPackage {
    /// The package of `files` as they are published (their final bytes: what the SHA-256 is of).
    package init(site: Site, baseURL: String, files: [(file: OpenDataFile, bytes: [UInt8])]) {
        var names: Set<String> = []
        let tables = files.compactMap { file, bytes in file.table.map { (file.path, bytes, $0) } }.sorted { $0.0 < $1.0 }
        resources = tables.map { path, bytes, table in
            // Resource names are lowercase letters, digits, `-`, `.` and `_`; a second with the same name gets a number.
            var name = String(path.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") ? $0 : "-" })
            if name.hasSuffix(".csv") || name.hasSuffix(".json") { name = String(name[..<name.lastIndex(of: ".")!]) + "-" + table.format.rawValue }
            name = name.replacingOccurrences(of: "-data-", with: "-")
            if path == OpenDataPaths.overview(.csv) { name = OpenDataPaths.overviewCSVResource }
            if path == OpenDataPaths.overview(.json) { name = OpenDataPaths.overviewJSONResource }
            var unique = name, number = 2
            while !names.insert(unique).inserted {
                unique = "\(name)-\(number)"
                number += 1
            }
            return Resource(name: unique, path: path, profile: "tabular-data-resource", format: table.format.rawValue,
                            mediatype: table.format == .csv ? "text/csv" : "application/json", encoding: table.format == .csv ? "utf-8-sig" : "utf-8",
                            bytes: table.format == .csv ? bytes.count : nil, hash: "sha256:" + SHA256.hash(bytes).hexDigits, schema: table.schema,
                            dialect: table.property.map { JSONDialect(json: .init(property: $0, keyed: true)) }, noticeboard: table.about)
        }
        profile = "tabular-data-package"
        name = "noticeboard-open-data"
        title = "\(site.community) 小区公示栏公开数据"
        description = "\(site.community)（\([site.city, site.district, site.street].compactMap { $0 }.joined())）各小区每月收支明细、服务清单、居民评议、重大支出决策和社区督查总览，与网站和门房张贴的公示一致；核验码的算法见 docs/verification-codes.md。"
        homepage = baseURL
        licenses = [Self.license(site.licence ?? Self.defaultLicence)]
        noticeboard = Board(format: Self.format, community: site.community, street: site.street, baseURL: baseURL, overview: OpenDataPaths.overview(.json))
    }
}
