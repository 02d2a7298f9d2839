import NoticeboardValues

/// `compounds/<slug>/compound.yaml` and every record in the compound's folder.
package struct Compound: Sendable {
    /// Top-level folders of the site that are not compounds (SitePaths): a compound may not take their
    /// names, or its pages and the site's would share addresses. `overview` is kept for the community's.
    package static let reservedSlugs: Set<String> = ["notices", "print", "assets", "overview"]

    package let slug: String
    package let name: String
    package let households: Located<Int>
    package let buildings: Int?
    package let propertyManagement: PropertyManagement
    package let committee: Committee?
    package let account: Account?
    package let fees: FeePolicy?
    package let station: Station?
    package let institutions: [Located<Institution>]
    /// The `institutions` list, or the file when it is absent.
    package let institutionsLocation: SourceLocation
    package let location: SourceLocation

    /// Records of the compound's folders, each sorted by its period or name.
    /// Published statements; drafts are kept apart so that no page, seal or fingerprint sees them.
    package var statements: [Statement] = []
    package var draftStatements: [Statement] = []
    /// Months whose statement was sealed after posting (`ledger/sealed.yaml`).
    package var seals: [Seal] = []
    package var approvals: [Approval] = []
    package var serviceLists: [ServiceList] = []
    package var draftServiceLists: [ServiceList] = []

    /// Published and draft statements by month: what the bookkeeping rules check.
    package var allStatements: [Statement] {
        draftStatements.isEmpty ? statements : (statements + draftStatements).sorted { $0.month.value < $1.month.value }
    }

    package var allServiceLists: [ServiceList] {
        draftServiceLists.isEmpty ? serviceLists : (serviceLists + draftServiceLists).sorted { $0.month.value < $1.month.value }
    }
    package var evaluations: [Evaluation] = []
    package var plates: [HouseholdPlate] = []
    package var notices: [Notice] = []

    package init(
        slug: String,
        name: String,
        households: Located<Int>,
        buildings: Int?,
        propertyManagement: PropertyManagement,
        committee: Committee?,
        account: Account?,
        fees: FeePolicy?,
        station: Station?,
        institutions: [Located<Institution>],
        institutionsLocation: SourceLocation,
        location: SourceLocation,
        statements: [Statement] = [],
        draftStatements: [Statement] = [],
        seals: [Seal] = [],
        approvals: [Approval] = [],
        serviceLists: [ServiceList] = [],
        draftServiceLists: [ServiceList] = [],
        evaluations: [Evaluation] = [],
        plates: [HouseholdPlate] = [],
        notices: [Notice] = []
    ) {
        self.slug = slug
        self.name = name
        self.households = households
        self.buildings = buildings
        self.propertyManagement = propertyManagement
        self.committee = committee
        self.account = account
        self.fees = fees
        self.station = station
        self.institutions = institutions
        self.institutionsLocation = institutionsLocation
        self.location = location
        self.statements = statements
        self.draftStatements = draftStatements
        self.seals = seals
        self.approvals = approvals
        self.serviceLists = serviceLists
        self.draftServiceLists = draftServiceLists
        self.evaluations = evaluations
        self.plates = plates
        self.notices = notices
    }
}

/// 物业管理委员会 (物管会): the self-management committee.
package struct Committee: Sendable {
    package struct Review: Sendable {
        package let by: String
        package let date: Located<Day>

        package init(by: String, date: Located<Day>) {
            self.by = by
            self.date = date
        }
    }

    package struct Election: Sendable {
        package let date: Located<Day>
        package let eligible: Located<Int>
        package let voted: Located<Int>
        package let approved: Located<Int>

        package init(date: Located<Day>, eligible: Located<Int>, voted: Located<Int>, approved: Located<Int>) {
            self.date = date
            self.eligible = eligible
            self.voted = voted
            self.approved = approved
        }
    }

    package struct Member: Sendable {
        package let name: String
        package let role: String?
        package let isPartyMember: Bool
        package let nominatedBy: Nomination?
        package let phone: Located<String>?
        package let phoneIsPublic: Bool
        package let location: SourceLocation

        package init(
            name: String,
            role: String?,
            isPartyMember: Bool,
            nominatedBy: Nomination?,
            phone: Located<String>?,
            phoneIsPublic: Bool,
            location: SourceLocation
        ) {
            self.name = name
            self.role = role
            self.isPartyMember = isPartyMember
            self.nominatedBy = nominatedBy
            self.phone = phone
            self.phoneIsPublic = phoneIsPublic
            self.location = location
        }
    }

    package let name: String?
    package let partySecretary: Located<String>
    package let review: Review?
    package let election: Election?
    package let members: [Member]
    /// The `members` list.
    package let membersLocation: SourceLocation
    package let location: SourceLocation

    package init(
        name: String?,
        partySecretary: Located<String>,
        review: Review?,
        election: Election?,
        members: [Member],
        membersLocation: SourceLocation,
        location: SourceLocation
    ) {
        self.name = name
        self.partySecretary = partySecretary
        self.review = review
        self.election = election
        self.members = members
        self.membersLocation = membersLocation
        self.location = location
    }

    package var partyMemberCount: Int { members.filter(\.isPartyMember).count }
}

/// 三方共管: the compound's bank account and who manages and checks it.
package struct Account: Sendable {
    package struct Manager: Sendable {
        package let name: String
        package let capacity: ManagerCapacity
        package let location: SourceLocation

        package init(name: String, capacity: ManagerCapacity, location: SourceLocation) {
            self.name = name
            self.capacity = capacity
            self.location = location
        }
    }

    package let bank: String?
    /// The account's number, declared so residents can pay fees into it: the one card or account number the
    /// pages show in full (PRV-002 masks every other).
    package let number: Located<String>?
    package let managers: [Manager]
    /// 监督小组: resident bookkeepers.
    package let supervisors: [Located<String>]
    package let location: SourceLocation

    package init(
        bank: String?,
        number: Located<String>?,
        managers: [Manager],
        supervisors: [Located<String>],
        location: SourceLocation
    ) {
        self.bank = bank
        self.number = number
        self.managers = managers
        self.supervisors = supervisors
        self.location = location
    }
}

/// 一小区一对策: the compound's own fee policy and its democratic decision.
package struct FeePolicy: Sendable {
    package struct Decision: Sendable {
        package let date: Day?
        package let by: String?
        package let approved: Int?
        package let of: Int?
        package let location: SourceLocation

        package init(date: Day?, by: String?, approved: Int?, of: Int?, location: SourceLocation) {
            self.date = date
            self.by = by
            self.approved = approved
            self.of = of
            self.location = location
        }
    }

    package let policy: String
    package let decided: Decision?
    package let location: SourceLocation

    package init(policy: String, decided: Decision?, location: SourceLocation) {
        self.policy = policy
        self.decided = decided
        self.location = location
    }
}

/// 党群服务站: the compound's own station, or the one of another compound it uses.
package enum Station: Sendable {
    package struct Own: Sendable {
        package let name: String
        package let areaSquareMetres: Int?
        package let origin: String?
        package let sharedWith: [Located<String>]
        package let eightHaves: [Located<String>]
        /// The `eight_haves` list, or the station when it is absent.
        package let eightHavesLocation: SourceLocation
        package let location: SourceLocation

        package init(
            name: String,
            areaSquareMetres: Int?,
            origin: String?,
            sharedWith: [Located<String>],
            eightHaves: [Located<String>],
            eightHavesLocation: SourceLocation,
            location: SourceLocation
        ) {
            self.name = name
            self.areaSquareMetres = areaSquareMetres
            self.origin = origin
            self.sharedWith = sharedWith
            self.eightHaves = eightHaves
            self.eightHavesLocation = eightHavesLocation
            self.location = location
        }
    }

    case own(Own)
    case uses(Located<String>)
}
