import Foundation
import Testing
@testable import NoticeboardOpenData
@testable import NoticeboardValues

/// The tables' pure parts: one list of columns makes the CSV, the JSON rows and both schemas.
@Suite struct DataTableTests {
    static let line = StatementData.Line(compound: "xinyuan", month: "2026-10", line: 4, kind: "expense", date: "2026-10-05",
                                         item: "维修, \"三号楼\"\n下水", amountFen: 680_000, amountYuan: "6800.00", voucher: "Z-1", payee: nil,
                                         approval: "A-2026-07", category: nil)

    @Test func csvQuotesWhatMustBeQuotedAndStartsWithAByteOrderMark() {
        let csv = StatementData.Line.table.csv([Self.line])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\nxinyuan,2026-10,4,支出,2026-10-05,\"维修, \"\"三号楼\"\"\n下水\",680000,6800.00,Z-1,,A-2026-07,\r\n"))
    }

    /// A JSON table's columns are its first row's keys in their order: the schema lists them in that order, and a
    /// row read back is the row written.
    @Test func jsonRowsHaveTheSchemasFieldsInTheirOrderAndReadBack() throws {
        let bytes = DataJSON.encode([Self.line])
        let keys = String(decoding: bytes, as: UTF8.self).matches(of: #/\n    "([a-z_]+)" :/#).map { String($0.output.1) }
        #expect(keys == StatementData.Line.table.schema(json: true).fields.map(\.name))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"payee\" : null"))
        #expect(try JSONDecoder().decode([StatementData.Line].self, from: Data(bytes)) == [Self.line])
        let csvSchema = StatementData.Line.table.schema(json: false)
        #expect(csvSchema.fields.map(\.name).first == "小区" && csvSchema.primaryKey == ["小区", "月份", "序号"])
        #expect(csvSchema.foreignKeys == [.init(fields: ["小区"], reference: .init(resource: "overview-csv", fields: ["小区"]))])
        for table in [ServiceListData.Item.table.schema(json: true), EvaluationData.Result.table.schema(json: true), ApprovalData.Step.table.schema(json: true),
                      OverviewData.Row.table.schema(json: true)] {
            #expect(table.fields.map(\.name) == table.fields.map(\.name).sorted())
        }
    }

    @Test func amountsAreWrittenInYuanWithTwoDecimalsAndReadBackExactly() {
        #expect(Money(fen: 372_000).plainYuan == "3720.00" && Money(fen: -1250).plainYuan == "-12.50" && Money(fen: 5).plainYuan == "0.05")
        #expect(Money(plainYuan: "3720.00") == Money(fen: 372_000) && Money(plainYuan: "3,720.00") == nil && Money(plainYuan: "1.5") == nil)
    }
}
