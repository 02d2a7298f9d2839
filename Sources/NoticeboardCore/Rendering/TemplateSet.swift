import Foundation
import Mustache

/// The page templates a site must provide in `templates/`, by file name without `.mustache`.
enum PageTemplate: String, CaseIterable, Sendable {
    case community, compound, statement, statementSheet = "statement-sheet", serviceList = "service-list"
    case serviceSheet = "service-sheet", approval, evaluation, households, householdSheets = "household-sheets"
    case notice, monthBundle = "month-bundle", sitemap, notFound = "404"
    /// One statement's or service list's sheet, rendered once and used by its print page and the month's bundle.
    case statementSheetBody = "statement-sheet-body", serviceSheetBody = "service-sheet-body"
}

/// Every template of `templates/`, parsed once, with the stylesheet.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let stylesheet: Data
    /// A digest of every template's text: pages rendered from other templates are rendered again.
    let digest: String
    /// Files of `templates/assets/` (the emblem, the share image), published under `assets/`.
    let assets: [(name: String, bytes: Data)]

    static let stylesheetName = "style.css"
    static let assetsFolder = "assets"
    /// The square image a shared link shows, and the masthead's emblem; a site replaces the file to use its own.
    static let emblem = "assets/emblem.png"

    /// Fails (exit 2) on a template that does not parse, a page template that is missing,
    /// or a partial that names no template: a page must never render silently empty.
    init(directory: URL) throws {
        for folder in [directory, directory.appendingPathComponent(Self.assetsFolder)]
        where (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path)) != nil {
            throw InputOutputError(path: folder.path, reason: "是符号链接，noticeboard 不跟随链接 / is a symbolic link, which noticeboard does not follow")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard !files.isEmpty else {
            throw InputOutputError(path: directory.path, reason: "没有模板文件夹 templates/ / no templates/ folder")
        }
        HTML.registerContentType()
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = directory.appendingPathComponent(file).path
            let data = try Self.read(path)
            let text = String(decoding: data, as: UTF8.self)
            do {
                try library.register(text, named: name)
            } catch {
                throw InputOutputError(path: path, reason: "模板语法错误 / template syntax error: \(error)")
            }
            texts[name] = text
        }
        for page in PageTemplate.allCases where texts[page.rawValue] == nil {
            throw InputOutputError(path: directory.appendingPathComponent(page.rawValue + ".mustache").path,
                                   reason: "缺少页面模板 / page template missing")
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for partial in Self.partialNames(in: text) where texts[partial] == nil {
                throw InputOutputError(path: directory.appendingPathComponent(name + ".mustache").path,
                                       reason: "引用了不存在的模板 \(partial) / names a missing template \(partial)")
            }
        }
        let cssPath = directory.appendingPathComponent(Self.stylesheetName).path
        guard FileManager.default.fileExists(atPath: cssPath) else {
            throw InputOutputError(path: cssPath, reason: "缺少样式表 / stylesheet missing")
        }
        let css = try Self.read(cssPath)
        let assetFolder = directory.appendingPathComponent(Self.assetsFolder)
        let assetNames = ((try? FileManager.default.contentsOfDirectory(atPath: assetFolder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        self.assets = try assetNames.map { name in (name, try Self.read(assetFolder.appendingPathComponent(name).path)) }
        guard assetNames.contains((Self.emblem as NSString).lastPathComponent) else {
            throw InputOutputError(path: directory.appendingPathComponent(Self.emblem).path, reason: "缺少分享图（正方形 PNG，至少 300 像素） / share image missing (a square PNG of 300 px or more)")
        }
        self.library = library
        self.stylesheet = css
        self.digest = texts.sorted { $0.key < $1.key }.map { "\($0.key)\n\($0.value)" }.joined(separator: "\u{0}").sha256Hex
    }

    /// A file of `templates/`, never through a symbolic link (nothing outside the site root is read).
    private static func read(_ path: String) throws(InputOutputError) -> Data {
        switch SourceFile.read(path) {
        case .success(let data): return data
        case .failure(.link): throw InputOutputError(path: path, reason: "是符号链接，noticeboard 不跟随链接 / is a symbolic link, which noticeboard does not follow")
        case .failure(.tooLarge(let bytes)): throw InputOutputError(path: path, reason: "文件太大（\(bytes / 1024) KB） / too large (\(bytes / 1024) KB)")
        case .failure(.unreadable(let reason)): throw InputOutputError(path: path, reason: "无法读取 / cannot be read: \(reason)")
        }
    }

    func render(_ page: PageTemplate, _ context: [String: Any]) -> String {
        // Every page template was checked to exist in init.
        library.render(context, withTemplate: page.rawValue) ?? ""
    }

    /// Names used as `{{> name}}` (partial) or `{{< name}}` (parent) in a template.
    static func partialNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let first = rest.first, first == ">" || first == "<" else { continue }
            guard let close = rest.range(of: "}}") else { break }
            names.append(rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}
