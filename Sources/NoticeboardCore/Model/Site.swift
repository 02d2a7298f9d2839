/// `content/site.yaml`: the community and where its board is hosted.
public struct Site: Sendable {
    public struct PartyCommittee: Sendable {
        public let name: String
        public let secretary: String?
    }

    public struct Supervision: Sendable {
        /// 监督电话, printed on every sheet.
        public let phone: String?
        /// Where residents leave opinions online.
        public let feedbackURL: String?
    }

    public let community: String
    public let street: String
    public let district: String?
    public let city: String?
    public let baseURL: Located<String>
    /// The rule pack named by `rules:`, relative to the site root.
    public let rulePack: Located<String>?
    public let partyCommittee: PartyCommittee?
    public let streetPartyCommittee: String?
    public let supervision: Supervision?
    public let location: SourceLocation
}
