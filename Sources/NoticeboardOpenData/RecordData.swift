/// A record published as data beside its page: a JSON file of the whole record, its rows under `property`,
/// and a CSV of the rows.
package protocol RecordData: Encodable {
    associatedtype Row
    static var table: DataTable<Row> { get }
    /// What the package calls the record (`statement`, `services`, `evaluation`, `approval`).
    static var kind: String { get }
    static var property: String { get }
    var compound: String { get }
    /// The month, quarter or approval id.
    var period: String { get }
    var rows: [Row] { get }
}

extension RecordData {
    /// The record's `data.json` and `data.csv` beside `page`.
    package static func resources(compound: String, period: String, beside page: String) -> [DataResource] {
        let about = DataPackage.About(kind: kind, compound: compound, period: period)
        return [DataResource(path: OpenDataPaths.beside(page, .json), format: .json, table: table.name, property: property, about: about),
                DataResource(path: OpenDataPaths.beside(page, .csv), format: .csv, table: table.name, property: nil, about: about)]
    }

    /// The record's two files beside `page`, encoded.
    package func files(beside page: String) -> [DataFile] {
        let resources = Self.resources(compound: compound, period: period, beside: page)
        return [DataFile(resource: resources[0], bytes: DataJSON.encode(self)), DataFile(resource: resources[1], bytes: Self.table.csv(rows))]
    }
}
