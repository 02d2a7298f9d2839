import Foundation
import NoticeboardModel

/// The stylesheet and the assets as published: each named for a digest of its published bytes
/// (`style.3f9a1c07.css`, `assets/emblem.5d2e4b10.png`), so that a changed file is a new address that no
/// browser or proxy can have cached, and an unchanged one may be cached for a year.
package struct StaticFiles: Sendable {
    /// The files, under their published names.
    package let files: [RenderedFile]
    /// The published paths of the stylesheet and the emblem, which every page links.
    package let stylesheet: String
    package let emblem: String

    /// `published` gives a file's bytes as they go out (text is masked); the name is made from those bytes.
    package init(templates: TemplateSet, published: (String, Data) -> Data) {
        let stylesheet = Self.named(TemplateSet.stylesheetName, published(TemplateSet.stylesheetName, templates.stylesheet))
        var assets: [RenderedFile] = []
        var emblem = TemplateSet.emblem
        for asset in templates.assets {
            let path = "\(TemplateSet.assetsFolder)/\(asset.name)"
            let file = Self.named(path, published(path, asset.bytes))
            if path == TemplateSet.emblem { emblem = file.path }
            assets.append(file)
        }
        self.files = [stylesheet] + assets
        self.stylesheet = stylesheet.path
        self.emblem = emblem
    }

    /// How many hexadecimal digits of the SHA-256 a name carries.
    package static let digestLength = 8

    /// `bytes` at `path` with the first digits of their SHA-256 before the extension: `style.css` → `style.3f9a1c07.css`.
    package static func named(_ path: String, _ bytes: Data) -> RenderedFile {
        let digest = String(bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits.prefix(digestLength))
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let hashed = dot.map { "\(name[..<$0]).\(digest)\(name[$0...])" } ?? "\(name).\(digest)"
        return RenderedFile(path: folder.isEmpty ? hashed : "\(folder)/\(hashed)", bytes: Array(bytes))
    }
}
