/// `compounds/<slug>/compound.yaml` and every record in the compound's folder.
struct Compound: Sendable {
    /// Top-level folders of the site that are not compounds (SitePaths): a compound may not take their
    /// names, or its pages and the site's would share addresses. `overview` is kept for the community's.
    static let reservedSlugs: Set<String> = ["notices", "print", "assets", "overview"]

    let slug: String
    let name: String
    let households: Located<Int>
    let buildings: Int?
    let propertyManagement: PropertyManagement
    let committee: Committee?
    let account: Account?
    let fees: FeePolicy?
    let station: Station?
    let institutions: [Located<Institution>]
    /// The `institutions` list, or the file when it is absent.
    let institutionsLocation: SourceLocation
    let location: SourceLocation

    /// Records of the compound's folders, each sorted by its period or name.
    /// Published statements; drafts are kept apart so that no page, seal or fingerprint sees them.
    var statements: [Statement] = []
    var draftStatements: [Statement] = []
    /// Months whose statement was sealed after posting (`ledger/sealed.yaml`).
    var seals: [Seal] = []
    var approvals: [Approval] = []
    var serviceLists: [ServiceList] = []
    var draftServiceLists: [ServiceList] = []

    /// Published and draft statements by month: what the bookkeeping rules check.
    var allStatements: [Statement] {
        draftStatements.isEmpty ? statements : (statements + draftStatements).sorted { $0.month.value < $1.month.value }
    }

    var allServiceLists: [ServiceList] {
        draftServiceLists.isEmpty ? serviceLists : (serviceLists + draftServiceLists).sorted { $0.month.value < $1.month.value }
    }
    var evaluations: [Evaluation] = []
    var plates: [HouseholdPlate] = []
    var notices: [Notice] = []
}

/// 物业管理委员会 (物管会): the self-management committee.
struct Committee: Sendable {
    struct Review: Sendable {
        let by: String
        let date: Located<Day>
    }

    struct Election: Sendable {
        let date: Located<Day>
        let eligible: Located<Int>
        let voted: Located<Int>
        let approved: Located<Int>
    }

    struct Member: Sendable {
        let name: String
        let role: String?
        let isPartyMember: Bool
        let nominatedBy: Nomination?
        let phone: Located<String>?
        let phoneIsPublic: Bool
        let location: SourceLocation
    }

    let name: String?
    let partySecretary: Located<String>
    let review: Review?
    let election: Election?
    let members: [Member]
    /// The `members` list.
    let membersLocation: SourceLocation
    let location: SourceLocation

    var partyMemberCount: Int { members.filter(\.isPartyMember).count }
}

/// 三方共管: the compound's bank account and who manages and checks it.
struct Account: Sendable {
    struct Manager: Sendable {
        let name: String
        let capacity: ManagerCapacity
        let location: SourceLocation
    }

    let bank: String?
    /// The account's number, declared so residents can pay fees into it: the one card or account number the
    /// pages show in full (PRV-002 masks every other).
    let number: Located<String>?
    let managers: [Manager]
    /// 监督小组: resident bookkeepers.
    let supervisors: [Located<String>]
    let location: SourceLocation
}

/// 一小区一对策: the compound's own fee policy and its democratic decision.
struct FeePolicy: Sendable {
    struct Decision: Sendable {
        let date: Day?
        let by: String?
        let approved: Int?
        let of: Int?
        let location: SourceLocation
    }

    let policy: String
    let decided: Decision?
    let location: SourceLocation
}

/// 党群服务站: the compound's own station, or the one of another compound it uses.
enum Station: Sendable {
    struct Own: Sendable {
        let name: String
        let areaSquareMetres: Int?
        let origin: String?
        let sharedWith: [Located<String>]
        let eightHaves: [Located<String>]
        /// The `eight_haves` list, or the station when it is absent.
        let eightHavesLocation: SourceLocation
        let location: SourceLocation
    }

    case own(Own)
    case uses(Located<String>)
}
