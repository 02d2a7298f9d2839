import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// A monthly service list's values, as its page and its sheet show them (`services.…`).
package struct ServiceListValues: TemplateView {
    package struct Item: TemplateView {
        package let name: String, status: String, statusKey: String
        package let standard: String?, by: String?, note: String?

        package static let fields: TemplateFields<Item> = [
            .text("name") { $0.name }, .text("status") { $0.status }, .text("statusKey") { $0.statusKey },
            .text("standard") { $0.standard }, .text("by") { $0.by }, .text("note") { $0.note },
        ]
    }

    package let compound: String, monthLabel: String
    package let items: [Item]
    package let issuer: String
    package let pageLink: String, sheetLink: String
    package let body: String?
    package let feedbackPhone: String?, feedbackPlace: String?
    package let statementLink: String?
    package let posted: String?
    package let code: StatementValues.Code
    /// The sheet's type size (see `StatementSheetPlan`): larger for a shorter list.
    package let scale: String

    package static let fields: TemplateFields<ServiceListValues> = [
        .text("compound") { $0.compound }, .text("monthLabel") { $0.monthLabel }, .views("items") { $0.items }, .number("itemCount") { $0.items.count },
        .text("issuer") { $0.issuer }, .text("pageLink") { $0.pageLink }, .text("sheetLink") { $0.sheetLink },
        .text("body") { $0.body }, .text("feedbackPhone") { $0.feedbackPhone }, .text("feedbackPlace") { $0.feedbackPlace },
        .text("statementLink") { $0.statementLink }, .text("posted") { $0.posted }, .view("code") { $0.code },
        .text("scale") { $0.scale },
    ]
}

/// The service list's mobile page.
package struct ServiceListContent: TemplateView {
    package let services: Value

    package static let fields: TemplateFields<ServiceListContent> = [TemplateField(name: "services", shape: ServiceListValues.shape) { $0.services }]
}

/// What the service list's sheet template receives.
package struct ServiceSheetContent: TemplateView {
    package let services: Value
    package let site: SiteView
    package let url: String

    package static let fields: TemplateFields<ServiceSheetContent> = [
        TemplateField(name: "services", shape: ServiceListValues.shape) { $0.services }, .view("site") { $0.site },
        .text("url") { $0.url }, .qrCode,
    ]
}

/// A monthly service list as pages and sheets show it.
package struct ServiceListView {
    package let compound: Compound
    package let list: ServiceList
    package let context: PageContext
    /// The list's verification code, computed once: the page, the sheet and its QR code all show it.
    package let code: VerificationCode

    package init(compound: Compound, list: ServiceList, context: PageContext) {
        self.compound = compound
        self.list = list
        self.context = context
        code = ServiceListFingerprint.code(of: list, in: compound)
    }

    package var month: Month { list.month.value }
    package var title: String { "\(compound.name) \(month.chinese)服务清单" }
    package var summary: String {
        let done = list.items.filter { $0.status == .done }.count
        return "共\(list.items.count)项服务，已完成\(done)项"
    }

    package var values: ServiceListValues {
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
    package var sheetScale: String {
        let lines = list.items.count + list.items.filter { $0.note != nil }.count
            + list.body.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
        return lines <= 10 ? StatementSheetPlan.Scale.large.name : lines <= 16 ? StatementSheetPlan.Scale.medium.name : StatementSheetPlan.Scale.regular.name
    }

    /// The mobile page's absolute URL with the verification code, as the sheet's QR code holds it.
    package var url: String { SitePaths.absolute(SitePaths.serviceList(compound.slug, month), baseURL: context.baseURL) + "?v=\(code.compact)" }

    package func qrSVG() -> String {
        QRCode(url)?.svg(label: "扫码查看网页版：\(url)") ?? ""
    }
}

extension PageContext {
    /// `<slug>/services/<YYYY-MM>/index.html`: the monthly service list for phones.
    package func serviceListPage(_ view: ServiceListView, values: Value) -> PageData {
        page(SitePaths.serviceList(view.compound.slug, view.month), title: view.title, description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], ServiceListContent(services: values))
    }

    package func serviceSheet(_ view: ServiceListView, sheetHTML: String) -> PageData {
        page(SitePaths.serviceSheet(view.compound.slug, view.month), title: "\(view.title)（张贴版）", description: view.summary,
             crumbs: compoundCrumbs(view.compound) + [("\(view.month.chinese)服务清单", nil)], SheetsContent(sheetsHTML: sheetHTML, monthLabel: nil))
    }

    /// What the service list's sheet template receives, without its QR code (`Value.withQRCode`, when the sheet is rendered).
    package func sheet(_ view: ServiceListView, values: Value) -> Value {
        ServiceSheetContent(services: values, site: site, url: view.url).value
    }

    /// `print/<YYYY-MM>/index.html`: every sheet of the month in one print job, from the sheets already rendered.
    package func monthBundle(_ month: Month, sheetsHTML: String, count: Int) -> PageData {
        page(SitePaths.monthBundle(month), title: "\(community.site.community) \(month.chinese)张贴汇总",
             description: "\(month.chinese)各小区收支明细与服务清单，共\(count)张",
             crumbs: [(community.site.community, SitePaths.community), ("\(month.chinese)张贴汇总", nil)],
             SheetsContent(sheetsHTML: sheetsHTML, monthLabel: month.chinese))
    }
}
