/// `content/branches/<id>.yaml`: a 小区党支部 (own) or 联合党支部 (joint).
public struct Branch: Sendable {
    /// 党员中心户: the fourth level of the organisation.
    public struct CenterHousehold: Sendable {
        public let name: String
        public let unit: String
        public let location: SourceLocation
    }

    /// 楼院党小组: the third level.
    public struct PartyGroup: Sendable {
        public let name: String
        public let leader: String?
        public let buildings: [Located<String>]
        public let centerHouseholds: [CenterHousehold]
        public let location: SourceLocation
    }

    /// The file name without `.yaml`.
    public let id: String
    public let name: String
    public let kind: Located<BranchKind>
    /// Slugs of the compounds covered; the one place that says which branch a compound is in.
    public let compounds: [Located<String>]
    /// The `compounds` list.
    public let compoundsLocation: SourceLocation
    public let secretary: Located<String>
    public let established: Day?
    public let groups: [PartyGroup]
    public let location: SourceLocation
}
