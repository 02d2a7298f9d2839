import NoticeboardModel
import NoticeboardValues

extension Compound {
    package init?(slug: String, _ m: MappingReader) {
        m.expect(keys: ["name", "households", "buildings", "property_management", "committee", "account", "fees", "station", "institutions"])
        let name = m.required("name", .text)
        let households = m.required("households", .positiveNumber)
        let buildings = m.optional("buildings", .wholeNumber)?.value
        let management = m.optional("property_management", .choice as ValueKind<PropertyManagement>)?.value ?? PropertyManagement.none
        let committee = m.mapping("committee").flatMap(Committee.init)
        let account = m.mapping("account").flatMap(Account.init)
        let fees = m.mapping("fees").flatMap(FeePolicy.init)
        let station = m.mapping("station").flatMap(Station.init)
        let institutions = m.scalars("institutions", .choice as ValueKind<Institution>)
        guard let name, let households else { return nil }
        self.init(slug: slug, name: name.value, households: households, buildings: buildings, propertyManagement: management,
                  committee: committee, account: account, fees: fees, station: station, institutions: institutions,
                  institutionsLocation: m.location(of: "institutions"), location: m.location)
    }
}

extension Committee {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["name", "party_secretary", "review", "election", "members"])
        let name = m.optional("name", .text)?.value
        let secretary = m.required("party_secretary", .text)
        let review = m.mapping("review").flatMap { r -> Review? in
            r.expect(keys: ["by", "date"])
            guard let by = r.required("by", .text), let date = r.required("date", .day) else { return nil }
            return Review(by: by.value, date: date)
        }
        let election = m.mapping("election").flatMap { e -> Election? in
            e.expect(keys: ["date", "eligible", "voted", "approved"])
            let date = e.required("date", .day)
            let eligible = e.required("eligible", .wholeNumber)
            let voted = e.required("voted", .wholeNumber)
            let approved = e.required("approved", .wholeNumber)
            guard let date, let eligible, let voted, let approved else { return nil }
            return Election(date: date, eligible: eligible, voted: voted, approved: approved)
        }
        let members = m.records("members", required: true) { p -> Member? in
            p.expect(keys: ["name", "role", "party_member", "nominated_by", "phone", "phone_public"])
            let name = p.required("name", .text)
            let role = p.optional("role", .text)?.value
            let party = p.required("party_member", .flag)
            let nominated = p.optional("nominated_by", .choice as ValueKind<Nomination>)?.value
            let phone = p.optional("phone", .text)
            let isPublic = p.optional("phone_public", .flag)?.value ?? false
            guard let name, let party else { return nil }
            return Member(name: name.value, role: role, isPartyMember: party.value, nominatedBy: nominated,
                          phone: phone, phoneIsPublic: isPublic, location: p.location)
        }
        guard let secretary else { return nil }
        self.init(name: name, partySecretary: secretary, review: review, election: election, members: members,
                  membersLocation: m.location(of: "members"), location: m.location)
    }
}

extension Account {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["bank", "number", "managers", "supervisors"])
        let managers = m.records("managers", required: true) { p -> Manager? in
            p.expect(keys: ["name", "capacity"])
            guard let name = p.required("name", .text), let capacity = p.required("capacity", .choice as ValueKind<ManagerCapacity>) else { return nil }
            return Manager(name: name.value, capacity: capacity.value, location: p.location)
        }
        self.init(bank: m.optional("bank", .text)?.value, number: m.optional("number", .text), managers: managers,
                  supervisors: m.scalars("supervisors", .text), location: m.location)
    }
}

extension FeePolicy {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["policy", "decided"])
        let policy = m.required("policy", .text)
        let decided = m.mapping("decided").map { d in
            d.expect(keys: ["date", "by", "approved", "of"])
            return Decision(date: d.optional("date", .day)?.value, by: d.optional("by", .text)?.value,
                            approved: d.optional("approved", .wholeNumber)?.value, of: d.optional("of", .wholeNumber)?.value,
                            location: d.location)
        }
        guard let policy else { return nil }
        self.init(policy: policy.value, decided: decided, location: m.location)
    }
}

extension Station {
    package init?(_ m: MappingReader) {
        if m.has("use") {
            m.expect(keys: ["use"])
            guard let slug = m.required("use", .text) else { return nil }
            self = .uses(slug)
            return
        }
        m.expect(keys: ["name", "area_m2", "origin", "shared_with", "eight_haves", "use"])
        let name = m.required("name", .text)
        let area = m.optional("area_m2", .wholeNumber)?.value
        let origin = m.optional("origin", .text)?.value
        let shared = m.scalars("shared_with", .text)
        let haves = m.scalars("eight_haves", .text)
        guard let name else { return nil }
        self = .own(Own(name: name.value, areaSquareMetres: area, origin: origin, sharedWith: shared, eightHaves: haves,
                        eightHavesLocation: m.location(of: "eight_haves"), location: m.location))
    }
}
