/// Everything under one site root, loaded: what checks read and pages show.
struct Community: Sendable {
    let site: Site
    let branches: [Branch]
    /// Sorted by slug.
    let compounds: [Compound]
    let notices: [Notice]
    let rulePack: RulePack
    /// Record files that exist but could not be read (their IN-00x errors are reported);
    /// checks treat what they would have defined as present, so one broken file gives one error.
    let unreadable: Set<String>
    /// Identity-card and mobile numbers found in the records' text, in file order.
    let personalNumbers: [PersonalNumber]
    /// The digests of the record files as read; empty for a community made in memory.
    let sources: SourceDigests
    private let branchesBySlug: [String: [Int]]
    private let compoundIndex: [String: Int]

    init(site: Site, branches: [Branch], compounds: [Compound], notices: [Notice], rulePack: RulePack, unreadable: Set<String> = [],
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
    func branches(covering slug: String) -> [Branch] { (branchesBySlug[slug] ?? []).map { branches[$0] } }

    /// The branch that lists the compound, if exactly one does.
    func branch(of slug: String) -> Branch? {
        let covering = branches(covering: slug)
        return covering.count == 1 ? covering[0] : nil
    }

    func compound(_ slug: String) -> Compound? { compoundIndex[slug].map { compounds[$0] } }

    static func compoundFile(_ slug: String) -> String { "content/compounds/\(slug)/compound.yaml" }
    static func approvalFile(_ slug: String, _ id: String) -> String { "content/compounds/\(slug)/approvals/\(id).md" }

    /// A compound that exists, or whose compound.yaml exists but could not be read.
    func compoundExists(_ slug: String) -> Bool { compound(slug) != nil || unreadable.contains(Self.compoundFile(slug)) }
}
