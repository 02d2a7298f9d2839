import MustacheEngine

/// A monthly service list's values, as its page and its sheet show them (`services.…`).
struct ServiceListValues: TemplateView {
    struct Item: TemplateView {
        let name: String, status: String, statusKey: String
        let standard: String?, by: String?, note: String?

        static let fields: TemplateFields<Item> = [
            .text("name") { $0.name }, .text("status") { $0.status }, .text("statusKey") { $0.statusKey },
            .text("standard") { $0.standard }, .text("by") { $0.by }, .text("note") { $0.note },
        ]
    }

    let compound: String, monthLabel: String
    let items: [Item]
    let issuer: String
    let pageLink: String, sheetLink: String
    let body: String?
    let feedbackPhone: String?, feedbackPlace: String?
    let statementLink: String?
    let posted: String?
    let code: StatementValues.Code
    /// The sheet's type size (see `StatementSheetPlan`): larger for a shorter list.
    let scale: String

    static let fields: TemplateFields<ServiceListValues> = [
        .text("compound") { $0.compound }, .text("monthLabel") { $0.monthLabel }, .views("items") { $0.items }, .number("itemCount") { $0.items.count },
        .text("issuer") { $0.issuer }, .text("pageLink") { $0.pageLink }, .text("sheetLink") { $0.sheetLink },
        .text("body") { $0.body }, .text("feedbackPhone") { $0.feedbackPhone }, .text("feedbackPlace") { $0.feedbackPlace },
        .text("statementLink") { $0.statementLink }, .text("posted") { $0.posted }, .view("code") { $0.code },
        .text("scale") { $0.scale },
    ]
}

/// The service list's mobile page.
struct ServiceListContent: TemplateView {
    let services: Value

    static let fields: TemplateFields<ServiceListContent> = [TemplateField(name: "services", shape: ServiceListValues.shape) { $0.services }]
}

/// What the service list's sheet template receives.
struct ServiceSheetContent: TemplateView {
    let services: Value
    let site: SiteView
    let url: String

    static let fields: TemplateFields<ServiceSheetContent> = [
        TemplateField(name: "services", shape: ServiceListValues.shape) { $0.services }, .view("site") { $0.site },
        .text("url") { $0.url }, .qrCode,
    ]
}

/// A monthly service list as pages and sheets show it.
struct ServiceListView {
    let compound: Compound
    let list: ServiceList
    let context: PageContext
    /// The list's verification code, computed once: the page, the sheet and its QR code all show it.
    let code: VerificationCode

    init(compound: Compound, list: ServiceList, context: PageContext) {
        self.compound = compound
        self.list = list
        self.context = context
        code = ServiceListFingerprint.code(of: list, in: compound)
    }

    var month: Month { list.month.value }
    var title: String { "\(compound.name) \(month.chinese)服务清单" }
    var summary: String {
        let done = list.items.filter { $0.status == .done }.count
        return "共\(list.items.count)项服务，已完成\(done)项"
    }

    var values: ServiceListValues {
        ServiceListValues(
            compound: compound.name, monthLabel: month.chinese,
            items: list.items.map { .init(name: $0.name, status: $0.status.label, statusKey: $0.status.rawValue, standard: $0.standard, by: $0.by, note: $0.note) },
            issuer: compound.committee?.name ?? "\(compound.name)物业管理委员会",
            pageLink: SitePaths.serviceList(compound.slug, month), sheetLink: SitePaths.serviceSheet(compound.slug, month),
            body: list.body.isEmpty ? nil : Markdown.html(list.body),
            feedbackPhone: list.feedback?.phone, feedbackPlace: list.feedback?.place,
            statementLink: compound.statements.contains { $0.month.value == month } ? SitePaths.statement(compound.slug, month) : nil,
            posted: list.posted?.value.chinese, code: .init(text: code.description, compact: code.compact),
            scale: sheetScale)
    }

    /// The sheet's type size, from the lines it prints: an item (and its note), each line of the Markdown.
    var sheetScale: String {
        let lines = list.items.count + list.items.filter { $0.note != nil }.count
            + list.body.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
        return lines <= 10 ? StatementSheetPlan.Scale.large.name : lines <= 16 ? StatementSheetPlan.Scale.medium.name : StatementSheetPlan.Scale.regular.name
    }

    /// The mobile page's absolute URL with the verification code, as the sheet's QR code holds it.
    var url: String { SitePaths.absolute(SitePaths.serviceList(compound.slug, month), baseURL: context.baseURL) + "?v=\(code.compact)" }

    func qrSVG() -> String {
        QRCode(url)?.svg(label: "扫码查看网页版：\(url)") ?? ""
    }
}

extension PageContext {
    /// `<slug>/services/<YYYY-MM>/index.html`: the monthly service list for phones.
    func serviceListPage(_ view: ServiceListView, values: Value) -> PageData {
        page(SitePaths.serviceList(view.compound.slug, view.month), title: view.title, description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], ServiceListContent(services: values))
    }

    func serviceSheet(_ view: ServiceListView, sheetHTML: String) -> PageData {
        page(SitePaths.serviceSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], SheetsContent(sheetsHTML: sheetHTML, monthLabel: nil))
    }

    /// What the service list's sheet template receives, without its QR code (`Value.withQRCode`, when the sheet is rendered).
    func sheet(_ view: ServiceListView, values: Value) -> Value {
        ServiceSheetContent(services: values, site: site, url: view.url).value
    }

    /// `print/<YYYY-MM>/index.html`: every sheet of the month in one print job, from the sheets already rendered.
    func monthBundle(_ month: Month, sheetsHTML: String, count: Int) -> PageData {
        page(SitePaths.monthBundle(month), title: "\(community.site.community) \(month.chinese)张贴汇总",
             description: "\(month.chinese)各小区收支明细与服务清单，共\(count)张",
             crumbs: [(community.site.community, SitePaths.community), ("\(month.chinese)张贴汇总", nil)],
             SheetsContent(sheetsHTML: sheetsHTML, monthLabel: month.chinese))
    }
}
