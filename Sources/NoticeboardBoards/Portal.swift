import Foundation
import MustacheEngine
import DefaultSite
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardOutput
import NoticeboardPrivacy
import NoticeboardRendering
import NoticeboardValues

/// What `templates/portal.mustache` receives: the 街道's view over many 社区 boards, made from each board's
/// published overview data (`overview/data.json`) alone.
package struct PortalContent: TemplateView {
    package struct Row: TemplateView {
        package let community: String, name: String, link: String
        package let latest: String?, stateKey: String?, stateWord: String?
        package let drafts: Int, missing: Int, warnings: Int
        package let rate: String?, satisfaction: String?, rules: String?
        package let year: Int?, income: String?, expenses: String?
        /// Why the row needs attention (逾期、缺报、草稿、警告), empty when it does not.
        package let attention: String

        package static let fields: TemplateFields<Row> = [
            .text("community") { $0.community }, .text("name") { $0.name }, .text("link") { $0.link },
            .text("latest") { $0.latest }, .text("stateKey") { $0.stateKey }, .text("stateWord") { $0.stateWord },
            .number("drafts") { $0.drafts }, .number("missing") { $0.missing }, .number("warnings") { $0.warnings },
            .text("rate") { $0.rate }, .text("satisfaction") { $0.satisfaction }, .text("rules") { $0.rules },
            .number("year") { $0.year }, .text("income") { $0.income }, .text("expenses") { $0.expenses },
            .text("attention") { $0.attention.isEmpty ? nil : $0.attention },
        ]
    }

    package struct Community: TemplateView {
        package let name: String, link: String, dataLink: String
        package let compounds: Int, onTime: Int, late: Int, missing: Int, drafts: Int, warnings: Int
        package let rows: [Row]

        package static let fields: TemplateFields<Community> = [
            .text("name") { $0.name }, .text("link") { $0.link }, .text("dataLink") { $0.dataLink },
            .number("compounds") { $0.compounds }, .number("onTime") { $0.onTime }, .number("late") { $0.late },
            .number("missing") { $0.missing }, .number("drafts") { $0.drafts }, .number("warnings") { $0.warnings },
            .views("rows") { $0.rows },
        ]
    }

    package let street: String
    package let attention: [Row]
    package let communities: [Community]
    package let boards: Int, compounds: Int

    package static let fields: TemplateFields<PortalContent> = [
        .text("street") { $0.street }, .views("attention") { $0.attention }, .flag("hasAttention") { !$0.attention.isEmpty },
        .views("communities") { $0.communities }, .number("boards") { $0.boards }, .number("compounds") { $0.compounds },
    ]
}

/// `noticeboard portal`: reads each board's package and overview data and writes the 街道 site (`index.html`,
/// the stylesheet and the emblem) through the same writer as a build: staged beside the output and swapped in,
/// into a folder that is empty or the tool's own.
package struct Portal: Sendable {
    package let boards: [Board]
    /// A folder holding `portal.mustache` (and the `layout`, `crumbs` and `footer` it uses, `style.css`,
    /// `assets/emblem.png`); nil for the built-in templates.
    package let templates: URL?

    package init(boards: [Board], templates: URL?) {
        self.boards = boards
        self.templates = templates
    }

    package static let template = "portal"

    /// Each board's overview data, in the order given; fails when a board cannot be read.
    package func read() async throws(Board.Unreadable) -> [(board: Board, overview: OverviewData)] {
        var read: [(Board, OverviewData)] = []
        for board in boards {
            let package = try await board.package()
            let bytes = try await board.read(package.noticeboard.overview)
            do {
                read.append((board, try JSONDecoder().decode(OverviewData.self, from: bytes)))
            } catch {
                throw Board.Unreadable(path: board.address(of: package.noticeboard.overview), reason: "不是社区督查数据 / not overview data: \(error)")
            }
        }
        return read
    }

    package static func content(_ overviews: [(board: Board, overview: OverviewData)]) -> PortalContent {
        var attention: [PortalContent.Row] = []
        let communities = overviews.map { board, overview in
            // Links go to the board's own address: an http(s) base URL, never a `javascript:` one a board's data might hold.
            let base = BaseURL.isValid(overview.baseURL) ? overview.baseURL : board.webAddress ?? ""
            let rows = overview.compounds.map { row in
                var why: [String] = []
                if row.latestState == "late" { why.append("逾期公示") }
                if row.latestState == "undated" { why.append("未记张贴日") }
                if row.missing > 0 { why.append("缺报 \(row.missing) 个月") }
                if row.drafts > 0 { why.append("草稿 \(row.drafts) 份") }
                if row.warnings > 0 { why.append("警告 \(row.warnings) 条") }
                return PortalContent.Row(
                    community: overview.community, name: row.name,
                    link: base + (row.link.wholeMatch(of: #/[a-z0-9-]+\//#) != nil ? row.link : ""),
                    latest: row.latestMonth, stateKey: row.latestState, stateWord: row.latestState.flatMap { OverviewData.Row.stateLabels[$0] },
                    drafts: row.drafts, missing: row.missing, warnings: row.warnings, rate: row.collectionRate, satisfaction: row.satisfaction,
                    rules: row.warningsByRule.isEmpty ? nil : row.warningsByRule.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: "、"),
                    year: row.year, income: row.yearIncomeFen.map { Money(fen: $0).withYuanSign }, expenses: row.yearExpensesFen.map { Money(fen: $0).withYuanSign },
                    attention: why.joined(separator: "、"))
            }
            attention += rows.filter { !$0.attention.isEmpty }
            return PortalContent.Community(
                name: overview.community, link: base.isEmpty ? "#" : base, dataLink: base + OpenDataPaths.package, compounds: rows.count,
                onTime: overview.compounds.filter { $0.latestState == "on-time" }.count, late: overview.compounds.filter { $0.latestState == "late" }.count,
                missing: overview.compounds.filter { $0.missing > 0 }.count, drafts: overview.compounds.map(\.drafts).reduce(0, +),
                warnings: overview.compounds.map(\.warnings).reduce(0, +), rows: rows)
        }
        let streets = overviews.map(\.overview.street).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return PortalContent(street: streets.joined(separator: "、"), attention: attention, communities: communities,
                             boards: overviews.count, compounds: communities.map(\.compounds).reduce(0, +))
    }

    /// The templates' texts: the folder's `.mustache` files, or the built-in ones.
    private func templateFiles() throws(InputOutputError) -> (texts: [String: String], css: Data, emblem: Data) {
        var texts: [String: String] = [:], css: Data?, emblem: Data?
        if let templates {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
            for name in names where name.hasSuffix(".mustache") {
                texts[String(name.dropLast(".mustache".count))] = FileManager.default.contents(atPath: templates.appendingPathComponent(name).path)
                    .map { String(decoding: $0, as: UTF8.self) }
            }
            css = FileManager.default.contents(atPath: templates.appendingPathComponent(TemplateSet.stylesheetName).path)
            emblem = FileManager.default.contents(atPath: templates.appendingPathComponent("assets/emblem.png").path)
        } else {
            for file in DefaultSite.files where file.path.hasPrefix("templates/") {
                let name = String(file.path.dropFirst("templates/".count))
                if name.hasSuffix(".mustache") { texts[String(name.dropLast(".mustache".count))] = String(decoding: file.bytes, as: UTF8.self) }
                if name == TemplateSet.stylesheetName { css = Data(file.bytes) }
                if name == "assets/emblem.png" { emblem = Data(file.bytes) }
            }
        }
        let folder = templates?.path ?? "templates"
        guard texts[Self.template] != nil else { throw InputOutputError(path: folder + "/portal.mustache", reason: "缺少街道总览模板 / the portal template is missing") }
        guard let css, let emblem else { throw InputOutputError(path: folder, reason: "缺少 style.css 或 assets/emblem.png / style.css or assets/emblem.png missing") }
        return (texts, css, emblem)
    }

    /// Renders the portal and writes it into `output` (exit 2 on a template naming a value the page lacks, or
    /// an output that is not empty and not the tool's). Returns the number of files written.
    package func write(_ overviews: [(board: Board, overview: OverviewData)], into output: URL) async throws -> Int {
        let (texts, css, emblem) = try templateFiles()
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(texts)
        } catch {
            throw InputOutputError(path: (templates?.path ?? "templates") + "/\(error.template).mustache:\(error.error.position)", reason: "模板语法错误 / template syntax error: \(error.error.message)")
        }
        if let unknown = library.unknownNames(in: Self.template, for: Page<PortalContent>.shape).first {
            throw InputOutputError(path: (templates?.path ?? "templates") + "/\(unknown.template).mustache:\(unknown.position)",
                                   reason: "街道总览没有名为 {{\(unknown.name)}} 的值 / the portal has no value named {{\(unknown.name)}}")
        }
        let content = Self.content(overviews)
        let path = "index.html"
        // Published as a board's pages are: no number the boards' data hold is shown unmasked; the stylesheet and
        // the emblem named for their digests, as a build names them (`StaticFiles`).
        let mask = PublicationMask(publishing: [])
        let stylesheet = StaticFiles.named(TemplateSet.stylesheetName, Data(mask.bytes(Array(css)) ?? Array(css)))
        let emblemFile = StaticFiles.named(TemplateSet.emblem, emblem)
        // The frame every page has (`site`, `page`, `crumbs`: `PageFrame`), here for a site without records; the
        // page's title, description and crumb are the template's words.
        let site = Value.record(Record(names: SiteView.fields.names, values: SiteView.fields.names.map { name in
            ["community", "street", "place"].contains(name) ? .text(content.street) : .absent
        }))
        let info: [String: Value] = [
            "root": .text(""), "url": .text(path), "image": .text(emblemFile.path), "stylesheet": .text(stylesheet.path),
            "emblem": .text(emblemFile.path), "generator": .text("noticeboard \(NoticeboardVersion.current)"),
        ]
        let page = Value.record(Record(names: PageInfo.fields.names, values: PageInfo.fields.names.map { info[$0] ?? .absent }))
        let value = Value.record(Record(names: ["site", "page", "crumbs"] + PortalContent.fields.names,
                                        values: [site, page, .list([])] + PortalContent.fields.list.map { $0.value(content) }))
        let html = library.render(Self.template, value.masked(by: mask) ?? value)
        let files = [RenderedFile(path: path, bytes: mask.bytes(html) ?? html), stylesheet, emblemFile]
        var writer = OutputWriter(target: output)
        try writer.begin()
        do {
            var index = PageIndex(inputs: "portal")
            for file in files {
                let placed = try writer.place(file)
                index.record(file.path, .init(key: PageKey(digest: SHA256.hash(file.bytes)), file: placed.file))
            }
            await writer.sweep(keeping: files.map { $0.path }, and: [])
            try writer.commit(index: index)
        } catch {
            writer.abandon()
            throw error
        }
        return files.count
    }
}
