import Foundation
import Testing
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

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
        let after = try await Self.fingerprints(try SiteFixture.edit(Self.september, [("amount: 300,", "amount: 300.01,"), ("closing: \"800.00\"", "closing: \"800.01\"")]))
        let sep = try #require(Month(parsing: "2026-09")), oct = try #require(Month(parsing: "2026-10"))
        #expect(before[sep]?.verificationCode != after[sep]?.verificationCode)
        #expect(before[oct]?.verificationCode != after[oct]?.verificationCode, "chained: October changes with September")
        #expect(before[oct]?.digest == after[oct]?.digest, "October's own content did not change")
        let later = try await Self.fingerprints(try SiteFixture.edit(Self.october, "posted: 2026-11-05", "posted: 2026-11-06"))
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

    /// A seal whose digest is not the month's (`a-sealed-month-changed`), or of a month whose file is gone.
    @Test func deletingASealedMonthIsINT001() async throws {
        try await expectMarked("IntegrityTests/deletingASealedMonthIsINT001/a-sealed-month-changed", containing: "已公示并封存，之后又被改动")
        try await expectMarked("IntegrityTests/deletingASealedMonthIsINT001/a-sealed-month-deleted", containing: "文件不见了")
    }
}
