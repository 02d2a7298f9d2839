import Foundation
import NoticeboardChecks
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

/// Records the digests of a posted month's statements in each compound's `ledger/sealed.yaml`.
public struct Sealer: Sendable {
    public struct Outcome: Sendable {
        /// Errors that stop sealing (the content must check clean first), or none.
        public let diagnostics: [Diagnostic]
        /// Compounds whose seal file was written.
        public let sealed: [String]
        /// Compounds whose seal already recorded this month as it is.
        public let unchanged: [String]
        /// Compounds whose statement of the month is still a draft: not posted, so not sealed.
        public var drafts: [String] = []
    }

    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Seals `month` for the named compounds, or for every compound with a statement that month.
    /// A named compound that does not exist or has no statement that month is a usage error.
    public func seal(_ month: Month, compounds named: [String]) async throws -> Outcome {
        let checked = try await Pipeline(root: root).check()
        guard !checked.hasErrors, let community = checked.community else {
            return Outcome(diagnostics: checked.diagnostics.filter { $0.severity == .error }, sealed: [], unchanged: [])
        }
        let chosen = try compounds(named, in: community, having: month)
        var sealed: [String] = [], unchanged: [String] = []
        for compound in chosen {
            guard let statement = compound.statements.first(where: { $0.month.value == month }) else { continue }
            var seals = Dictionary(compound.seals.map { ($0.month.value, ($0.digest, $0.corrections)) }, uniquingKeysWith: { a, _ in a })
            let entry = (StatementFingerprint.digest(of: statement, in: compound), statement.corrections.count)
            if let existing = seals[month], existing == entry {
                // What a killed run left beside the file it did not finish replacing.
                DurableFile.removeStrayTemporaries(of: sealFile(of: compound.slug))
                unchanged.append(compound.slug)
                continue
            }
            seals[month] = entry
            try write(seals, for: compound.slug)
            sealed.append(compound.slug)
        }
        var outcome = Outcome(diagnostics: [], sealed: sealed, unchanged: unchanged)
        outcome.drafts = community.compounds.filter { compound in
            (named.isEmpty || named.contains(compound.slug)) && compound.draftStatements.contains { $0.month.value == month }
        }.map(\.slug)
        return outcome
    }

    private func compounds(_ named: [String], in community: Community, having month: Month) throws -> [Compound] {
        guard !named.isEmpty else { return community.compounds.filter { $0.statements.contains { $0.month.value == month } } }
        return try named.map { slug in
            guard let compound = community.compound(slug) else {
                let hint = Suggestion.closest(to: slug, among: community.compounds.map(\.slug)).map { "（是否应为 \($0)？ / did you mean \($0)?）" } ?? ""
                throw InputOutputError(path: "content/compounds/\(slug)", reason: "没有这个小区 / no such compound\(hint)")
            }
            guard compound.statements.contains(where: { $0.month.value == month }) || compound.draftStatements.contains(where: { $0.month.value == month }) else {
                throw InputOutputError(path: "content/compounds/\(slug)/ledger/\(month).yaml", reason: "没有这个月的收支明细 / no statement for that month")
            }
            return compound
        }
    }

    /// The whole file, months in order, written beside and renamed over the old one (`DurableFile`).
    private func write(_ seals: [Month: (String, Int)], for slug: String) throws {
        var text = """
            # 已封存的月份：每月公示后运行 noticeboard seal <月份> 记录指纹，由程序写入，请勿手改。
            # 已封存月份的收支明细若要改动，须先在该月的 corrections 中写明（日期、改了什么、原因），再重新封存。

            """
        for (month, (digest, corrections)) in seals.sorted(by: { $0.key < $1.key }) {
            text += "\(month): {digest: \(digest), corrections: \(corrections)}\n"
        }
        try DurableFile.write(Array(text.utf8), to: sealFile(of: slug), replacing: true)
    }

    private func sealFile(of slug: String) -> URL {
        root.appendingPathComponent("content/compounds/\(slug)/ledger/\(Seal.fileName)")
    }
}
