extension PageContext {
    /// `<slug>/index.html`: organisation, committee, account, station, fees, institutions, and every month.
    func compoundPage(_ compound: Compound) -> PageData {
        var content: [String: Any] = [
            "name": compound.name,
            "households": compound.households.value,
            "propertyManagement": compound.propertyManagement.label,
            "institutions": compound.institutions.map(\.value.label),
            "months": monthRows(compound),
            "approvals": compound.approvals.map { ["id": $0.id, "subject": $0.subject, "budget": $0.budget.value.withYuanSign,
                                                   "link": SitePaths.approval(compound.slug, $0.id)] },
            "evaluations": compound.evaluations.reversed().map { ["label": $0.quarter.value.chinese,
                                                                   "link": SitePaths.evaluation(compound.slug, $0.quarter.value)] },
            "plateCount": compound.plates.count,
            "notices": compound.notices.map { noticeRow($0, link: SitePaths.compoundNotice(compound.slug, $0.name)) },
        ]
        content["buildings"] = compound.buildings
        if !compound.plates.isEmpty { content["platesLink"] = SitePaths.households(compound.slug) }
        if let branch = community.branch(of: compound.slug) { content["branch"] = branchView(branch, for: compound) }
        if let committee = compound.committee { content["committee"] = committeeView(committee) }
        if let account = compound.account {
            content["account"] = templateValues([
                "bank": account.bank,
                "managers": account.managers.map { ["name": $0.name, "capacity": $0.capacity.label] },
                "supervisors": Formatting.names(account.supervisors.map(\.value)),
            ])
        }
        if let fees = compound.fees {
            var v: [String: Any] = ["policy": fees.policy]
            if let d = fees.decided {
                v["decided"] = [d.date?.chinese, d.by, d.approved.map { a in d.of.map { "\(a)/\($0)户同意" } ?? "\(a)户同意" }]
                    .compactMap { $0 }.joined(separator: "，")
            }
            content["fees"] = v
        }
        content["station"] = stationView(compound)
        return page(SitePaths.compound(compound.slug), title: "\(compound.name) 公示栏",
                    description: "\(compound.name)（\(compound.households.value)户）的物管会、账户监督、每月收支明细与服务清单",
                    crumbs: compoundCrumbs(compound), content)
    }

    private func monthRows(_ compound: Compound) -> [[String: Any]] {
        let months = Set(compound.statements.map(\.month.value) + compound.serviceLists.map(\.month.value)).sorted(by: >)
        return months.map { month in
            var row: [String: Any] = ["label": month.chinese]
            if let s = compound.statements.first(where: { $0.month.value == month }) {
                row["statement"] = ["link": SitePaths.statement(compound.slug, month), "closing": s.closing.value.withYuanSign,
                                    "balances": s.balances] as [String: Any]
            }
            if compound.serviceLists.contains(where: { $0.month.value == month }) {
                row["servicesLink"] = SitePaths.serviceList(compound.slug, month)
            }
            return row
        }
    }

    private func branchView(_ branch: Branch, for compound: Compound) -> [String: Any] {
        let others = branch.compounds.map(\.value).filter { $0 != compound.slug }.compactMap(community.compound)
        return templateValues([
            "name": branch.name,
            "kind": branch.kind.value.label,
            "secretary": branch.secretary.value,
            "established": branch.established?.chinese,
            "partners": others.map { ["name": $0.name, "link": SitePaths.compound($0.slug)] },
            "groups": branch.groups.map { group in
                templateValues([
                    "name": group.name,
                    "leader": group.leader,
                    "buildings": group.buildings.isEmpty ? nil : group.buildings.map { "\($0.value)号楼" }.joined(separator: "、"),
                    "centers": group.centerHouseholds.isEmpty ? nil : group.centerHouseholds.map { "\($0.name)（\($0.unit)）" }.joined(separator: "、"),
                ])
            },
        ])
    }

    private func committeeView(_ committee: Committee) -> [String: Any] {
        var v: [String: Any] = [
            "name": committee.name ?? "物业管理委员会",
            "partySecretary": committee.partySecretary.value,
            "memberCount": committee.members.count,
            "partyMemberCount": committee.partyMemberCount,
            "partyShare": Formatting.percent(committee.partyMemberCount, of: committee.members.count),
            "members": committee.members.map { m -> [String: Any] in
                var row: [String: Any] = ["name": m.name, "role": m.role ?? "委员", "partyMember": m.isPartyMember,
                                          "nominatedBy": m.nominatedBy?.label ?? ""]
                // Only a number the member chose to publish is shown.
                if m.phoneIsPublic, let phone = m.phone?.value { row["phone"] = phone }
                return row
            },
        ]
        if let review = committee.review { v["review"] = "\(review.date.value.chinese) \(review.by)审核" }
        if let e = committee.election {
            v["election"] = "\(e.date.value.chinese)居民投票选举：应参加\(e.eligible.value)户，参加\(e.voted.value)户，赞成\(e.approved.value)户"
        }
        return v
    }

    private func stationView(_ compound: Compound) -> [String: Any]? {
        switch compound.station {
        case .own(let own):
            let labels = Dictionary(community.rulePack.eightHaves, uniquingKeysWith: { a, _ in a })
            return templateValues([
                "name": own.name,
                "area": own.areaSquareMetres.map { "\($0)平方米" },
                "origin": own.origin,
                "eightHaves": own.eightHaves.isEmpty ? nil : own.eightHaves.map { labels[$0.value] ?? $0.value }.joined(separator: "、"),
                "hasSharedWith": !own.sharedWith.isEmpty,
                "sharedWith": own.sharedWith.compactMap { community.compound($0.value) }
                    .map { ["name": $0.name, "link": SitePaths.compound($0.slug)] },
            ])
        case .uses(let slug):
            guard let host = community.compound(slug.value), case .own(let own)? = host.station else { return nil }
            return ["name": own.name, "host": ["name": host.name, "link": SitePaths.compound(host.slug)]]
        case nil:
            return nil
        }
    }
}
