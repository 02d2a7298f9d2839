import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// `seal` and INT-001 through the program: a sealed month edited without a correction stops `check`.
@Suite struct SealCommandTests {
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"

    @Test func sealThenEditWithoutCorrectionIsINT001() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let sealed = try CLI.run(["seal", "--root", fixture.root.path, "2026-10"])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("已封存 hexie 2026-10"))
        let sealFile = fixture.root.appendingPathComponent("content/compounds/hexie/ledger/sealed.yaml")
        let text = try String(contentsOf: sealFile, encoding: .utf8)
        #expect(text.contains("2026-10: {digest: "))
        #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-10"]).stdout.contains("未变 hexie 2026-10"))
        #expect(try CLI.run(["check", "--root", fixture.root.path]).status == 0)

        // A silent change of a posted, sealed month.
        let ledger = fixture.root.appendingPathComponent(Self.october)
        let original = try String(contentsOf: ledger, encoding: .utf8)
        let changed = original.replacingOccurrences(of: "amount: 3600", with: "amount: 3500").replacingOccurrences(of: "closing: \"4,400.00\"", with: "closing: \"4,300.00\"")
        try changed.write(to: ledger, atomically: true, encoding: .utf8)
        let check = try CLI.run(["check", "--root", fixture.root.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(Self.october):1:8: error[INT-001]"), "\(check.stdout)")
        #expect(check.stdout.contains("content/compounds/hexie/ledger/sealed.yaml:3:1: note: 封存记录在此"))
        // Sealing cannot launder it.
        #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-10"]).status == 1)

        // With its correction written down, the change is allowed and shown.
        try (changed + "corrections:\n  - {date: 2026-11-12, what: 卫生费由3600.00更正为3500.00, why: 重复收取一户已退还}\n")
            .write(to: ledger, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "--root", fixture.root.path]).status == 0)
        #expect(try CLI.run(["build", "--root", fixture.root.path]).status == 0)
        let page = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/index.html"), encoding: .utf8)
        #expect(page.contains("卫生费由3600.00更正为3500.00（重复收取一户已退还）"))
        let sheet = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/print.html"), encoding: .utf8)
        #expect(sheet.contains("更正说明：2026年11月12日 卫生费由3600.00更正为3500.00"))
        // Re-sealing records the corrected month.
        #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-10", "hexie"]).stdout.contains("已封存 hexie 2026-10"))
        #expect(try String(contentsOf: sealFile, encoding: .utf8).contains("corrections: 1}"))
    }

    @Test func sealRefusesUnknownCompoundsAndBadMonths() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let unknown = try CLI.run(["seal", "--root", fixture.root.path, "2026-10", "hexi"])
        #expect(unknown.status == 2 && unknown.stderr.contains("是否应为 hexie"))
        #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-13"]).status == 2)
        #expect(try CLI.run(["seal", "--root", fixture.root.path, "2026-10", "xiao-a"]).status == 2)
    }
}
