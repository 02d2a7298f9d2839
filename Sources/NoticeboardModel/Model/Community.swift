import NoticeboardPrivacy
import NoticeboardValues

/// Everything under one site root, loaded: what checks read and pages show.
package struct Community: Sendable {
    package let site: Site
    package let branches: [Branch]
    /// Sorted by slug.
    package let compounds: [Compound]
    package let notices: [Notice]
    package let rulePack: RulePack
    /// Record files that exist but could not be read (their IN-00x errors are reported);
    /// checks treat what they would have defined as present, so one broken file gives one error.
    package let unreadable: Set<String>
    /// Identity-card and mobile numbers found in the records' text, in file order.
    package let personalNumbers: [PersonalNumber]
    /// The digests of the record files as read; empty for a community made in memory.
    package let sources: SourceDigests
    private let branchesBySlug: [String: [Int]]
    private let compoundIndex: [String: Int]

    package init(site: Site, branches: [Branch], compounds: [Compound], notices: [Notice], rulePack: RulePack, unreadable: Set<String> = [],
                personalNumbers: [PersonalNumber] = [], sources: SourceDigests = SourceDigests()) {
        self.unreadable = unreadable
        self.sources = sources
        self.personalNumbers = personalNumbers
        self.site = site
        self.branches = branches
        self.compounds = compounds
        self.notices = notices
        self.rulePack = rulePack
        var bySlug: [String: [Int]] = [:]
        for (index, branch) in branches.enumerated() {
            for slug in Set(branch.compounds.map(\.value)) { bySlug[slug, default: []].append(index) }
        }
        branchesBySlug = bySlug
        compoundIndex = Dictionary(compounds.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every branch that lists the compound (rules require exactly one).
    package func branches(covering slug: String) -> [Branch] { (branchesBySlug[slug] ?? []).map { branches[$0] } }

    /// The branch that lists the compound, if exactly one does.
    package func branch(of slug: String) -> Branch? {
        let covering = branches(covering: slug)
        return covering.count == 1 ? covering[0] : nil
    }

    package func compound(_ slug: String) -> Compound? { compoundIndex[slug].map { compounds[$0] } }

    package static func compoundFile(_ slug: String) -> String { "content/compounds/\(slug)/compound.yaml" }
    package static func approvalFile(_ slug: String, _ id: String) -> String { "content/compounds/\(slug)/approvals/\(id).md" }

    /// A compound that exists, or whose compound.yaml exists but could not be read.
    package func compoundExists(_ slug: String) -> Bool { compound(slug) != nil || unreadable.contains(Self.compoundFile(slug)) }
}

extension Community {
    /// Mobile numbers committee members chose to publish and the compounds' declared account numbers (their
    /// digits, however written): shown in full wherever they appear.
    package var publishedNumbers: Set<String> {
        Set(compounds.flatMap { $0.committee?.members ?? [] }.filter(\.phoneIsPublic).compactMap { $0.phone?.value }
            .compactMap(PersonalNumbers.mobileDigits)
            + compounds.compactMap { $0.account?.number?.value }.compactMap(PersonalNumbers.cardDigits))
    }
}
