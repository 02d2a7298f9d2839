import NoticeboardValues

/// `compounds/<slug>/approvals/<id>.md`: a major expenditure through 提议—商议—审议—决议.
package struct Approval: Sendable {
    package struct Step: Sendable {
        package let date: Located<Day>
        package let by: String

        package init(date: Located<Day>, by: String) {
            self.date = date
            self.by = by
        }
    }

    package struct Resolution: Sendable {
        package let date: Located<Day>
        package let by: String
        package let votesFor: Located<Int>
        package let votesAgainst: Int
        package let abstentions: Int

        package init(date: Located<Day>, by: String, votesFor: Located<Int>, votesAgainst: Int, abstentions: Int) {
            self.date = date
            self.by = by
            self.votesFor = votesFor
            self.votesAgainst = votesAgainst
            self.abstentions = abstentions
        }
    }

    /// The file name without `.md`, cited by ledger expenses.
    package let id: String
    package let subject: String
    package let budget: Located<Money>
    package let proposal: Step?
    package let consultation: Step?
    package let deliberation: Step?
    package let resolution: Resolution?
    /// 会议纪要, Markdown.
    package let minutes: String
    package let location: SourceLocation

    package init(
        id: String,
        subject: String,
        budget: Located<Money>,
        proposal: Step?,
        consultation: Step?,
        deliberation: Step?,
        resolution: Resolution?,
        minutes: String,
        location: SourceLocation
    ) {
        self.id = id
        self.subject = subject
        self.budget = budget
        self.proposal = proposal
        self.consultation = consultation
        self.deliberation = deliberation
        self.resolution = resolution
        self.minutes = minutes
        self.location = location
    }
}

/// `compounds/<slug>/services/<YYYY-MM>.md`: 服务清单, the committee's monthly service list.
package struct ServiceList: Sendable {
    package struct Item: Sendable {
        package let name: String
        package let standard: String?
        package let by: String?
        package let status: ServiceStatus
        package let note: String?

        package init(name: String, standard: String?, by: String?, status: ServiceStatus, note: String?) {
            self.name = name
            self.standard = standard
            self.by = by
            self.status = status
            self.note = note
        }
    }

    package struct Feedback: Sendable {
        package let phone: String?
        package let place: String?

        package init(phone: String?, place: String?) {
            self.phone = phone
            self.place = place
        }
    }

    package let month: Located<Month>
    package let items: [Item]
    /// Where `items` is written, for SVC-006.
    package let itemsLocation: SourceLocation
    package let feedback: Feedback?
    /// The day it goes up at the gatehouse (`posted:`), printed on the sheet.
    package let posted: Located<Day>?
    package let body: String
    /// `draft: true`: checked, never published.
    package let isDraft: Bool
    package let location: SourceLocation

    package init(
        month: Located<Month>,
        items: [Item],
        itemsLocation: SourceLocation,
        feedback: Feedback?,
        posted: Located<Day>?,
        body: String,
        isDraft: Bool,
        location: SourceLocation
    ) {
        self.month = month
        self.items = items
        self.itemsLocation = itemsLocation
        self.feedback = feedback
        self.posted = posted
        self.body = body
        self.isDraft = isDraft
        self.location = location
    }
}

/// `compounds/<slug>/evaluations/<YYYY-Qn>.yaml`: 每季度居民评议.
package struct Evaluation: Sendable {
    package struct Result: Sendable {
        package let item: String
        package let satisfied: Int
        package let basic: Int
        package let unsatisfied: Int
        package let location: SourceLocation

        package init(item: String, satisfied: Int, basic: Int, unsatisfied: Int, location: SourceLocation) {
            self.item = item
            self.satisfied = satisfied
            self.basic = basic
            self.unsatisfied = unsatisfied
            self.location = location
        }
        package var total: Int { satisfied + basic + unsatisfied }
        /// Satisfied and basically satisfied of all who rated the item (`89.3%`).
        package var share: String { Formatting.percent(satisfied + basic, of: total) }
    }

    package struct Issue: Sendable {
        /// The evaluation item it is about, when the record names one.
        package let item: String?
        package let raised: String
        package let response: String?

        package init(item: String?, raised: String, response: String?) {
            self.item = item
            self.raised = raised
            self.response = response
        }
    }

    package let quarter: Located<Quarter>
    package let date: Day
    package let participants: Located<Int>
    package let results: [Result]
    package let issues: [Issue]
    package let location: SourceLocation

    package init(
        quarter: Located<Quarter>,
        date: Day,
        participants: Located<Int>,
        results: [Result],
        issues: [Issue],
        location: SourceLocation
    ) {
        self.quarter = quarter
        self.date = date
        self.participants = participants
        self.results = results
        self.issues = issues
        self.location = location
    }

    /// Satisfied and basically satisfied, and all who rated, over every item.
    package var satisfiedOfRated: (satisfied: Int, rated: Int) {
        (results.map { $0.satisfied + $0.basic }.reduce(0, +), results.map(\.total).reduce(0, +))
    }

    /// The satisfied share of all who rated (`89.3%`): the overview's satisfaction.
    package var satisfaction: String { Formatting.percent(satisfiedOfRated.satisfied, of: satisfiedOfRated.rated) }
}

/// `compounds/<slug>/households/<unit>.md`: a 共产党员户 plate (亮身份、亮职责、亮承诺).
package struct HouseholdPlate: Sendable {
    package let name: String
    package let unit: Located<String>
    package let joined: Int?
    package let identity: Located<String>?
    package let specialty: Located<String>?
    package let duty: Located<String>?
    package let commitment: Located<String>?
    package let post: Located<String>?
    package let area: Located<String>?
    /// In the member's own words, Markdown.
    package let body: String
    package let location: SourceLocation

    package init(
        name: String,
        unit: Located<String>,
        joined: Int?,
        identity: Located<String>?,
        specialty: Located<String>?,
        duty: Located<String>?,
        commitment: Located<String>?,
        post: Located<String>?,
        area: Located<String>?,
        body: String,
        location: SourceLocation
    ) {
        self.name = name
        self.unit = unit
        self.joined = joined
        self.identity = identity
        self.specialty = specialty
        self.duty = duty
        self.commitment = commitment
        self.post = post
        self.area = area
        self.body = body
        self.location = location
    }
}

/// `notices/<name>.md` (community) or `compounds/<slug>/notices/<name>.md`.
package struct Notice: Sendable {
    /// The file name without `.md`; becomes the page's folder.
    package let name: String
    package let title: String
    package let date: Day
    package let kind: NoticeKind
    package let body: String
    package let location: SourceLocation

    package init(name: String, title: String, date: Day, kind: NoticeKind, body: String, location: SourceLocation) {
        self.name = name
        self.title = title
        self.date = date
        self.kind = kind
        self.body = body
        self.location = location
    }
}
