/// `compounds/<slug>/compound.yaml` and every record in the compound's folder.
public struct Compound: Sendable {
    /// Top-level folders of the site that are not compounds (SitePaths): a compound may not take their
    /// names, or its pages and the site's would share addresses. `overview` is kept for the community's.
    static let reservedSlugs: Set<String> = ["notices", "print", "assets", "overview"]

    public let slug: String
    public let name: String
    public let households: Located<Int>
    public let buildings: Int?
    public let propertyManagement: PropertyManagement
    public let committee: Committee?
    public let account: Account?
    public let fees: FeePolicy?
    public let station: Station?
    public let institutions: [Located<Institution>]
    /// The `institutions` list, or the file when it is absent.
    public let institutionsLocation: SourceLocation
    public let location: SourceLocation

    /// Records of the compound's folders, each sorted by its period or name.
    /// Published statements; drafts are kept apart so that no page, seal or fingerprint sees them.
    public var statements: [Statement] = []
    public var draftStatements: [Statement] = []
    /// Months whose statement was sealed after posting (`ledger/sealed.yaml`).
    public var seals: [Seal] = []
    public var approvals: [Approval] = []
    public var serviceLists: [ServiceList] = []
    public var draftServiceLists: [ServiceList] = []

    /// Published and draft statements by month: what the bookkeeping rules check.
    public var allStatements: [Statement] {
        draftStatements.isEmpty ? statements : (statements + draftStatements).sorted { $0.month.value < $1.month.value }
    }

    public var allServiceLists: [ServiceList] {
        draftServiceLists.isEmpty ? serviceLists : (serviceLists + draftServiceLists).sorted { $0.month.value < $1.month.value }
    }
    public var evaluations: [Evaluation] = []
    public var plates: [HouseholdPlate] = []
    public var notices: [Notice] = []
}

/// 物业管理委员会 (物管会): the self-management committee.
public struct Committee: Sendable {
    public struct Review: Sendable {
        public let by: String
        public let date: Located<Day>
    }

    public struct Election: Sendable {
        public let date: Located<Day>
        public let eligible: Located<Int>
        public let voted: Located<Int>
        public let approved: Located<Int>
    }

    public struct Member: Sendable {
        public let name: String
        public let role: String?
        public let isPartyMember: Bool
        public let nominatedBy: Nomination?
        public let phone: Located<String>?
        public let phoneIsPublic: Bool
        public let location: SourceLocation
    }

    public let name: String?
    public let partySecretary: Located<String>
    public let review: Review?
    public let election: Election?
    public let members: [Member]
    /// The `members` list.
    public let membersLocation: SourceLocation
    public let location: SourceLocation

    public var partyMemberCount: Int { members.filter(\.isPartyMember).count }
}

/// 三方共管: the compound's bank account and who manages and checks it.
public struct Account: Sendable {
    public struct Manager: Sendable {
        public let name: String
        public let capacity: ManagerCapacity
        public let location: SourceLocation
    }

    public let bank: String?
    public let managers: [Manager]
    /// 监督小组: resident bookkeepers.
    public let supervisors: [Located<String>]
    public let location: SourceLocation
}

/// 一小区一对策: the compound's own fee policy and its democratic decision.
public struct FeePolicy: Sendable {
    public struct Decision: Sendable {
        public let date: Day?
        public let by: String?
        public let approved: Int?
        public let of: Int?
        public let location: SourceLocation
    }

    public let policy: String
    public let decided: Decision?
    public let location: SourceLocation
}

/// 党群服务站: the compound's own station, or the one of another compound it uses.
public enum Station: Sendable {
    public struct Own: Sendable {
        public let name: String
        public let areaSquareMetres: Int?
        public let origin: String?
        public let sharedWith: [Located<String>]
        public let eightHaves: [Located<String>]
        /// The `eight_haves` list, or the station when it is absent.
        public let eightHavesLocation: SourceLocation
        public let location: SourceLocation
    }

    case own(Own)
    case uses(Located<String>)
}
