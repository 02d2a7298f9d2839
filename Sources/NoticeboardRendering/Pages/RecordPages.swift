import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// `<slug>/approvals/<id>/index.html`: the four steps, the vote, the minutes, the expenses citing it.
package struct ApprovalContent: TemplateView {
    /// One of the four steps: which (a flag each, `{{#proposal}}提议{{/proposal}}`), when, by whom.
    package struct Step: TemplateView {
        package enum Kind: String, CaseIterable, Sendable { case proposal, consultation, deliberation, resolution }

        package let kind: Kind
        /// Nil when the record has no such step (the template says so).
        package let date: String?
        package let by: String

        package static let fields: TemplateFields<Step> = TemplateFields(
            Kind.allCases.map { kind in .flag(kind.rawValue) { $0.kind == kind } }
                + [.text("date") { $0.date }, .text("by") { $0.by }, .flag("missing") { $0.date == nil }])
    }

    package struct Expense: TemplateView {
        package let date: String, item: String, amount: String, link: String

        package static let fields: TemplateFields<Expense> = [
            .text("date") { $0.date }, .text("item") { $0.item }, .text("amount") { $0.amount }, .text("link") { $0.link },
        ]
    }

    package struct Vote: TemplateView {
        package let votesFor: Int, against: Int, abstain: Int

        package static let fields: TemplateFields<Vote> = [
            .number("for") { $0.votesFor }, .number("against") { $0.against }, .number("abstain") { $0.abstain },
            .flag("passed") { $0.votesFor > $0.against },
        ]
    }

    package let compound: String, subject: String, id: String, budget: String
    package let steps: [Step]
    package let expenses: [Expense]
    package let spent: String
    package let minutes: String?
    package let vote: Vote?

    package static let fields: TemplateFields<ApprovalContent> = [
        .text("compound") { $0.compound }, .text("subject") { $0.subject }, .text("id") { $0.id }, .text("budget") { $0.budget },
        .views("steps") { $0.steps },
        .views("expenses") { $0.expenses }, .text("spent") { $0.spent }, .text("minutes") { $0.minutes }, .view("vote") { $0.vote },
    ]
}

/// `<slug>/evaluations/<YYYY-Qn>/index.html`: a quarterly resident evaluation.
package struct EvaluationContent: TemplateView {
    package struct Result: TemplateView {
        package let item: String, satisfied: Int, basic: Int, unsatisfied: Int, share: String

        package static let fields: TemplateFields<Result> = [
            .text("item") { $0.item }, .number("satisfied") { $0.satisfied }, .number("basic") { $0.basic },
            .number("unsatisfied") { $0.unsatisfied }, .text("share") { $0.share },
        ]
    }

    package struct Issue: TemplateView {
        package let raised: String
        /// Nil while the committee has not answered (the template says so).
        package let response: String?

        package static let fields: TemplateFields<Issue> = [.text("raised") { $0.raised }, .text("response") { $0.response }]
    }

    package let compound: String, quarterLabel: String, date: String
    package let participants: Int, households: Int
    package let results: [Result]
    package let issues: [Issue]

    package static let fields: TemplateFields<EvaluationContent> = [
        .text("compound") { $0.compound }, .text("quarterLabel") { $0.quarterLabel }, .text("date") { $0.date },
        .number("participants") { $0.participants }, .number("households") { $0.households },
        .views("results") { $0.results }, .views("issues") { $0.issues },
    ]
}

/// `<slug>/households/index.html` and `print.html`: the 共产党员户 plates.
package struct HouseholdsContent: TemplateView {
    package struct Plate: TemplateView {
        package let name: String, unit: String
        /// The year the member joined the party.
        package let joined: Int?
        package let identity: String?, duty: String?, commitment: String?
        package let specialty: String?, post: String?, area: String?, words: String?

        package static let fields: TemplateFields<Plate> = [
            .text("name") { $0.name }, .text("unit") { $0.unit }, .number("joined") { $0.joined }, .text("identity") { $0.identity },
            .text("duty") { $0.duty }, .text("commitment") { $0.commitment }, .text("specialty") { $0.specialty },
            .text("post") { $0.post }, .text("area") { $0.area }, .text("words") { $0.words },
        ]
    }

    package let plates: [Plate]
    package let compound: String
    package let sheetLink: String

    package static let fields: TemplateFields<HouseholdsContent> = [
        .views("plates") { $0.plates }, .text("compound") { $0.compound }, .number("count") { $0.plates.count },
        .text("sheetLink") { $0.sheetLink },
    ]
}

/// A notice of the community or of a compound.
package struct NoticeContent: TemplateView {
    package let title: String, date: String, kind: String, issuer: String, body: String

    package static let fields: TemplateFields<NoticeContent> = [
        .text("title") { $0.title }, .text("date") { $0.date }, .text("kind") { $0.kind }, .text("issuer") { $0.issuer },
        .text("body") { $0.body },
    ]
}

extension ApprovalReads {
    /// The approval's page: its four steps, its vote and minutes, and `citing`, the lines citing it.
    package func page(_ approval: Approval, citing: [ApprovalData.Citation]) -> PageData {
        func step(_ kind: ApprovalContent.Step.Kind, _ date: Day?, _ by: String?) -> ApprovalContent.Step {
            .init(kind: kind, date: date?.chinese, by: by ?? "")
        }
        let expenses = citing.map { month, _, line in
            ApprovalContent.Expense(date: line.date.value.chinese, item: line.item, amount: line.amount.value.withYuanSign, link: SitePaths.statement(slug, month))
        }
        let content = ApprovalContent(
            compound: compoundName, subject: approval.subject, id: approval.id, budget: approval.budget.value.withYuanSign,
            steps: [
                step(.proposal, approval.proposal?.date.value, approval.proposal?.by),
                step(.consultation, approval.consultation?.date.value, approval.consultation?.by),
                step(.deliberation, approval.deliberation?.date.value, approval.deliberation?.by),
                step(.resolution, approval.resolution?.date.value, approval.resolution?.by),
            ],
            expenses: expenses, spent: citing.map(\.entry.amount.value).sum().withYuanSign,
            minutes: approval.minutes.isEmpty ? nil : Markdown.html(approval.minutes),
            vote: approval.resolution.map { .init(votesFor: $0.votesFor.value, against: $0.votesAgainst, abstain: $0.abstentions) })
        return page(SitePaths.approval(slug, approval.id), crumbs: compoundCrumbs, content)
    }
}

extension EvaluationReads {
    /// The quarter's evaluation page.
    package func page(_ evaluation: Evaluation) -> PageData {
        let content = EvaluationContent(
            compound: compoundName, quarterLabel: quarter.chinese, date: evaluation.date.chinese,
            participants: evaluation.participants.value, households: households,
            results: evaluation.results.map {
                .init(item: $0.item, satisfied: $0.satisfied, basic: $0.basic, unsatisfied: $0.unsatisfied, share: $0.share)
            },
            issues: evaluation.issues.map { .init(raised: $0.raised, response: $0.response) })
        return page(SitePaths.evaluation(slug, quarter), crumbs: compoundCrumbs, content)
    }
}

extension PageContext {
    package func householdsPage(_ compound: Compound, sheets: Bool) -> PageData {
        let plates = compound.plates.map { p in
            HouseholdsContent.Plate(
                name: p.name, unit: p.unit.value, joined: p.joined, identity: p.identity?.value,
                duty: p.duty?.value, commitment: p.commitment?.value, specialty: p.specialty?.value, post: p.post?.value,
                area: p.area?.value, words: p.body.isEmpty ? nil : Markdown.html(p.body))
        }
        let path = sheets ? SitePaths.householdSheets(compound.slug) : SitePaths.households(compound.slug)
        return page(path, crumbs: compoundCrumbs(compound),
                    HouseholdsContent(plates: plates, compound: compound.name, sheetLink: SitePaths.householdSheets(compound.slug)))
    }

    package func noticePage(_ notice: Notice, in compound: Compound?) -> PageData {
        let path = compound.map { SitePaths.compoundNotice($0.slug, notice.name) } ?? SitePaths.communityNotice(notice.name)
        let crumbs = compound.map(compoundCrumbs) ?? [(community.site.community, SitePaths.community)]
        let issuer = compound.map { $0.committee?.name ?? $0.name } ?? community.site.community
        return page(path, crumbs: crumbs,
                    NoticeContent(title: notice.title, date: notice.date.chinese, kind: notice.kind.label, issuer: issuer,
                                  body: Markdown.html(notice.body)))
    }
}

/// `<slug>/approvals/<id>/`: each decision of a major expense, step by step, and its data beside it. What they read
/// is tracked (`ApprovalReads`): an approval whose reads give what the last build recorded is carried over, its data
/// too, without its values being made.
package enum ApprovalPages: PageKind {
    package static let templates: [PageTemplate] = [.approval]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        let context = site.pageContext
        return site.community.compounds.flatMap { compound in
            let sources = site.monthlySources[compound.slug], slug = compound.slug
            return compound.approvals.map { approval in
                let id = approval.id, path = SitePaths.approval(slug, id)
                let files = [path] + ApprovalData.resources(compound: slug, period: id, beside: path).map(\.path)
                return SitePage(tracked: sources.map { sources in (files, { sources.key(of: $0, record: id) }) }) {
                    let reads = ApprovalReads(compound: compound, id: id, context: context)
                    guard let approval = reads.approval else { return MadePage(outputs: []) }
                    let citing = reads.citations, page = reads.page(approval, citing: citing)
                    let data = ApprovalData(compound: slug, compoundName: reads.compoundName, approval: approval, citations: citing, mask: site.mask)
                    return MadePage(outputs: [site.htmlOutput(.approval, page)] + data.files(beside: page.path).map(site.dataOutput),
                                    reads: sources.map { sources in { (reads.reads, sources.key(of: reads.reads, record: id)) } })
                }
            }
        }
    }
}

/// `<slug>/evaluations/<YYYY-Qn>/`: each quarter's evaluation by residents, and its data beside it; tracked as the
/// approvals' pages are (`EvaluationReads`).
package enum EvaluationPages: PageKind {
    package static let templates: [PageTemplate] = [.evaluation]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        let context = site.pageContext
        return site.community.compounds.flatMap { compound in
            let slug = compound.slug
            return compound.evaluations.map { evaluation in
                let quarter = evaluation.quarter.value, path = SitePaths.evaluation(slug, quarter)
                let files = [path] + EvaluationData.resources(compound: slug, period: quarter.description, beside: path).map(\.path)
                // Tracked only when its file's digest is known, which its key is made of.
                let sources = site.monthlySources[slug].flatMap { $0.knowsEvaluation(quarter) ? $0 : nil }
                return SitePage(tracked: sources.map { sources in (files, { sources.key(of: $0, record: quarter.description) }) }) {
                    let reads = EvaluationReads(compound: compound, quarter: quarter, context: context)
                    guard let evaluation = reads.evaluation else { return MadePage(outputs: []) }
                    let page = reads.page(evaluation)
                    let data = EvaluationData(compound: slug, compoundName: reads.compoundName, evaluation: evaluation, mask: site.mask)
                    return MadePage(outputs: [site.htmlOutput(.evaluation, page)] + data.files(beside: page.path).map(site.dataOutput),
                                    reads: sources.map { sources in { (reads.reads, sources.key(of: reads.reads, record: quarter.description)) } })
                }
            }
        }
    }
}

/// `<slug>/households/`: the party-member household plates, as a page and as print sheets.
package enum HouseholdPages: PageKind {
    package static let templates: [PageTemplate] = [.households, .householdSheets]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        site.community.compounds.filter { !$0.plates.isEmpty }.map { compound in
            SitePage { [site.htmlOutput(.households, site.pageContext.householdsPage(compound, sheets: false)),
                        site.htmlOutput(.householdSheets, site.pageContext.householdsPage(compound, sheets: true))] }
        }
    }
}

/// `notices/<name>/index.html`: the community's notices.
package enum CommunityNoticePages: PageKind {
    package static let templates: [PageTemplate] = [.notice]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        site.community.notices.map { notice in site.htmlPage(.notice) { site.pageContext.noticePage(notice, in: nil) } }
    }
}

/// `<slug>/notices/<name>/index.html`: each compound's notices.
package enum CompoundNoticePages: PageKind {
    package static let templates: [PageTemplate] = [.notice]

    package static func pages(in site: SiteRenderer) -> [SitePage] {
        site.community.compounds.flatMap { compound in compound.notices.map { notice in site.htmlPage(.notice) { site.pageContext.noticePage(notice, in: compound) } } }
    }
}

extension PageTemplate {
    package static let approval = PageTemplate("approval", Page<ApprovalContent>.shape)
    package static let evaluation = PageTemplate("evaluation", Page<EvaluationContent>.shape)
    package static let households = PageTemplate("households", Page<HouseholdsContent>.shape)
    package static let householdSheets = PageTemplate("household-sheets", Page<HouseholdsContent>.shape)
    package static let notice = PageTemplate("notice", Page<NoticeContent>.shape)
}
