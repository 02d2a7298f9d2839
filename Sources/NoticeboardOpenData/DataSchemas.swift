/// The Table Schema of every table, for its CSV and its JSON rows (`schemas/<table>.<format>.json`), as the
/// package's resources name them.
package enum DataSchemas {
    /// Each schema's path and bytes, in a fixed order.
    package static var files: [(path: String, bytes: [UInt8])] {
        let tables: [(name: String, csv: TableSchema, json: TableSchema)] = [
            schemas(StatementData.Line.table), schemas(ServiceListData.Item.table), schemas(EvaluationData.Result.table),
            schemas(ApprovalData.Step.table), schemas(OverviewData.Row.table), schemas(OverviewData.Warning.table),
        ]
        return tables.flatMap { name, csv, json in
            [(OpenDataPaths.schema(name, .csv), DataJSON.encode(csv)), (OpenDataPaths.schema(name, .json), DataJSON.encode(json))]
        }
    }

    private static func schemas<Row>(_ table: DataTable<Row>) -> (name: String, csv: TableSchema, json: TableSchema) {
        (table.name, table.schema(json: false), table.schema(json: true))
    }
}
