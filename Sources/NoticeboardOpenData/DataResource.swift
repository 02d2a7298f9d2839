/// A data file beside a page, as the package lists it: where it lies, which table it holds and of which record.
package struct DataResource: Sendable, Equatable {
    package let path: String
    package let format: OpenDataPaths.Format
    /// The table's name: its schema is `schemas/<table>.<format>.json`.
    package let table: String
    /// For a JSON file, the array of its rows (the rest of the file describes the record).
    package let property: String?
    package let about: DataPackage.About
}

/// A data file made from the records: its resource and its bytes as encoded, before the publishing guard.
package struct DataFile: Sendable {
    package let resource: DataResource
    package let bytes: [UInt8]
}
