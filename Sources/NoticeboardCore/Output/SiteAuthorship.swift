import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Proof that a folder is one this tool wrote, so that replacing or deleting it can lose nothing.
/// The proof is a marker file the build writes into every output and staging folder
/// (`.noticeboard-site`, with a fixed first line), never the names of the pages: a person's own folder
/// may well hold an `index.html` and a `sitemap.xml`.
///
/// An output written before the marker existed is recognised by the page index kept beside it: when
/// every file in the folder is a page that index names, the stylesheet or an asset, nothing else is in it.
enum SiteAuthorship {
    static let markerName = ".noticeboard-site"
    static let markerText = "noticeboard site: written, and replaced as a whole, by `noticeboard build`.\n"

    enum Verdict: Equatable {
        /// Nothing is there.
        case absent
        /// An empty folder: nothing to lose.
        case empty
        /// A folder this tool wrote.
        case ours
        /// Something else: a file, a link, or a folder this tool did not write.
        case foreign(String)
    }

    /// What is at `folder`; `index` is the page index that describes it, for outputs older than the marker.
    static func verdict(on folder: URL, index: URL? = nil) -> Verdict {
        var info = stat()
        guard lstat(folder.path, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return .foreign("是一个符号链接，请直接指定真实文件夹 / is a symbolic link; name the real folder")
        default: return .foreign("是一个文件，不是文件夹 / is a file, not a folder")
        }
        let entries = PlainFile.entries(of: folder.path)
        if entries.isEmpty { return .empty }
        if hasMarker(folder) || (index.map { onlyIndexedFiles(in: folder, index: $0) } ?? false) { return .ours }
        return .foreign("不是 noticeboard 生成的文件夹，拒绝覆盖或删除（请指定空文件夹，或 noticeboard 生成过的文件夹） / not a folder noticeboard wrote; refusing to replace or delete it (name an empty folder or one noticeboard wrote)")
    }

    /// Writes the marker into a folder being made.
    static func mark(_ folder: URL) throws(InputOutputError) {
        _ = try PlainFile.write(Data(markerText.utf8), to: folder.appendingPathComponent(markerName).path)
    }

    private static func hasMarker(_ folder: URL) -> Bool {
        let path = folder.appendingPathComponent(markerName).path
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size == markerText.utf8.count else { return false }
        return FileManager.default.contents(atPath: path) == Data(markerText.utf8)
    }

    /// Whether every file below `folder` is a page the index names, the stylesheet or an asset.
    private static func onlyIndexedFiles(in folder: URL, index: URL) -> Bool {
        guard let pages = PageIndex.pagePaths(at: index), !pages.isEmpty else { return false }
        func allKnown(_ relative: String) -> Bool {
            for entry in PlainFile.entries(of: folder.path + "/" + relative) {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                var info = stat()
                guard lstat(folder.path + "/" + path, &info) == 0 else { return false }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: if !allKnown(path) { return false }
                case S_IFREG:
                    let known = pages.contains(path) || path == TemplateSet.stylesheetName || path.hasPrefix(TemplateSet.assetsFolder + "/")
                    if !known { return false }
                default: return false
                }
            }
            return true
        }
        return allKnown("")
    }
}
