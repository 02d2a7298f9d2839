import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore

/// INT-001, verification codes and `seal`.
@Suite struct IntegrityTests {
    static let september = "content/compounds/hexie/ledger/2026-09.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"

    static func fingerprints(_ changes: [String: String?]) async throws -> [Month: StatementFingerprint] {
        let fixture = try SiteFixture(changes)
        defer { fixture.remove() }
        let community = try #require(try await fixture.check().community)
        let compound = try #require(community.compound("hexie"))
        return StatementFingerprint.chain(compound)
    }

    @Test func changingAMonthChangesItsCodeAndEveryLaterOne() async throws {
        let before = try await Self.fingerprints([:])
        let after = try await Self.fingerprints(SiteFixture.edit(Self.september, [("amount: 300,", "amount: 300.01,"), ("closing: \"800.00\"", "closing: \"800.01\"")]))
        let sep = try #require(Month(parsing: "2026-09")), oct = try #require(Month(parsing: "2026-10"))
        #expect(before[sep]?.verificationCode != after[sep]?.verificationCode)
        #expect(before[oct]?.verificationCode != after[oct]?.verificationCode, "chained: October changes with September")
        #expect(before[oct]?.digest == after[oct]?.digest, "October's own content did not change")
        let later = try await Self.fingerprints(SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-06"))
        #expect(before[sep]?.verificationCode == later[sep]?.verificationCode, "an earlier month keeps its code")
    }

    @Test func verificationCodesAreEasyToReadAloud() async throws {
        let codes = try await Self.fingerprints([:]).values.map(\.verificationCode)
        for code in codes {
            #expect(code.compact.count == 8)
            #expect(code.description.count == 9 && code.description.dropFirst(4).first == "-")
            #expect(!code.compact.contains { "0O1Il".contains($0) })
        }
        // 8 characters of 32 symbols are 40 bits.
        #expect(VerificationCode.alphabet.count == 32)
    }

    @Test func sealThenEditWithoutCorrectionIsINT001() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let sealed = try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10"])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("已封存 hexie 2026-10"))
        let sealFile = fixture.root.appendingPathComponent("content/compounds/hexie/ledger/sealed.yaml")
        let text = try String(contentsOf: sealFile, encoding: .utf8)
        #expect(text.contains("2026-10: {digest: "))
        #expect(try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10"]).stdout.contains("未变 hexie 2026-10"))
        #expect(try CommandLineTests.run(["check", "--root", fixture.root.path]).status == 0)

        // A silent change of a posted, sealed month.
        let ledger = fixture.root.appendingPathComponent(Self.october)
        let original = try String(contentsOf: ledger, encoding: .utf8)
        let changed = original.replacingOccurrences(of: "amount: 3600", with: "amount: 3500").replacingOccurrences(of: "closing: \"4,400.00\"", with: "closing: \"4,300.00\"")
        try changed.write(to: ledger, atomically: true, encoding: .utf8)
        let check = try CommandLineTests.run(["check", "--root", fixture.root.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(Self.october):1:8: error[INT-001]"), "\(check.stdout)")
        #expect(check.stdout.contains("content/compounds/hexie/ledger/sealed.yaml:3:1: note: 封存记录在此"))
        // Sealing cannot launder it.
        #expect(try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10"]).status == 1)

        // With its correction written down, the change is allowed and shown.
        try (changed + "corrections:\n  - {date: 2026-11-12, what: 卫生费由3600.00更正为3500.00, why: 重复收取一户已退还}\n")
            .write(to: ledger, atomically: true, encoding: .utf8)
        #expect(try CommandLineTests.run(["check", "--root", fixture.root.path]).status == 0)
        #expect(try CommandLineTests.run(["build", "--root", fixture.root.path]).status == 0)
        let page = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/index.html"), encoding: .utf8)
        #expect(page.contains("卫生费由3600.00更正为3500.00（重复收取一户已退还）"))
        let sheet = try String(contentsOf: fixture.root.appendingPathComponent("public/hexie/ledger/2026-10/print.html"), encoding: .utf8)
        #expect(sheet.contains("更正说明：2026年11月12日 卫生费由3600.00更正为3500.00"))
        // Re-sealing records the corrected month.
        #expect(try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10", "hexie"]).stdout.contains("已封存 hexie 2026-10"))
        #expect(try String(contentsOf: sealFile, encoding: .utf8).contains("corrections: 1}"))
    }

    @Test func deletingASealedMonthIsINT001() async throws {
        let seal = "# sealed\n2026-09: {digest: \(String(repeating: "a", count: 64)), corrections: 0}\n"
        let d = try await findings(["content/compounds/hexie/ledger/sealed.yaml": seal])
        expectOne(d, .int001, Self.september, 1, 8, containing: "已公示并封存，之后又被改动")
        #expect(d.first?.notes.first?.location == SourceLocation(file: "content/compounds/hexie/ledger/sealed.yaml", line: 2, column: 1))
        let gone = try await findings(["content/compounds/hexie/ledger/sealed.yaml": seal.replacingOccurrences(of: "2026-09", with: "2026-07")])
        expectOne(gone, .int001, "content/compounds/hexie/ledger/sealed.yaml", 2, 1, containing: "文件不见了")
    }

    @Test func sealRefusesUnknownCompoundsAndBadMonths() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let unknown = try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10", "hexi"])
        #expect(unknown.status == 2 && unknown.stderr.contains("是否应为 hexie"))
        #expect(try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-13"]).status == 2)
        #expect(try CommandLineTests.run(["seal", "--root", fixture.root.path, "2026-10", "xiao-a"]).status == 2)
    }
}
