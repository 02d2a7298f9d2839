import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// `<slug>/index.html`: organisation, committee, account, station, fees, institutions, and every month.
package struct CompoundContent: TemplateView {
    package struct MonthRow: TemplateView {
        package struct StatementLink: TemplateView {
            package let link: String
            package let closing: String
            package let balances: Bool

            package static let fields: TemplateFields<StatementLink> = [
                .text("link") { $0.link }, .text("closing") { $0.closing }, .flag("balances") { $0.balances },
            ]
        }

        package let label: String
        package let statement: StatementLink?
        package let servicesLink: String?
        /// How the month stands (`MonthState`): a month that should be posted and is not, a draft, a late posting.
        package let state: MonthState
        /// Days past the rule pack's `post_within_days`, for a late posting.
        package let lateDays: Int?
        /// The statement's page's corrections, when the month was corrected after posting.
        package let correctionsLink: String?

        package static let fields: TemplateFields<MonthRow> = [
            .text("label") { $0.label }, .view("statement") { $0.statement }, .text("servicesLink") { $0.servicesLink },
            .text("state") { $0.state.rawValue }, .flag("missing") { $0.state == .missing }, .flag("draft") { $0.state == .draft },
            .flag("late") { $0.state == .late }, .number("lateDays") { $0.lateDays }, .text("correctionsLink") { $0.correctionsLink },
        ]
    }

    /// An audit warning the rule pack shows residents too (`audit_warnings: residents`).
    package struct AuditRow: TemplateView {
        package let rule: String, message: String, file: String

        package static let fields: TemplateFields<AuditRow> = [.text("rule") { $0.rule }, .text("message") { $0.message }, .text("file") { $0.file }]
    }

    package struct ApprovalRow: TemplateView {
        package let id: String, subject: String, budget: String, link: String

        package static let fields: TemplateFields<ApprovalRow> = [
            .text("id") { $0.id }, .text("subject") { $0.subject }, .text("budget") { $0.budget }, .text("link") { $0.link },
        ]
    }

    package struct BranchView: TemplateView {
        package struct Group: TemplateView {
            /// A 党员中心户: the member's name and unit.
            package struct Center: TemplateView {
                package let name: String, unit: String

                package static let fields: TemplateFields<Center> = [.text("name") { $0.name }, .text("unit") { $0.unit }]
            }

            package let name: String, leader: String?
            /// The buildings the group is responsible for, as written (`3`, the template says `3号楼`).
            package let buildings: [String]
            package let centers: [Center]

            package static let fields: TemplateFields<Group> = [
                .text("name") { $0.name }, .text("leader") { $0.leader },
                .flag("hasBuildings") { !$0.buildings.isEmpty }, .texts("buildings") { $0.buildings },
                .flag("hasCenters") { !$0.centers.isEmpty }, .views("centers") { $0.centers },
            ]
        }

        package let name: String, kind: String, secretary: String, established: String?
        package let partners: [NamedLink]
        package let groups: [Group]

        package static let fields: TemplateFields<BranchView> = [
            .text("name") { $0.name }, .text("kind") { $0.kind }, .text("secretary") { $0.secretary },
            .text("established") { $0.established }, .views("partners") { $0.partners }, .views("groups") { $0.groups },
        ]
    }

    package struct CommitteeView: TemplateView {
        package struct Member: TemplateView {
            package let name: String
            /// Nil when the record names none (the template says 委员).
            package let role: String?
            package let partyMember: Bool, nominatedBy: String
            /// Only a number the member chose to publish.
            package let phone: String?

            package static let fields: TemplateFields<Member> = [
                .text("name") { $0.name }, .text("role") { $0.role }, .flag("partyMember") { $0.partyMember },
                .text("nominatedBy") { $0.nominatedBy }, .text("phone") { $0.phone },
            ]
        }

        /// Who reviewed the roster before the election, and when.
        package struct Review: TemplateView {
            package let date: String, by: String

            package static let fields: TemplateFields<Review> = [.text("date") { $0.date }, .text("by") { $0.by }]
        }

        /// The residents' vote: households eligible, taking part, in favour.
        package struct Election: TemplateView {
            package let date: String
            package let eligible: Int, voted: Int, approved: Int

            package static let fields: TemplateFields<Election> = [
                .text("date") { $0.date }, .number("eligible") { $0.eligible }, .number("voted") { $0.voted }, .number("approved") { $0.approved },
            ]
        }

        /// Nil when the record names none (the template gives the committee's usual name).
        package let name: String?
        package let partySecretary: String
        package let memberCount: Int, partyMemberCount: Int
        package let partyShare: String
        package let members: [Member]
        package let review: Review?, election: Election?

        package static let fields: TemplateFields<CommitteeView> = [
            .text("name") { $0.name }, .text("partySecretary") { $0.partySecretary }, .number("memberCount") { $0.memberCount },
            .number("partyMemberCount") { $0.partyMemberCount }, .text("partyShare") { $0.partyShare }, .views("members") { $0.members },
            .view("review") { $0.review }, .view("election") { $0.election },
        ]
    }

    package struct AccountView: TemplateView {
        package struct Manager: TemplateView {
            package let name: String, capacity: String

            package static let fields: TemplateFields<Manager> = [.text("name") { $0.name }, .text("capacity") { $0.capacity }]
        }

        package let bank: String?
        package let managers: [Manager]
        package let supervisors: String

        package static let fields: TemplateFields<AccountView> = [
            .text("bank") { $0.bank }, .views("managers") { $0.managers }, .text("supervisors") { $0.supervisors },
        ]
    }

    package struct FeesView: TemplateView {
        /// How the policy was agreed: when, by whom, and the households in favour of how many (any may be missing).
        package struct Decision: TemplateView {
            package let date: String?, by: String?
            package let approved: Int?, of: Int?

            package static let fields: TemplateFields<Decision> = [
                .text("date") { $0.date }, .text("by") { $0.by }, .number("approved") { $0.approved }, .number("of") { $0.of },
            ]
        }

        package let policy: String
        package let decided: Decision?

        package static let fields: TemplateFields<FeesView> = [.text("policy") { $0.policy }, .view("decided") { $0.decided }]
    }

    /// The compound's own station, or the one it uses (`host`).
    package struct StationView: TemplateView {
        package let name: String
        package var host: NamedLink?
        /// In square metres.
        package var area: Int?
        package var origin: String?, eightHaves: String?
        package var sharedWith: [NamedLink] = []

        package static let fields: TemplateFields<StationView> = [
            .text("name") { $0.name }, .view("host") { $0.host }, .number("area") { $0.area }, .text("origin") { $0.origin },
            .text("eightHaves") { $0.eightHaves }, .flag("hasSharedWith") { !$0.sharedWith.isEmpty }, .views("sharedWith") { $0.sharedWith },
        ]
    }

    package let name: String
    package let households: Int
    package let buildings: Int?
    package let propertyManagement: String
    package let institutions: [String]
    package let months: [MonthRow]
    /// Each year with a posted month: its page of the year's accounts and that page's A4 sheet.
    package let years: [YearLink]

    package struct YearLink: TemplateView {
        package let label: String, link: String, sheet: String

        package static let fields: TemplateFields<YearLink> = [.text("label") { $0.label }, .text("link") { $0.link }, .text("sheet") { $0.sheet }]
    }
    package let approvals: [ApprovalRow]
    package let evaluations: [LinkView]
    package let plateCount: Int
    package let platesLink: String?
    package let notices: [NoticeRow]
    package let branch: BranchView?
    package let committee: CommitteeView?
    package let account: AccountView?
    package let fees: FeesView?
    package let station: StationView?
    package let audits: [AuditRow]

    package static let fields: TemplateFields<CompoundContent> = [
        .text("name") { $0.name }, .number("households") { $0.households }, .number("buildings") { $0.buildings },
        .text("propertyManagement") { $0.propertyManagement }, .texts("institutions") { $0.institutions },
        .views("months") { $0.months }, .views("years") { $0.years }, .views("approvals") { $0.approvals }, .views("evaluations") { $0.evaluations },
        .number("plateCount") { $0.plateCount }, .text("platesLink") { $0.platesLink }, .views("notices") { $0.notices },
        .view("branch") { $0.branch }, .view("committee") { $0.committee }, .view("account") { $0.account },
        .view("fees") { $0.fees }, .view("station") { $0.station }, .views("audits") { $0.audits },
    ]
}

extension PageContext {
    /// `warnings`: the check's warnings of this compound; the audit ones are shown when the rule pack says so.
    package func compoundPage(_ compound: Compound, warnings: [Diagnostic]) -> PageData {
        let slug = compound.slug
        let content = CompoundContent(
            name: compound.name, households: compound.households.value, buildings: compound.buildings,
            propertyManagement: compound.propertyManagement.label, institutions: compound.institutions.map(\.value.label),
            months: monthRows(compound),
            years: years(of: compound).reversed().map {
                .init(label: "\($0)年", link: SitePaths.year(compound.slug, $0), sheet: SitePaths.yearSheet(compound.slug, $0))
            },
            approvals: compound.approvals.map { .init(id: $0.id, subject: $0.subject, budget: $0.budget.value.withYuanSign, link: SitePaths.approval(slug, $0.id)) },
            evaluations: compound.evaluations.reversed().map { LinkView(label: $0.quarter.value.chinese, link: SitePaths.evaluation(slug, $0.quarter.value)) },
            plateCount: compound.plates.count, platesLink: compound.plates.isEmpty ? nil : SitePaths.households(slug),
            notices: compound.notices.map { noticeRow($0, link: SitePaths.compoundNotice(slug, $0.name)) },
            branch: community.branch(of: slug).map { branchView($0, for: compound) },
            committee: compound.committee.map(committeeView),
            account: compound.account.map { account in
                .init(bank: account.bank, managers: account.managers.map { .init(name: $0.name, capacity: $0.capacity.label) },
                      supervisors: Formatting.names(account.supervisors.map(\.value)))
            },
            fees: compound.fees.map { fees in
                .init(policy: fees.policy, decided: fees.decided.map { decision in
                    .init(date: decision.date?.chinese, by: decision.by, approved: decision.approved, of: decision.of)
                })
            },
            station: stationView(compound),
            audits: community.rulePack.auditWarnings == .residents
                ? warnings.filter { RulePack.auditRules.contains($0.rule) }.map { .init(rule: $0.rule.rawValue, message: $0.message.zh, file: $0.location.file) }
                : [])
        return page(SitePaths.compound(slug), crumbs: [(community.site.community, SitePaths.community)], content)
    }

    /// Every month with a record, and every month that should have one and has not (from the compound's first
    /// statement to the latest month the community has a record of), newest first.
    private func monthRows(_ compound: Compound) -> [CompoundContent.MonthRow] {
        var months = Set(compound.statements.map(\.month.value) + compound.serviceLists.map(\.month.value) + compound.draftStatements.map(\.month.value))
        if var month = compound.allStatements.map(\.month.value).min(), let latest = latestMonth {
            while month <= latest {
                months.insert(month)
                month = month.next
            }
        }
        return months.sorted(by: >).map { month in
            let posted = compound.statements.first { $0.month.value == month }
            let statement = posted.map {
                CompoundContent.MonthRow.StatementLink(link: SitePaths.statement(compound.slug, month), closing: $0.closing.value.withYuanSign, balances: $0.balances)
            }
            let services = compound.serviceLists.contains { $0.month.value == month } ? SitePaths.serviceList(compound.slug, month) : nil
            let state = state(of: month, in: compound)
            return .init(label: month.chinese, statement: statement, servicesLink: services, state: state,
                         lateDays: state == .late ? daysLate(of: month, in: compound) : nil,
                         correctionsLink: posted.flatMap { $0.corrections.isEmpty ? nil : SitePaths.statement(compound.slug, month) + "#corrections" })
        }
    }

    private func branchView(_ branch: Branch, for compound: Compound) -> CompoundContent.BranchView {
        let others = branch.compounds.map(\.value).filter { $0 != compound.slug }.compactMap(community.compound)
        return .init(
            name: branch.name, kind: branch.kind.value.label, secretary: branch.secretary.value, established: branch.established?.chinese,
            partners: others.map { NamedLink(name: $0.name, link: SitePaths.compound($0.slug)) },
            groups: branch.groups.map { group in
                .init(name: group.name, leader: group.leader, buildings: group.buildings.map(\.value),
                      centers: group.centerHouseholds.map { .init(name: $0.name, unit: $0.unit) })
            })
    }

    private func committeeView(_ committee: Committee) -> CompoundContent.CommitteeView {
        .init(
            name: committee.name, partySecretary: committee.partySecretary.value,
            memberCount: committee.members.count, partyMemberCount: committee.partyMemberCount,
            partyShare: Formatting.percent(committee.partyMemberCount, of: committee.members.count),
            members: committee.members.map { member in
                .init(name: member.name, role: member.role, partyMember: member.isPartyMember, nominatedBy: member.nominatedBy?.label ?? "",
                      phone: member.phoneIsPublic ? member.phone?.value : nil)
            },
            review: committee.review.map { .init(date: $0.date.value.chinese, by: $0.by) },
            election: committee.election.map { .init(date: $0.date.value.chinese, eligible: $0.eligible.value, voted: $0.voted.value, approved: $0.approved.value) })
    }

    private func stationView(_ compound: Compound) -> CompoundContent.StationView? {
        switch compound.station {
        case .own(let own):
            let labels = Dictionary(community.rulePack.eightHaves, uniquingKeysWith: { a, _ in a })
            return .init(name: own.name, area: own.areaSquareMetres, origin: own.origin,
                         eightHaves: own.eightHaves.isEmpty ? nil : own.eightHaves.map { labels[$0.value] ?? $0.value }.joined(separator: "、"),
                         sharedWith: own.sharedWith.compactMap { community.compound($0.value) }.map { NamedLink(name: $0.name, link: SitePaths.compound($0.slug)) })
        case .uses(let slug):
            guard let host = community.compound(slug.value), case .own(let own)? = host.station else { return nil }
            return .init(name: own.name, host: NamedLink(name: host.name, link: SitePaths.compound(host.slug)))
        case nil:
            return nil
        }
    }
}

/// `<slug>/index.html`: each compound's page.
package enum CompoundPages: PageKind {
    package static let templates: [PageTemplate] = [.compound]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        site.community.compounds.map { compound in site.htmlPage(.compound) { site.pageContext.compoundPage(compound, warnings: site.warnings[compound.slug] ?? []) } }
    }
}

extension PageTemplate {
    package static let compound = PageTemplate("compound", Page<CompoundContent>.shape)
}
