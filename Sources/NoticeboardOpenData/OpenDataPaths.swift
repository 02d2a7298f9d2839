/// Where the open data lies in the output (docs/site.md, "Open data"): each record's data beside its page,
/// the package and the tables' schemas at the root.
package enum OpenDataPaths {
    package static let package = "datapackage.json"
    /// The Table Schemas the resources name (`schemas/<table>.csv.json`, `schemas/<table>.json.json`).
    package static let schemasFolder = "schemas"

    package static func schema(_ table: String, _ format: Format) -> String { "\(schemasFolder)/\(table).\(format.rawValue).json" }

    /// `name.<format>` in the folder of `page` (`xinyuan/ledger/2026-10/index.html` → `xinyuan/ledger/2026-10/data.json`).
    package static func beside(_ page: String, _ format: Format, name: String = "data") -> String {
        // Up to the last `/`, kept: a city's build asks for some 120,000 of these.
        let folder = page.utf8.lastIndex(of: UInt8(ascii: "/")).map { page[...$0] } ?? ""
        return folder + name + "." + format.rawValue
    }

    /// The overview's resources, which every table's compound refers to (foreign keys).
    package static let overviewCSVResource = "overview-csv"
    package static let overviewJSONResource = "overview-json"

    package enum Format: String, Sendable, Codable {
        case csv, json
    }
}
