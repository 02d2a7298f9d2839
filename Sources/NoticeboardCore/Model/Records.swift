/// `compounds/<slug>/approvals/<id>.md`: a major expenditure through 提议—商议—审议—决议.
struct Approval: Sendable {
    struct Step: Sendable {
        let date: Located<Day>
        let by: String
    }

    struct Resolution: Sendable {
        let date: Located<Day>
        let by: String
        let votesFor: Located<Int>
        let votesAgainst: Int
        let abstentions: Int
    }

    /// The file name without `.md`, cited by ledger expenses.
    let id: String
    let subject: String
    let budget: Located<Money>
    let proposal: Step?
    let consultation: Step?
    let deliberation: Step?
    let resolution: Resolution?
    /// 会议纪要, Markdown.
    let minutes: String
    let location: SourceLocation
}

/// `compounds/<slug>/services/<YYYY-MM>.md`: 服务清单, the committee's monthly service list.
struct ServiceList: Sendable {
    struct Item: Sendable {
        let name: String
        let standard: String?
        let by: String?
        let status: ServiceStatus
        let note: String?
    }

    struct Feedback: Sendable {
        let phone: String?
        let place: String?
    }

    let month: Located<Month>
    let items: [Item]
    /// Where `items` is written, for SVC-006.
    let itemsLocation: SourceLocation
    let feedback: Feedback?
    /// The day it goes up at the gatehouse (`posted:`), printed on the sheet.
    let posted: Located<Day>?
    let body: String
    /// `draft: true`: checked, never published.
    let isDraft: Bool
    let location: SourceLocation
}

/// `compounds/<slug>/evaluations/<YYYY-Qn>.yaml`: 每季度居民评议.
struct Evaluation: Sendable {
    struct Result: Sendable {
        let item: String
        let satisfied: Int
        let basic: Int
        let unsatisfied: Int
        let location: SourceLocation
        var total: Int { satisfied + basic + unsatisfied }
    }

    struct Issue: Sendable {
        /// The evaluation item it is about, when the record names one.
        let item: String?
        let raised: String
        let response: String?
    }

    let quarter: Located<Quarter>
    let date: Day
    let participants: Located<Int>
    let results: [Result]
    let issues: [Issue]
    let location: SourceLocation
}

/// `compounds/<slug>/households/<unit>.md`: a 共产党员户 plate (亮身份、亮职责、亮承诺).
struct HouseholdPlate: Sendable {
    let name: String
    let unit: Located<String>
    let joined: Int?
    let identity: Located<String>?
    let specialty: Located<String>?
    let duty: Located<String>?
    let commitment: Located<String>?
    let post: Located<String>?
    let area: Located<String>?
    /// In the member's own words, Markdown.
    let body: String
    let location: SourceLocation
}

/// `notices/<name>.md` (community) or `compounds/<slug>/notices/<name>.md`.
struct Notice: Sendable {
    /// The file name without `.md`; becomes the page's folder.
    let name: String
    let title: String
    let date: Day
    let kind: NoticeKind
    let body: String
    let location: SourceLocation
}
