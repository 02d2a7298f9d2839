import Foundation
import Testing
@testable import NoticeboardBoards
@testable import NoticeboardOpenData
@testable import NoticeboardValues
@testable import NoticeboardPrivacy

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

    @Test func keptCodesAreReadInEitherSpelling() {
        #expect(Verifier.KeptCode("2026-10=VBYY-U5TC") == Verifier.KeptCode("2026-10=vbyyu5tc"))
        #expect(Verifier.KeptCode("xinyuan/2026-10=VBYY-U5TC")?.compound == "xinyuan")
        #expect(Verifier.KeptCode("2026-13=VBYY-U5TC") == nil && Verifier.KeptCode("2026-10=VBYY-U5T0") == nil && Verifier.KeptCode("VBYY-U5TC") == nil)
    }

    @Test func aPagesFiguresAreReadFromItsText() {
        let html = "<dl><div><dt>上月结余</dt><dd>¥14,608.00</dd></div><div><dt>本月收入</dt><dd>¥4,160.00</dd></div></dl><td>-¥12.00</td><p data-x=\"¥99.00\">VBYY-U5TC</p>"
        #expect(PageFigures.amounts(in: PageFigures.visibleText(html)).map(\.fen) == [1_460_800, 416_000, -1200])
        #expect(PageFigures.codes(in: html) == ["VBYY-U5TC"])
    }

    /// Board paths come from a board's own package: none may leave it for another folder, host or scheme.
    @Test func aBoardReadsNothingOutsideIt() async {
        let board = Board("https://gongshi.example.cn/yongkang")
        #expect(board.location == .web(URL(string: "https://gongshi.example.cn/yongkang/")!))
        for path in ["../x", "/etc/passwd", "//evil.example/x", "http://127.0.0.1/x", "a/../../b"] {
            await #expect(throws: Board.Unreadable.self) { try await board.read(path) }
        }
        #expect(Board("public/datapackage.json").location == .folder(URL(fileURLWithPath: "public/", isDirectory: true)))
    }
}

/// The digests the tool writes pass the publishing guard unmasked; a record's number beside them does not.
@Suite struct ToolMadeDigestTests {
    /// `173881414209947352` inside this digest is shaped like an identity-card number (a valid check digit):
    /// the guard masks such a run whatever stands around it. Seen in a 200-compound fixture's package.
    static let digest = "2aa173881414209947352eb8c9898044dc79589a598d364a381abc9adb861fa7"

    @Test func aDigestIsSetAsideAndPutBackAndTheRestIsStillMasked() {
        let json = "{\"hash\" : \"sha256:\(Self.digest)\", \"digest\" : \"\(Self.digest)\", \"payee\" : \"张 13912345678\"}"
        let plain = Array(json.utf8)
        let masked = plain.withUnsafeBufferPointer { PersonalNumbers.masked($0, except: []) } ?? plain
        #expect(!String(decoding: masked, as: UTF8.self).contains(Self.digest), "the guard alone breaks the digest")
        let aside = ToolMadeDigests.setAside(plain)
        #expect(aside.digests.count == 2)
        let guarded = aside.bytes.withUnsafeBufferPointer { PersonalNumbers.masked($0, except: []) } ?? aside.bytes
        let published = String(decoding: ToolMadeDigests.restore(guarded, aside.digests), as: UTF8.self)
        #expect(published == json.replacingOccurrences(of: "13912345678", with: "139****5678"))
    }
}
