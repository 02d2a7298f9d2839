/// The default templates and rule pack, built into the program so that an installed `noticeboard init`
/// has them without the repository. SwiftPM embeds each file of `templates/` and `seeds/` as bytes named
/// after the file alone; this list gives each its place again. A test holds it equal to the folders.
public enum DefaultSite {
    public static let files: [SiteFile] = [
        SiteFile(path: "seeds/xiaodian-2021.yaml", bytes: PackageResources.xiaodian_2021_yaml),
        SiteFile(path: "templates/404.mustache", bytes: PackageResources._04_mustache),
        SiteFile(path: "templates/approval.mustache", bytes: PackageResources.approval_mustache),
        SiteFile(path: "templates/assets/emblem.png", bytes: PackageResources.emblem_png),
        SiteFile(path: "templates/community.mustache", bytes: PackageResources.community_mustache),
        SiteFile(path: "templates/compound.mustache", bytes: PackageResources.compound_mustache),
        SiteFile(path: "templates/crumbs.mustache", bytes: PackageResources.crumbs_mustache),
        SiteFile(path: "templates/evaluation.mustache", bytes: PackageResources.evaluation_mustache),
        SiteFile(path: "templates/footer.mustache", bytes: PackageResources.footer_mustache),
        SiteFile(path: "templates/household-sheets.mustache", bytes: PackageResources.household_sheets_mustache),
        SiteFile(path: "templates/households.mustache", bytes: PackageResources.households_mustache),
        SiteFile(path: "templates/issuer.mustache", bytes: PackageResources.issuer_mustache),
        SiteFile(path: "templates/layout.mustache", bytes: PackageResources.layout_mustache),
        SiteFile(path: "templates/month-bundle.mustache", bytes: PackageResources.month_bundle_mustache),
        SiteFile(path: "templates/month-state-symbol.mustache", bytes: PackageResources.month_state_symbol_mustache),
        SiteFile(path: "templates/month-state-word.mustache", bytes: PackageResources.month_state_word_mustache),
        SiteFile(path: "templates/notice.mustache", bytes: PackageResources.notice_mustache),
        SiteFile(path: "templates/overview.mustache", bytes: PackageResources.overview_mustache),
        SiteFile(path: "templates/portal.mustache", bytes: PackageResources.portal_mustache),
        SiteFile(path: "templates/qr-code.mustache", bytes: PackageResources.qr_code_mustache),
        SiteFile(path: "templates/scan-check.mustache", bytes: PackageResources.scan_check_mustache),
        SiteFile(path: "templates/service-list.mustache", bytes: PackageResources.service_list_mustache),
        SiteFile(path: "templates/service-sheet-body.mustache", bytes: PackageResources.service_sheet_body_mustache),
        SiteFile(path: "templates/service-sheet.mustache", bytes: PackageResources.service_sheet_mustache),
        SiteFile(path: "templates/sheet-layout.mustache", bytes: PackageResources.sheet_layout_mustache),
        SiteFile(path: "templates/sitemap.mustache", bytes: PackageResources.sitemap_mustache),
        SiteFile(path: "templates/statement-sheet-body.mustache", bytes: PackageResources.statement_sheet_body_mustache),
        SiteFile(path: "templates/statement-sheet.mustache", bytes: PackageResources.statement_sheet_mustache),
        SiteFile(path: "templates/statement.mustache", bytes: PackageResources.statement_mustache),
        SiteFile(path: "templates/style.css", bytes: PackageResources.style_css),
        SiteFile(path: "templates/year-sheet.mustache", bytes: PackageResources.year_sheet_mustache),
        SiteFile(path: "templates/year-span.mustache", bytes: PackageResources.year_span_mustache),
        SiteFile(path: "templates/year.mustache", bytes: PackageResources.year_mustache),
    ]
}

/// One file of a site root: its path below the root and its bytes.
public struct SiteFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
