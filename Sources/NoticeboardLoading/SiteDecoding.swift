import NoticeboardModel
import NoticeboardValues

extension Site {
    package static let keys = ["community", "street", "district", "city", "base_url", "rules", "party_committee", "street_party_committee", "supervision", "publish", "licence"]

    package init?(_ m: MappingReader) {
        m.expect(keys: Self.keys)
        let community = m.required("community", .text)
        let street = m.required("street", .text)
        let baseURL = m.required("base_url", .baseURL)
        let party = m.mapping("party_committee").flatMap { p -> PartyCommittee? in
            p.expect(keys: ["name", "secretary"])
            return p.required("name", .text).map { PartyCommittee(name: $0.value, secretary: p.optional("secretary", .text)?.value) }
        }
        let supervision = m.mapping("supervision").map { s in
            s.expect(keys: ["phone", "feedback_url"])
            return Supervision(phone: s.optional("phone", .text)?.value, feedbackURL: s.optional("feedback_url", .url)?.value)
        }
        let district = m.optional("district", .text)?.value
        let city = m.optional("city", .text)?.value
        let rulePack = m.optional("rules", .text)
        let streetParty = m.optional("street_party_committee", .text)?.value
        let publish = m.records("publish") { PublishTarget($0) }
        let licence = m.optional("licence", .licence)?.value
        for (index, target) in publish.enumerated() where publish[..<index].contains(where: { $0.name == target.name }) {
            m.reader.report(.in002, at: target.location, Message(zh: "publish 中有两个名为 \(target.name) 的目标", en: "publish names two targets \(target.name)"))
        }
        guard let community, let street, let baseURL else { return nil }
        self.init(community: community.value, street: street.value, district: district, city: city, baseURL: baseURL,
                  rulePack: rulePack, partyCommittee: party, streetPartyCommittee: streetParty, supervision: supervision,
                  publish: publish, licence: licence, location: m.location)
    }
}

extension Branch {
    package init?(id: String, _ m: MappingReader) {
        m.expect(keys: ["name", "kind", "compounds", "secretary", "established", "groups"])
        let name = m.required("name", .text)
        let kind = m.required("kind", .choice as ValueKind<BranchKind>)
        let compounds = m.scalars("compounds", required: true, .text)
        let secretary = m.required("secretary", .text)
        let established = m.optional("established", .day)?.value
        let groups = m.records("groups") { g -> PartyGroup? in
            g.expect(keys: ["name", "leader", "buildings", "center_households"])
            let name = g.required("name", .text)
            let leader = g.optional("leader", .text)?.value
            let buildings = g.scalars("buildings", .text)
            let centers = g.records("center_households") { c -> CenterHousehold? in
                c.expect(keys: ["name", "unit"])
                guard let name = c.required("name", .text), let unit = c.required("unit", .text) else { return nil }
                return CenterHousehold(name: name.value, unit: unit.value, location: c.location)
            }
            return name.map { PartyGroup(name: $0.value, leader: leader, buildings: buildings, centerHouseholds: centers, location: g.location) }
        }
        guard let name, let kind, let secretary else { return nil }
        self.init(id: id, name: name.value, kind: kind, compounds: compounds, compoundsLocation: m.location(of: "compounds"), secretary: secretary,
                  established: established, groups: groups, location: m.location)
    }
}
