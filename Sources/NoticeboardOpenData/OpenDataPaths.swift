import NoticeboardValues

/// Where the data files lie in the output: beside the page they are the data of (docs/site.md).
package enum OpenDataPaths {
    package static let package = "datapackage.json"
    /// The Table Schemas the resources name (`schemas/<table>.csv.json`, `schemas/<table>.json.json`).
    package static let schemasFolder = "schemas"

    package static func statement(_ slug: String, _ month: Month, _ format: Format) -> String { "\(slug)/ledger/\(month)/data.\(format.rawValue)" }
    package static func serviceList(_ slug: String, _ month: Month, _ format: Format) -> String { "\(slug)/services/\(month)/data.\(format.rawValue)" }
    package static func evaluation(_ slug: String, _ quarter: Quarter, _ format: Format) -> String { "\(slug)/evaluations/\(quarter)/data.\(format.rawValue)" }
    package static func approval(_ slug: String, _ id: String, _ format: Format) -> String { "\(slug)/approvals/\(id)/data.\(format.rawValue)" }
    package static func year(_ slug: String, _ year: Int) -> String { "\(slug)/ledger/\(year)/data.csv" }
    package static func overview(_ format: Format) -> String { "overview/data.\(format.rawValue)" }
    package static let overviewWarnings = "overview/warnings.csv"
    package static func schema(_ table: String, _ format: Format) -> String { "\(schemasFolder)/\(table).\(format.rawValue).json" }

    /// The pages the data is read beside (for `verify`): a statement's mobile page and sheet.
    package static func statementPage(_ slug: String, _ month: String) -> String { "\(slug)/ledger/\(month)/index.html" }
    package static func statementSheet(_ slug: String, _ month: String) -> String { "\(slug)/ledger/\(month)/print.html" }

    /// The overview's resources, which every table's compound refers to (foreign keys).
    package static let overviewCSVResource = "overview-csv"
    package static let overviewJSONResource = "overview-json"

    package enum Format: String, Sendable, Codable {
        case csv, json
    }
}
