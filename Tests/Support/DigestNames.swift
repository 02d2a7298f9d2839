import Foundation

/// The stylesheet and assets are published under names that carry their digests (`style.css` as
/// `style.3f9a1c07.css`): the name a build gave one of them.
package enum DigestNames {
    /// The path under `out` of the file published for `plain` (`style.css`, `assets/emblem.png`); `plain` when there is none.
    package static func path(of plain: String, in out: URL) -> String {
        let folder = (plain as NSString).deletingLastPathComponent, name = plain as NSString
        let stem = (name.lastPathComponent as NSString).deletingPathExtension, ext = name.pathExtension
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(folder).path)) ?? []
        let published = names.first { $0.wholeMatch(of: try! Regex("\(stem)\\.[0-9a-f]{8}\\.\(ext)")) != nil }
        return published.map { folder.isEmpty ? $0 : "\(folder)/\($0)" } ?? plain
    }

    /// The path `html` links for `plain` (the preview builds outside `public/`, so its pages say); `plain` when it links none.
    package static func path(of plain: String, linkedFrom html: String) -> String {
        let folder = (plain as NSString).deletingLastPathComponent, name = plain as NSString
        let stem = (name.lastPathComponent as NSString).deletingPathExtension, ext = name.pathExtension
        let linked = html.firstMatch(of: try! Regex("\(stem)\\.[0-9a-f]{8}\\.\(ext)")).map { String(html[$0.range]) }
        return linked.map { folder.isEmpty ? $0 : "\(folder)/\($0)" } ?? plain
    }
}
