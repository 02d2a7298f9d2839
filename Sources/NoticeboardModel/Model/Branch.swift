import NoticeboardValues

/// `content/branches/<id>.yaml`: a 小区党支部 (own) or 联合党支部 (joint).
package struct Branch: Sendable {
    /// 党员中心户: the fourth level of the organisation.
    package struct CenterHousehold: Sendable {
        package let name: String
        package let unit: String
        package let location: SourceLocation

        package init(name: String, unit: String, location: SourceLocation) {
            self.name = name
            self.unit = unit
            self.location = location
        }
    }

    /// 楼院党小组: the third level.
    package struct PartyGroup: Sendable {
        package let name: String
        package let leader: String?
        package let buildings: [Located<String>]
        package let centerHouseholds: [CenterHousehold]
        package let location: SourceLocation

        package init(
            name: String,
            leader: String?,
            buildings: [Located<String>],
            centerHouseholds: [CenterHousehold],
            location: SourceLocation
        ) {
            self.name = name
            self.leader = leader
            self.buildings = buildings
            self.centerHouseholds = centerHouseholds
            self.location = location
        }
    }

    /// The file name without `.yaml`.
    package let id: String
    package let name: String
    package let kind: Located<BranchKind>
    /// Slugs of the compounds covered; the one place that says which branch a compound is in.
    package let compounds: [Located<String>]
    /// The `compounds` list.
    package let compoundsLocation: SourceLocation
    package let secretary: Located<String>
    package let established: Day?
    package let groups: [PartyGroup]
    package let location: SourceLocation

    package init(
        id: String,
        name: String,
        kind: Located<BranchKind>,
        compounds: [Located<String>],
        compoundsLocation: SourceLocation,
        secretary: Located<String>,
        established: Day?,
        groups: [PartyGroup],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.compounds = compounds
        self.compoundsLocation = compoundsLocation
        self.secretary = secretary
        self.established = established
        self.groups = groups
        self.location = location
    }
}
