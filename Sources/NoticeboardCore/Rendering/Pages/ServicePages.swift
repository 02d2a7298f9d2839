/// A monthly service list as pages and sheets show it.
struct ServiceListView {
    let compound: Compound
    let list: ServiceList
    let context: PageContext

    var month: Month { list.month.value }
    var title: String { "\(compound.name) \(month.chinese)服务清单" }
    var summary: String {
        let done = list.items.filter { $0.status == .done }.count
        return "共\(list.items.count)项服务，已完成\(done)项"
    }

    var values: [String: Any] {
        var v: [String: Any] = [
            "compound": compound.name,
            "monthLabel": month.chinese,
            "items": list.items.map { item -> [String: Any] in
                ["name": item.name, "status": item.status.label, "statusKey": item.status.rawValue,
                 "standard": Absent.or(item.standard), "by": Absent.or(item.by), "note": Absent.or(item.note)]
            },
            "issuer": compound.committee?.name ?? "\(compound.name)物业管理委员会",
            "pageLink": SitePaths.serviceList(compound.slug, month),
            "sheetLink": SitePaths.serviceSheet(compound.slug, month),
        ]
        v["body"] = list.body.isEmpty ? nil : Markdown.html(list.body)
        v["feedbackPhone"] = list.feedback?.phone
        v["feedbackPlace"] = list.feedback?.place
        if compound.statements.contains(where: { $0.month.value == month }) {
            v["statementLink"] = SitePaths.statement(compound.slug, month)
        }
        return v
    }

    func qrSVG() -> String {
        let url = SitePaths.absolute(SitePaths.serviceList(compound.slug, month), baseURL: context.baseURL)
        return QRCode(url)?.svg(label: "扫码查看网页版：\(url)", millimetres: 30) ?? ""
    }
}

extension PageContext {
    /// `<slug>/services/<YYYY-MM>/index.html`: the monthly service list for phones.
    func serviceListPage(_ view: ServiceListView, values: [String: Any]) -> PageData {
        page(SitePaths.serviceList(view.compound.slug, view.month), title: view.title, description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], ["services": values])
    }

    func serviceSheet(_ view: ServiceListView, sheetHTML: String) -> PageData {
        page(SitePaths.serviceSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], ["sheetsHTML": sheetHTML])
    }

    /// What the service list's sheet template receives, but its QR code (see `MonthlyPages`).
    func sheet(_ view: ServiceListView, values: [String: Any]) -> [String: Any] {
        ["services": values, "site": site,
         "url": SitePaths.absolute(SitePaths.serviceList(view.compound.slug, view.month), baseURL: baseURL)]
    }

    /// `print/<YYYY-MM>/index.html`: every sheet of the month in one print job, from the sheets already rendered.
    func monthBundle(_ month: Month, sheetsHTML: String, count: Int) -> PageData {
        page(SitePaths.monthBundle(month), title: "\(community.site.community) \(month.chinese)张贴汇总",
             description: "\(month.chinese)各小区收支明细与服务清单，共\(count)张",
             crumbs: [(community.site.community, SitePaths.community), ("\(month.chinese)张贴汇总", nil)],
             ["sheetsHTML": sheetsHTML, "monthLabel": month.chinese])
    }
}
