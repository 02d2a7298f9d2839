import NoticeboardValues

/// `content/site.yaml`: the community and where its board is hosted.
package struct Site: Sendable {
    package struct PartyCommittee: Sendable {
        package let name: String
        package let secretary: String?

        package init(name: String, secretary: String?) {
            self.name = name
            self.secretary = secretary
        }
    }

    package struct Supervision: Sendable {
        /// 监督电话, printed on every sheet.
        package let phone: String?
        /// Where residents leave opinions online.
        package let feedbackURL: String?

        package init(phone: String?, feedbackURL: String?) {
            self.phone = phone
            self.feedbackURL = feedbackURL
        }
    }

    package let community: String
    package let street: String
    package let district: String?
    package let city: String?
    package let baseURL: Located<String>
    /// The rule pack named by `rules:`, relative to the site root.
    package let rulePack: Located<String>?
    package let partyCommittee: PartyCommittee?
    package let streetPartyCommittee: String?
    package let supervision: Supervision?
    /// Where `noticeboard publish` sends the site, the first by default.
    package let publish: [PublishTarget]
    /// The licence the open data is published under (`licence:`, an identifier such as `CC-BY-4.0`); nil for the default.
    package let licence: String?
    package let location: SourceLocation

    package init(
        community: String,
        street: String,
        district: String?,
        city: String?,
        baseURL: Located<String>,
        rulePack: Located<String>?,
        partyCommittee: PartyCommittee?,
        streetPartyCommittee: String?,
        supervision: Supervision?,
        publish: [PublishTarget],
        licence: String? = nil,
        location: SourceLocation
    ) {
        self.community = community
        self.street = street
        self.district = district
        self.city = city
        self.baseURL = baseURL
        self.rulePack = rulePack
        self.partyCommittee = partyCommittee
        self.streetPartyCommittee = streetPartyCommittee
        self.supervision = supervision
        self.publish = publish
        self.licence = licence
        self.location = location
    }
}
