/// `content/site.yaml`: the community and where its board is hosted.
struct Site: Sendable {
    struct PartyCommittee: Sendable {
        let name: String
        let secretary: String?
    }

    struct Supervision: Sendable {
        /// 监督电话, printed on every sheet.
        let phone: String?
        /// Where residents leave opinions online.
        let feedbackURL: String?
    }

    let community: String
    let street: String
    let district: String?
    let city: String?
    let baseURL: Located<String>
    /// The rule pack named by `rules:`, relative to the site root.
    let rulePack: Located<String>?
    let partyCommittee: PartyCommittee?
    let streetPartyCommittee: String?
    let supervision: Supervision?
    /// Where `noticeboard publish` sends the site, the first by default.
    let publish: [PublishTarget]
    let location: SourceLocation
}
