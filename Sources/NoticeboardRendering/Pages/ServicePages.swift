import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOpenData
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
    /// Items done (`已完成`).
    package let doneCount: Int
    /// The committee's name; nil when the compound's file gives none (`issuer.mustache` names the compound's committee).
    package let issuer: String?
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
        .number("doneCount") { $0.doneCount },
        .text("issuer") { $0.issuer }, .text("pageLink") { $0.pageLink }, .text("sheetLink") { $0.sheetLink },
        .text("body") { $0.body }, .text("feedbackPhone") { $0.feedbackPhone }, .text("feedbackPlace") { $0.feedbackPlace },
        .text("statementLink") { $0.statementLink }, .text("posted") { $0.posted }, .view("code") { $0.code },
        .text("scale") { $0.scale },
    ]
}

/// The service list's print page: its sheet, already rendered, and what the page's title and description say
/// of the list (`services.…`, named as on the mobile page).
package struct ServiceListPrintContent: TemplateView {
    package struct Summary: TemplateView {
        package let compound: String, monthLabel: String
        package let itemCount: Int, doneCount: Int

        package static let fields: TemplateFields<Summary> = [
            .text("compound") { $0.compound }, .text("monthLabel") { $0.monthLabel }, .number("itemCount") { $0.itemCount },
            .number("doneCount") { $0.doneCount },
        ]
    }

    package let sheetsHTML: String
    package let services: Summary

    package static let fields: TemplateFields<ServiceListPrintContent> = [.markup("sheetsHTML") { $0.sheetsHTML }, .view("services") { $0.services }]
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
    /// The page's address to type, under the QR code (`SitePaths.typedAddress`).
    package let address: [String]

    package static let fields: TemplateFields<ServiceSheetContent> = [
        TemplateField(name: "services", shape: ServiceListValues.shape) { $0.services }, .view("site") { $0.site },
        .text("url") { $0.url }, .texts("address") { $0.address }, .qrCode,
    ]
}

/// A monthly service list as pages and sheets show it, read through `MonthlyReads`.
package struct ServiceListView {
    package let reads: MonthlyReads
    package let list: ServiceList
    /// The list's verification code, computed once: the page, the sheet and its QR code all show it.
    package let code: VerificationCode

    package init(reads: MonthlyReads, list: ServiceList) {
        self.reads = reads
        self.list = list
        code = reads.serviceListCode(list)
    }

    package var month: Month { reads.month }

    /// What the print page's title and description say of the list.
    package var printSummary: ServiceListPrintContent.Summary {
        .init(compound: reads.compoundName, monthLabel: month.chinese, itemCount: list.items.count,
              doneCount: list.items.filter { $0.status == .done }.count)
    }

    package var values: ServiceListValues {
        let slug = reads.slug
        return ServiceListValues(
            compound: reads.compoundName, monthLabel: month.chinese,
            items: list.items.map { .init(name: $0.name, status: $0.status.label, statusKey: $0.status.rawValue, standard: $0.standard, by: $0.by, note: $0.note) },
            doneCount: list.items.filter { $0.status == .done }.count,
            issuer: reads.issuer,
            pageLink: SitePaths.serviceList(slug, month), sheetLink: SitePaths.serviceSheet(slug, month),
            body: list.body.isEmpty ? nil : Markdown.html(list.body),
            feedbackPhone: list.feedback?.phone, feedbackPlace: list.feedback?.place,
            statementLink: reads.hasStatement ? SitePaths.statement(slug, month) : nil,
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
    package var url: String { SitePaths.absolute(SitePaths.serviceList(reads.slug, month), baseURL: reads.baseURL) + "?v=\(code.compact)" }

    package func qrCode() -> QRCodeView? { QRCode.view(of: url) }
}

/// `<slug>/services/<YYYY-MM>/`: the monthly service list for phones and as a gatehouse sheet.
package enum ServiceListPages: MonthlyPageKind {
    package static let templates: [PageTemplate] = [.serviceList, .serviceSheet, .serviceSheetBody]

    package static func page(of compound: Compound, in month: Month, site: SiteRenderer) -> SitePage? {
        guard compound.serviceLists.contains(where: { $0.month.value == month }) else { return nil }
        let slug = compound.slug, page = SitePaths.serviceList(slug, month), sheet = SitePaths.serviceSheet(slug, month)
        let data = ServiceListData.resources(compound: slug, period: month.description, beside: page).map(\.path)
        return site.postedRecordPage(of: compound, in: month, mobile: page, data: data, print: sheet) { reads in
            guard let list = reads.serviceList else { return nil }
            let view = ServiceListView(reads: reads, list: list)
            let values = view.values.value
            let crumbs = reads.compoundCrumbs, summary = view.printSummary
            let published = ServiceListData(slug: slug, compoundName: reads.compoundName, list: list, code: view.code, page: page, mask: site.mask)
            return PostedRecord(
                name: "services", values: values,
                mobile: (.serviceList, reads.page(page, crumbs: crumbs, sheet: sheet, ServiceListContent(services: values))),
                sheet: .serviceSheetBody, sheetValue: ServiceSheetContent(services: values, site: reads.site, url: view.url,
                                                                          address: SitePaths.typedAddress(page, baseURL: reads.baseURL)).value,
                qr: view.qrCode, print: .serviceSheet,
                printData: { reads.page(sheet, crumbs: crumbs, ServiceListPrintContent(sheetsHTML: $0, services: summary)) },
                data: published.files(beside: page))
        }
    }
}

extension PageTemplate {
    package static let serviceList = PageTemplate("service-list", Page<ServiceListContent>.shape)
    package static let serviceSheet = PageTemplate("service-sheet", Page<ServiceListPrintContent>.shape)
    package static let serviceSheetBody = PageTemplate("service-sheet-body", ServiceSheetContent.shape)
}
