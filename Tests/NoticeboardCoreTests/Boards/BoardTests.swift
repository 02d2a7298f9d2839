import Foundation
import Testing
@testable import NoticeboardBoards

/// What `verify` and `portal` read of a board, without a board: kept codes, a page's figures, the paths a board may name.
@Suite struct BoardTests {
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
