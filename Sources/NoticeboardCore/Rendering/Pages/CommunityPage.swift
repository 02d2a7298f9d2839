extension PageContext {
    /// `index.html`: every compound with its households, branch and latest statement; community notices.
    func communityPage() -> PageData {
        let compounds = community.compounds.map { compound -> [String: Any] in
            var row: [String: Any] = [
                "name": compound.name,
                "link": SitePaths.compound(compound.slug),
                "households": compound.households.value,
            ]
            if let branch = community.branch(of: compound.slug) {
                row["branch"] = branch.name
                // 「片区联合党支部」 already says it is joint.
                if !branch.name.contains(branch.kind.value.label) { row["branchKind"] = branch.kind.value.label }
            }
            if let latest = compound.statements.last {
                row["latest"] = [
                    "label": latest.month.value.chinese,
                    "link": SitePaths.statement(compound.slug, latest.month.value),
                    "closing": latest.closing.value.withYuanSign,
                    "balances": latest.balances,
                    "checked": !latest.checkedBy.isEmpty,
                ] as [String: Any]
            }
            return row
        }
        let households = community.compounds.map(\.households.value).reduce(0, +)
        let months = Set(community.compounds.flatMap { $0.statements.map(\.month.value) }).sorted(by: >)
        let content: [String: Any] = [
            "compounds": compounds,
            "compoundCount": community.compounds.count,
            "householdCount": households,
            "branchCount": community.branches.count,
            "committeeCount": community.compounds.filter { $0.committee != nil }.count,
            "notices": community.notices.map { noticeRow($0, link: SitePaths.communityNotice($0.name)) },
            "bundles": months.prefix(6).map { ["label": $0.chinese, "link": SitePaths.monthBundle($0)] },
        ]
        let title = "\(community.site.community) 小区公示栏"
        return page(SitePaths.community, title: title,
                    description: "\(community.site.community)\(community.compounds.count)个小区的每月收支明细、服务清单和党员户公示",
                    crumbs: [(community.site.community, nil)], content)
    }

    /// `404.html`: served for any address, so its links are absolute.
    func notFoundPage() -> PageData {
        page(SitePaths.notFound, title: "页面不存在 · \(community.site.community) 小区公示栏", description: "找不到这个页面",
             crumbs: [(community.site.community, SitePaths.community), ("页面不存在", nil)], root: baseURL, [:])
    }

    func noticeRow(_ notice: Notice, link: String) -> [String: Any] {
        ["title": notice.title, "date": notice.date.chinese, "kind": notice.kind.label, "link": link]
    }
}
