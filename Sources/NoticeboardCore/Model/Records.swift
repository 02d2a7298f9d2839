/// `compounds/<slug>/approvals/<id>.md`: a major expenditure through 提议—商议—审议—决议.
public struct Approval: Sendable {
    public struct Step: Sendable {
        public let date: Located<Day>
        public let by: String
    }

    public struct Resolution: Sendable {
        public let date: Located<Day>
        public let by: String
        public let votesFor: Located<Int>
        public let votesAgainst: Int
        public let abstentions: Int
    }

    /// The file name without `.md`, cited by ledger expenses.
    public let id: String
    public let subject: String
    public let budget: Located<Money>
    public let proposal: Step?
    public let consultation: Step?
    public let deliberation: Step?
    public let resolution: Resolution?
    /// 会议纪要, Markdown.
    public let minutes: String
    public let location: SourceLocation
}

/// `compounds/<slug>/services/<YYYY-MM>.md`: 服务清单, the committee's monthly service list.
public struct ServiceList: Sendable {
    public struct Item: Sendable {
        public let name: String
        public let standard: String?
        public let by: String?
        public let status: ServiceStatus
        public let note: String?
    }

    public struct Feedback: Sendable {
        public let phone: String?
        public let place: String?
    }

    public let month: Located<Month>
    public let items: [Item]
    public let feedback: Feedback?
    public let body: String
    /// `draft: true`: checked, never published.
    public let isDraft: Bool
    public let location: SourceLocation
}

/// `compounds/<slug>/evaluations/<YYYY-Qn>.yaml`: 每季度居民评议.
public struct Evaluation: Sendable {
    public struct Result: Sendable {
        public let item: String
        public let satisfied: Int
        public let basic: Int
        public let unsatisfied: Int
        public let location: SourceLocation
        public var total: Int { satisfied + basic + unsatisfied }
    }

    public struct Issue: Sendable {
        /// The evaluation item it is about, when the record names one.
        public let item: String?
        public let raised: String
        public let response: String?
    }

    public let quarter: Located<Quarter>
    public let date: Day
    public let participants: Located<Int>
    public let results: [Result]
    public let issues: [Issue]
    public let location: SourceLocation
}

/// `compounds/<slug>/households/<unit>.md`: a 共产党员户 plate (亮身份、亮职责、亮承诺).
public struct HouseholdPlate: Sendable {
    public let name: String
    public let unit: Located<String>
    public let joined: Int?
    public let identity: Located<String>?
    public let specialty: Located<String>?
    public let duty: Located<String>?
    public let commitment: Located<String>?
    public let post: Located<String>?
    public let area: Located<String>?
    /// In the member's own words, Markdown.
    public let body: String
    public let location: SourceLocation
}

/// `notices/<name>.md` (community) or `compounds/<slug>/notices/<name>.md`.
public struct Notice: Sendable {
    /// The file name without `.md`; becomes the page's folder.
    public let name: String
    public let title: String
    public let date: Day
    public let kind: NoticeKind
    public let body: String
    public let location: SourceLocation
}
