extension PageContext {
    /// `<slug>/approvals/<id>/index.html`: the four steps, the vote, the minutes, the expenses citing it.
    func approvalPage(_ compound: Compound, _ approval: Approval) -> PageData {
        func step(_ label: String, _ date: Day?, _ by: String?) -> [String: Any] {
            ["label": label, "date": date?.chinese ?? "未记录", "by": by ?? "", "missing": date == nil]
        }
        var citing: [[String: Any]] = []
        var spent = Money.zero
        for statement in compound.statements {
            for e in statement.expenses where e.approval?.value == approval.id {
                spent = spent + e.amount.value
                citing.append(["date": e.date.value.chinese, "item": e.item, "amount": e.amount.value.withYuanSign,
                               "link": SitePaths.statement(compound.slug, statement.month.value)])
            }
        }
        var content: [String: Any] = [
            "subject": approval.subject,
            "id": approval.id,
            "budget": approval.budget.value.withYuanSign,
            "steps": [
                step("提议", approval.proposal?.date.value, approval.proposal?.by),
                step("商议", approval.consultation?.date.value, approval.consultation?.by),
                step("审议", approval.deliberation?.date.value, approval.deliberation?.by),
                step("决议", approval.resolution?.date.value, approval.resolution?.by),
            ],
            "expenses": citing,
            "spent": spent.withYuanSign,
        ]
        content["minutes"] = approval.minutes.isEmpty ? nil : Markdown.html(approval.minutes)
        if let r = approval.resolution {
            content["vote"] = ["for": r.votesFor.value, "against": r.votesAgainst, "abstain": r.abstentions,
                               "passed": r.votesFor.value > r.votesAgainst]
        }
        return page(SitePaths.approval(compound.slug, approval.id), title: "\(compound.name) 重大支出：\(approval.subject)",
                    description: "预算 \(approval.budget.value.withYuanSign)，经提议、商议、审议、决议四步",
                    crumbs: compoundCrumbs(compound) + [("重大支出 \(approval.id)", nil)], content)
    }

    /// `<slug>/evaluations/<YYYY-Qn>/index.html`: a quarterly resident evaluation.
    func evaluationPage(_ compound: Compound, _ evaluation: Evaluation) -> PageData {
        let quarter = evaluation.quarter.value
        let content: [String: Any] = [
            "compound": compound.name,
            "quarterLabel": quarter.chinese,
            "date": evaluation.date.chinese,
            "participants": evaluation.participants.value,
            "households": compound.households.value,
            "results": evaluation.results.map {
                ["item": $0.item, "satisfied": $0.satisfied, "basic": $0.basic, "unsatisfied": $0.unsatisfied,
                 "share": Formatting.percent($0.satisfied + $0.basic, of: $0.total)] as [String: Any]
            },
            "issues": evaluation.issues.map { ["raised": $0.raised, "response": $0.response ?? "待答复"] },
        ]
        return page(SitePaths.evaluation(compound.slug, quarter), title: "\(compound.name) \(quarter.chinese)居民评议",
                    description: "\(evaluation.participants.value)户参加评议",
                    crumbs: compoundCrumbs(compound) + [("\(quarter.chinese)居民评议", nil)], content)
    }

    /// `<slug>/households/index.html` and `print.html`: the 共产党员户 plates.
    func householdsPage(_ compound: Compound, sheets: Bool) -> PageData {
        let plates = compound.plates.map { p in
            templateValues([
                "name": p.name, "unit": p.unit.value,
                "joined": p.joined.map { "\($0)年入党" },
                "identity": p.identity?.value, "duty": p.duty?.value, "commitment": p.commitment?.value,
                "specialty": p.specialty?.value, "post": p.post?.value, "area": p.area?.value,
                "words": p.body.isEmpty ? nil : Markdown.html(p.body),
            ])
        }
        let path = sheets ? SitePaths.householdSheets(compound.slug) : SitePaths.households(compound.slug)
        return page(path, title: "\(compound.name) 共产党员户\(sheets ? "（挂牌版）" : "")",
                    description: "\(compound.plates.count)户党员亮身份、亮职责、亮承诺",
                    crumbs: compoundCrumbs(compound) + [("共产党员户", nil)],
                    ["plates": plates, "compound": compound.name, "count": plates.count,
                     "sheetLink": SitePaths.householdSheets(compound.slug)])
    }

    /// A notice of the community (`compound` nil) or of a compound.
    func noticePage(_ notice: Notice, in compound: Compound?) -> PageData {
        let path = compound.map { SitePaths.compoundNotice($0.slug, notice.name) } ?? SitePaths.communityNotice(notice.name)
        let crumbs = (compound.map(compoundCrumbs) ?? [(community.site.community, SitePaths.community)]) + [(notice.title, nil)]
        let issuer = compound.map { $0.committee?.name ?? $0.name } ?? community.site.community
        return page(path, title: notice.title, description: "\(issuer) \(notice.kind.label) \(notice.date.chinese)", crumbs: crumbs,
                    ["title": notice.title, "date": notice.date.chinese, "kind": notice.kind.label,
                     "issuer": issuer, "body": Markdown.html(notice.body)])
    }
}
