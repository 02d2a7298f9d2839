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

/// Every rule that compares names, payees, vouchers or other written text sees a spelling a reader cannot tell
/// apart (an invisible character inside, full-width letters, other case, padding spaces) as the text itself:
/// a look-alike neither slips past a rule nor trips one. Each rule runs on its own, as it does when the
/// records hold no input error, so these hold whatever the loader says of the invisible characters.
@Suite struct LookAlikeTests {
    static let compound = "content/compounds/hexie/compound.yaml"
    static let branch = "content/branches/hexie.yaml"
    static let september = "content/compounds/hexie/ledger/2026-09.yaml"
    static let october = "content/compounds/hexie/ledger/2026-10.yaml"
    static let evaluation = "content/compounds/hexie/evaluations/2026-Q3.yaml"
    static let plate = "content/compounds/hexie/households/1-1-101.md"

    /// October with these expenses (and the closing they leave), income 3,600 on the 3rd as in the fixture.
    static func october(_ expenses: [String], closing: String) throws -> [String: String?] {
        try SiteFixture.edit(october, [("expenses: []", "expenses:\n" + expenses.map { "  - \($0)" }.joined(separator: "\n")),
                                       ("closing: \"4,400.00\"", "closing: \"\(closing)\"")])
    }

    /// The fixed spellings of `text` and four seeded random ones.
    static func spellings(_ text: String, seed: Int) -> [String] {
        LookAlike.spellings(of: text) + LookAlike.random(text, count: 4, seed: seed)
    }

    /// What `rule` alone finds in the fixture's records after `changes` (written without the templates, which
    /// loading does not read: a few hundred spellings are a few hundred fixtures).
    static func run(_ rule: some Rule, _ changes: [String: String?]) async throws -> [Diagnostic] {
        let root = FixtureFiles.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in try SiteFixture.files().merging(changes.compactMapValues { $0 }, uniquingKeysWith: { $1 }) {
            try FixtureFiles.write(text, to: root.appendingPathComponent(path))
        }
        let (loaded, _) = try await ContentLoader(root: root).load()
        let community = try #require(loaded)
        var findings = Findings(rule: type(of: rule).id, severity: type(of: rule).defaultSeverity)
        rule.check(community, &findings)
        return findings.diagnostics
    }

    static func describe(_ diagnostics: [Diagnostic]) -> String { "\(diagnostics.map { "\($0.location) \($0.message.zh)" })" }

    /// October with `lines` as its expenses, one a line, and the line the first is on. For rules that judge each
    /// line alone: one site holds every spelling, each on its line (`expectOneEach`).
    static func octoberExpenses(_ lines: [String]) throws -> (changes: [String: String?], firstLine: Int) {
        let closing = Money(fen: 440_000 - 10_000 * Int64(lines.count))
        return (try october(lines, closing: closing.description), try firstLine(of: "expenses:", in: october) + 1)
    }

    /// October's collection with one exemption of one household for each reason, one a line, and the line the
    /// first is on.
    static func octoberExemptions(_ reasons: [String]) throws -> (changes: [String: String?], firstLine: Int) {
        let lines = reasons.map { "    - {count: 1, reason: \"\($0)\"}" }.joined(separator: "\n")
        return (try SiteFixture.edit(october, "    - {count: 2, reason: 低保户减免}", lines), try firstLine(of: "  exempt:", in: october) + 1)
    }

    /// The line of the fixture's `path` that starts with `start`.
    static func firstLine(of start: String, in path: String) throws -> Int {
        let lines = try SiteFixture.text(path).split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(start) }) else { throw FixtureError("no line of \(path) starts with \(start)") }
        return index + 1
    }

    /// Exactly one finding on the line of each spelling (the `index`-th on `firstLine + index`), and no other.
    static func expectOneEach(_ spellings: [String], _ diagnostics: [Diagnostic], file: String, firstLine: Int, containing text: String? = nil,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(diagnostics.count == spellings.count, "\(describe(diagnostics))", sourceLocation: sourceLocation)
        for (index, spelling) in spellings.enumerated() {
            let found = diagnostics.filter { $0.location.file == file && $0.location.line == firstLine + index }
            #expect(found.count == 1 && (text.map { text in found.allSatisfy { $0.message.zh.contains(text) } } ?? true),
                    "\(spelling.debugDescription): \(describe(found))", sourceLocation: sourceLocation)
        }
    }

    // FIN-005

    @Test(arguments: spellings("Z-1", seed: 5))
    func fin005AVoucherUsedAgainInAnotherSpelling(voucher: String) async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 灯泡, amount: 100, voucher: \"\(voucher)\", payee: 五金店}"], closing: "4,300.00")
        let d = try await Self.run(VouchersPresentAndUnique(), change)
        #expect(d.count == 1 && d.first?.location.file == Self.october && d.first?.message.zh.contains("已用于「下水管更换」") == true, "\(Self.describe(d))")
        if voucher != "Z-1" {
            #expect(d.first?.message.zh.contains("（写作 Z-1）") == true, "the message says how the first use was spelt")
        }
    }

    @Test func fin005AVoucherOfInvisibleCharactersOnlyIsMissing() async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 灯泡, amount: 100, voucher: \"\u{200B}\u{2060}\", payee: 五金店}"], closing: "4,300.00")
        let d = try await Self.run(VouchersPresentAndUnique(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("没有凭证号") == true, "\(Self.describe(d))")
    }

    // FIN-010

    @Test(arguments: spellings("五金店", seed: 10))
    func fin010ASplitPaymentToOnePayeeSpeltTwoWays(payee: String) async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 购买灯具, amount: \"1,950.00\", voucher: Z-2, payee: 五金店}",
                                             "{date: 2026-10-07, item: 购买电线, amount: \"1,900.00\", voucher: Z-3, payee: \"\(payee)\"}"], closing: "550.00")
        let d = try await Self.run(NoSplittingAroundThreshold(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("付给「五金店」的 2 笔支出") == true, "\(Self.describe(d))")
    }

    // FIN-011

    /// Every spelling is a payment of its own, on a line of its own, in one statement: FIN-011 judges each line alone.
    @Test func fin011APaymentToACommitteeMemberOrSupervisorSpeltOtherwise() async throws {
        let payees = Self.spellings("戊委员", seed: 11) + Self.spellings("辛监督", seed: 12)
        let (changes, first) = try Self.octoberExpenses(payees.enumerated().map { "{date: 2026-10-05, item: 垫付水费报销, amount: 100, voucher: Z-\($0 + 2), payee: \"\($1)\"}" })
        let d = try await Self.run(RelatedPartyPaymentsApproved(), changes)
        Self.expectOneEach(payees, d, file: Self.october, firstLine: first)
    }

    @Test func fin011AMemberSpeltOtherwiseInsideAPayeesName() async throws {
        let names = Self.spellings("戊委员", seed: 13)
        let (changes, first) = try Self.octoberExpenses(names.enumerated().map { "{date: 2026-10-05, item: 垫付水费报销, amount: 100, voucher: Z-\($0 + 2), payee: \"维修部（\($1)）\"}" })
        let d = try await Self.run(RelatedPartyPaymentsApproved(), changes)
        Self.expectOneEach(names, d, file: Self.october, firstLine: first)
    }

    // FIN-014

    @Test(arguments: spellings("保洁公司", seed: 14))
    func fin014TheSameAmountToOnePayeeSpeltTwoWays(payee: String) async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 楼道保洁, amount: 300, voucher: Z-2, payee: 保洁公司}",
                                             "{date: 2026-10-20, item: 楼道保洁费, amount: 300, voucher: Z-3, payee: \"\(payee)\"}"], closing: "3,800.00")
        let d = try await Self.run(NoDoubleEntries(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("凭证 Z-2") == true, "\(Self.describe(d))")
    }

    /// One voucher in two spellings is one payment (FIN-005 says the voucher is used twice), not two.
    @Test(arguments: spellings("Z-2", seed: 15))
    func fin014OneVoucherSpeltTwoWaysIsNotTwoPayments(voucher: String) async throws {
        let change = try Self.october(["{date: 2026-10-05, item: 楼道保洁, amount: 300, voucher: Z-2, payee: 保洁公司}",
                                             "{date: 2026-10-20, item: 楼道保洁, amount: 300, voucher: \"\(voucher)\", payee: 保洁公司}"], closing: "3,800.00")
        #expect(try await Self.run(NoDoubleEntries(), change).isEmpty)
    }

    // FIN-007

    @Test(arguments: spellings("戊委员", seed: 7))
    func fin007OnePersonInTwoCapacitiesSpeltTwoWays(name: String) async throws {
        let change = try SiteFixture.edit(Self.compound, "{name: 庚代表, capacity: owner_representative}", "{name: \"\(name)\", capacity: owner_representative}")
        let d = try await Self.run(AccountManagedByThree(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("三方须是三个不同的人") == true, "\(Self.describe(d))")
    }

    @Test(arguments: zip(spellings("甲书记", seed: 71), spellings("戊委员", seed: 72)))
    func fin007TheSecretaryAndAMemberSpeltOtherwiseAreThemselves(secretary: String, member: String) async throws {
        let change = try SiteFixture.edit(Self.compound, [("{name: 甲书记, capacity: branch_secretary}", "{name: \"\(secretary)\", capacity: branch_secretary}"),
                                                      ("{name: 戊委员, capacity: committee_member}", "{name: \"\(member)\", capacity: committee_member}")])
        let d = try await Self.run(AccountManagedByThree(), change)
        #expect(d.isEmpty, "\(Self.describe(d))")
    }

    // FIN-008

    @Test(arguments: spellings("辛监督", seed: 8))
    func fin008TheSupervisorWhoPreparedItSpeltOtherwise(preparer: String) async throws {
        let change = try SiteFixture.edit(Self.october, "prepared_by: 戊委员", "prepared_by: \"\(preparer)\"")
        let d = try await Self.run(StatementCheckedBySupervisor(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("是本表制表人") == true, "\(Self.describe(d))")
    }

    @Test(arguments: spellings("辛监督", seed: 81))
    func fin008ASupervisorSpeltOtherwiseIsInTheGroup(checker: String) async throws {
        let change = try SiteFixture.edit(Self.october, "checked_by: [辛监督]", "checked_by: [\"\(checker)\"]")
        let d = try await Self.run(StatementCheckedBySupervisor(), change)
        #expect(d.isEmpty, "\(Self.describe(d))")
    }

    // COM-002

    @Test(arguments: spellings("甲书记", seed: 2))
    func com002TheBranchSecretarySpeltOtherwiseLeadsTheCommittee(secretary: String) async throws {
        let change = try SiteFixture.edit(Self.compound, "party_secretary: 甲书记", "party_secretary: \"\(secretary)\"")
        let d = try await Self.run(SecretaryLeadsCommittee(), change)
        #expect(d.isEmpty, "\(Self.describe(d))")
    }

    // PMH-003

    /// Every spelling is a plate of its own: each is told the area is 丙中心's, who claimed it first.
    @Test func pmh003TwoPlatesClaimOneAreaSpeltTwoWays() async throws {
        let areas = Self.spellings("1号楼1单元", seed: 3)
        var changes: [String: String?] = [:], paths: [String] = []
        for (index, area) in areas.enumerated() {
            let unit = "2-1-\(201 + index)", path = "content/compounds/hexie/households/\(unit).md"
            changes[path] = try SiteFixture.text(Self.plate).replacingOccurrences(of: "1-1-101", with: unit)
                .replacingOccurrences(of: "丙中心", with: "丁党员").replacingOccurrences(of: "area: 1号楼1单元", with: "area: \"\(area)\"")
            paths.append(path)
        }
        let d = try await Self.run(ResponsibilityAreasDistinct(), changes)
        #expect(d.count == areas.count, "\(Self.describe(d))")
        for (area, path) in zip(areas, paths) {
            let found = d.filter { $0.location.file == path }
            #expect(found.count == 1 && found.first?.message.zh.contains("已由 丙中心（1-1-101）认领") == true, "\(area.debugDescription): \(Self.describe(found))")
        }
    }

    // PRV-003

    /// Every spelling is an exemption of its own, on a line of its own: PRV-003 judges each reason alone.
    @Test func prv003AnExemptionNamesAPersonSpeltOtherwise() async throws {
        let names = Self.spellings("丙中心", seed: 4) + Self.spellings("戊委员", seed: 41)
        let (changes, first) = try Self.octoberExemptions(names.map { "\($0)家低保户减免" })
        let d = try await Self.run(ExemptionsAnonymous(), changes)
        Self.expectOneEach(names, d, file: Self.october, firstLine: first, containing: "人名")
    }

    @Test func prv003AnExemptionNamesAUnitSpeltOtherwise() async throws {
        let units = Self.spellings("3-1-202", seed: 42)
        let (changes, first) = try Self.octoberExemptions(units.map { "\($0)低保户减免" })
        let d = try await Self.run(ExemptionsAnonymous(), changes)
        Self.expectOneEach(units, d, file: Self.october, firstLine: first, containing: "门牌号「3-1-202」")
    }

    // SVC-005

    @Test(arguments: spellings("楼道清扫", seed: 50))
    func svc005AnAnswerNamingTheItemSpeltOtherwise(item: String) async throws {
        let change = try SiteFixture.edit(Self.evaluation, [("{item: 楼道清扫, satisfied: 60, basic: 15, unsatisfied: 5}", "{item: 楼道清扫, satisfied: 20, basic: 20, unsatisfied: 40}"),
                                                        ("{raised: 照明不足, response: 已加装}", "{item: \"\(item)\", raised: 灰尘多, response: 已增加清扫}")])
        let d = try await Self.run(LowSatisfactionAnswered(), change)
        #expect(d.isEmpty, "\(Self.describe(d))")
    }

    // ORG-004

    /// A centre household's building written full-width is still a building number, held to its group's.
    @Test(arguments: ["２-1-101", "\u{200B}2-1-101", "2\u{2060}-1-101", "\u{3000}2-1-101"])
    func org004ACentreHouseholdOutsideItsGroupSpeltOtherwise(unit: String) async throws {
        let change = try SiteFixture.edit(Self.branch, "{name: 丙中心, unit: 1-1-101}", "{name: 丙中心, unit: \"\(unit)\"}")
        let d = try await Self.run(FourLevelsHoldTogether(), change)
        #expect(d.count == 1 && d.first?.message.zh.contains("住 2 号楼") == true, "\(Self.describe(d))")
    }

    @Test(arguments: ["１", "\u{200B}1", "01"])
    func org004AGroupsBuildingSpeltOtherwiseIsThatBuilding(building: String) async throws {
        let change = try SiteFixture.edit(Self.branch, "buildings: [\"1\"]", "buildings: [\"\(building)\"]")
        let d = try await Self.run(FourLevelsHoldTogether(), change)
        #expect(d.isEmpty, "\(Self.describe(d))")
    }
}
