/// `content/branches/<id>.yaml`: a 小区党支部 (own) or 联合党支部 (joint).
struct Branch: Sendable {
    /// 党员中心户: the fourth level of the organisation.
    struct CenterHousehold: Sendable {
        let name: String
        let unit: String
        let location: SourceLocation
    }

    /// 楼院党小组: the third level.
    struct PartyGroup: Sendable {
        let name: String
        let leader: String?
        let buildings: [Located<String>]
        let centerHouseholds: [CenterHousehold]
        let location: SourceLocation
    }

    /// The file name without `.yaml`.
    let id: String
    let name: String
    let kind: Located<BranchKind>
    /// Slugs of the compounds covered; the one place that says which branch a compound is in.
    let compounds: [Located<String>]
    /// The `compounds` list.
    let compoundsLocation: SourceLocation
    let secretary: Located<String>
    let established: Day?
    let groups: [PartyGroup]
    let location: SourceLocation
}
