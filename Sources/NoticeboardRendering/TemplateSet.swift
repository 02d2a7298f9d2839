import Foundation
import MustacheEngine
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// Every template of `templates/`, parsed once, with the stylesheet.
package struct TemplateSet: Sendable {
    package let library: TemplateLibrary
    package let stylesheet: Data
    /// A digest of every template's text: pages rendered from other templates are rendered again.
    package let digest: String
    /// Files of `templates/assets/` (the emblem, the share image), published under `assets/`.
    package let assets: [(name: String, bytes: Data)]

    package static let stylesheetName = "style.css"
    package static let assetsFolder = "assets"
    /// The square image a shared link shows, and the masthead's emblem; a site replaces the file to use its own.
    package static let emblem = "assets/emblem.png"

    /// Fails (exit 2) on a template that does not parse, a page template that is missing, a partial
    /// that names no template, or a name its page does not have: a page must never render silently empty,
    /// nor a figure silently drop from a notice.
    package init(directory: URL) throws {
        for folder in [directory, directory.appendingPathComponent(Self.assetsFolder)]
        where (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path)) != nil {
            throw InputOutputError(path: folder.path, reason: "是符号链接，noticeboard 不跟随链接 / is a symbolic link, which noticeboard does not follow")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard !files.isEmpty else {
            throw InputOutputError(path: directory.path, reason: "没有模板文件夹 templates/（用 --root 指定站点根目录） / no templates/ folder here (use --root)")
        }
        var texts: [String: String] = [:]
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = directory.appendingPathComponent(file).path
            texts[String(file.dropLast(".mustache".count))] = String(decoding: try Self.read(path), as: UTF8.self)
        }
        do {
            library = try TemplateLibrary(texts)
        } catch {
            throw InputOutputError(path: directory.appendingPathComponent("\(error.template).mustache").path + ":\(error.error.position)",
                                   reason: "模板语法错误 / template syntax error: \(error.error.message)")
        }
        for page in PageKinds.templates where texts[page.name] == nil {
            throw InputOutputError(path: directory.appendingPathComponent(page.name + ".mustache").path,
                                   reason: "缺少页面模板 / page template missing")
        }
        for name in library.names {
            for include in library.includes(of: name) where texts[include.name] == nil {
                throw InputOutputError(path: directory.appendingPathComponent(name + ".mustache").path + ":\(include.position)",
                                       reason: "引用了不存在的模板 \(include.name) / names a missing template \(include.name)")
            }
        }
        for page in PageKinds.templates {
            if let unknown = library.unknownNames(in: page.name, for: page.shape).first {
                // For `page.titel`, the last part is compared with the names `page` has.
                let parts = unknown.name.split(separator: ".").map(String.init)
                let suggestion = Suggestion.closest(to: parts.last ?? unknown.name, among: unknown.candidates)
                    .map { (parts.dropLast() + [$0]).joined(separator: ".") }
                throw InputOutputError(path: directory.appendingPathComponent(unknown.template + ".mustache").path + ":\(unknown.position)", reason:
                    "页面 \(page.name) 没有名为 {{\(unknown.name)}} 的值，它会印成空白\(suggestion.map { "，是否应为 {{\($0)}}？" } ?? "") / "
                    + "the \(page.name) page has no value named {{\(unknown.name)}}; it would print as nothing\(suggestion.map { "; did you mean {{\($0)}}?" } ?? "")")
            }
        }
        try Self.refusePlainNames(in: texts, directory: directory)
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
        self.stylesheet = css
        self.digest = texts.sorted { $0.key < $1.key }.map { "\($0.key)\n\($0.value)" }.joined(separator: "\u{0}").sha256Hex
    }

    /// The stylesheet and the emblem are published under names that carry their digests (`StaticFiles`): a
    /// template written before, linking `style.css` or `assets/emblem.png`, would leave every page unstyled.
    private static func refusePlainNames(in texts: [String: String], directory: URL) throws(InputOutputError) {
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for (plain, value) in [(stylesheetName, "{{page.stylesheet}}"), (emblem, "{{page.emblem}}")] where text.contains(plain) {
                throw InputOutputError(path: directory.appendingPathComponent(name + ".mustache").path, reason:
                    "链接了 \(plain)，但它发布时的文件名带有内容摘要；请改写为 \(value) / links \(plain), which is published under a name carrying its digest: write \(value) instead")
            }
        }
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

    /// The page's UTF-8 bytes (every page template was checked to exist in init).
    package func rendered(_ page: PageTemplate, _ value: Value) -> Rendered {
        library.rendered(page.name, value)
    }
}
