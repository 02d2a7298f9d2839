import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardModel
import NoticeboardRendering
import NoticeboardSupport
import NoticeboardValues

/// Proof that a folder is one this tool wrote, so that replacing or deleting it can lose nothing.
///
/// The output is the tool's only when every file in it is one its page index lists (`ListedFiles`), kept
/// beside it and written by nothing else. The marker file the build writes into every output
/// (`.noticeboard-site`) is not enough: it is copied with the site (`cp -r public/. /srv/www/`), and the
/// folder it lands in may hold a person's own `blog.html` and `uploads/`. Page names prove nothing either:
/// a person's own folder may well hold an `index.html` and a `sitemap.xml`.
///
/// The folders the build keeps beside the output under its own names (`.public.staging`,
/// `.public.previous`) are told by the marker, even one a failed write cut short.
package enum SiteAuthorship {
    package static let markerName = ".noticeboard-site"
    package static let markerText = "noticeboard site: written, and replaced as a whole, by `noticeboard build`.\n"
    /// How many of the files the tool did not write a refusal names.
    package static let namedInRefusal = 5

    package enum Verdict: Equatable {
        /// Nothing is there.
        case absent
        /// An empty folder: nothing to lose.
        case empty
        /// A folder this tool wrote.
        case ours
        /// Something else: a file, a link, or a folder this tool did not write.
        case foreign(String)
    }

    /// What is at the output `folder`, whose files the page index lists as `listed` (nil when there is no index).
    package static func verdict(onOutput folder: URL, listed: ListedFiles?) -> Verdict {
        if let verdict = kind(of: folder) { return verdict }
        // Without an index nothing is listed, but the walk still finds another site's output inside, to name it.
        var walk = Walk(listed: listed ?? ListedFiles())
        _ = walk.visit("", in: folder.path)
        if let nested = walk.nestedOutput {
            return .foreign("里面有另一个 noticeboard 的输出文件夹 \(nested)，拒绝覆盖或删除；请为每个站点指定不相套的文件夹 / holds another noticeboard output, \(nested); refusing to replace or delete it: give each site a folder of its own, neither inside the other")
        }
        guard walk.count > 0 else { return .ours }
        return .foreign(refusal(walk.unlisted.prefix(namedInRefusal), count: walk.count))
    }

    /// What is at one of the folders the build keeps beside the output: ours when it holds the marker, or
    /// what is left of it (a write a full disk cut short, a temporary file of a killed build), or when every
    /// file in it is one `listed` names (an output older than the marker).
    package static func verdict(on folder: URL, listed: ListedFiles? = nil) -> Verdict {
        if let verdict = kind(of: folder) { return verdict }
        if hasMarker(folder) { return .ours }
        if let listed, verdict(onOutput: folder, listed: listed) == .ours { return .ours }
        return .foreign(refusal([], count: 0))
    }

    /// The noticeboard output, or a folder the build keeps beside one, that `folder` lies inside: a build into it
    /// would be deleted by that site's next build.
    package static func enclosingOutput(of folder: URL) -> URL? {
        var above = folder.standardizedFileURL.deletingLastPathComponent()
        while above.path != "/" && !above.path.isEmpty {
            if isRegularFile(above.appendingPathComponent(markerName).path) || isRegularFile(PageIndex.location(for: above).path) {
                return above
            }
            above = above.deletingLastPathComponent()
        }
        return nil
    }

    /// Writes the marker into a folder being made, whole or not at all.
    package static func mark(_ folder: URL) throws(InputOutputError) {
        try DurableFile.write(Array(markerText.utf8), to: folder.appendingPathComponent(markerName), replacing: true)
    }

    /// Deletes a folder of the tool's own, its marker last: a deletion stopped half-way leaves a folder the next
    /// build still knows for its own.
    package static func remove(_ folder: URL) {
        for entry in PlainFile.entries(of: folder.path) where entry.name != markerName {
            try? FileManager.default.removeItem(atPath: folder.path + "/" + entry.name)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The verdict for anything but a folder with something in it.
    private static func kind(of folder: URL) -> Verdict? {
        var info = stat()
        guard lstat(folder.path, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return PlainFile.entries(of: folder.path).isEmpty ? .empty : nil
        case S_IFLNK: return .foreign("是一个符号链接，请直接指定真实文件夹 / is a symbolic link; name the real folder")
        default: return .foreign("是一个文件，不是文件夹 / is a file, not a folder")
        }
    }

    private static func refusal(_ named: some Collection<String>, count: Int) -> String {
        let what = named.isEmpty ? ("", "") : (
            "：其中 \(named.joined(separator: "、"))\(count > named.count ? " 等 \(count) 项" : "")不在它的页面清单里，不能证明是它写的",
            ": it holds \(named.joined(separator: ", "))\(count > named.count ? " and \(count - named.count) more" : ""), which its page index does not list")
        return "不是 noticeboard 生成的文件夹\(what.0)，拒绝覆盖或删除。请指定空文件夹，或构建到 public/ 后再把它复制（发布）到网站目录"
            + " / not a folder noticeboard wrote\(what.1); refusing to replace or delete it. Name an empty folder, or build into public/ and publish it by copying it to the web root"
    }

    /// The marker, or what a failed write left of it: its text cut short (0 bytes on a full disk), or a temporary file.
    private static func hasMarker(_ folder: URL) -> Bool {
        let path = folder.appendingPathComponent(markerName).path
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= markerText.utf8.count,
           let bytes = FileManager.default.contents(atPath: path) {
            return Array(markerText.utf8).starts(with: bytes)
        }
        let temporary = DurableFile.temporaryPrefix(of: markerName)
        return PlainFile.entries(of: folder.path).contains { !$0.isFolder && $0.name.hasPrefix(temporary) }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// A walk through an output, gathering what its index does not list.
    private struct Walk {
        let listed: ListedFiles
        /// The first paths not listed, in the order of the walk (sorted names, depth first): a folder with nothing
        /// listed in it is named as a whole (`uploads/`).
        var unlisted: [String] = []
        var count = 0
        var nestedOutput: String?

        /// Whether anything in `relative` (inside `root`) is listed.
        mutating func visit(_ relative: String, in root: String) -> Bool {
            let entries = PlainFile.entries(of: relative.isEmpty ? root : root + "/" + relative).sorted { $0.name < $1.name }
            var anyListed = false
            for entry in entries {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.isFolder {
                    let mark = unlisted.count, counted = count
                    if visit(path, in: root) {
                        anyListed = true
                    } else {
                        // Nothing in it is the tool's: named as one, not file by file.
                        unlisted.removeSubrange(mark...)
                        count = counted
                        note(path + "/")
                    }
                } else if relative.isEmpty && entry.name == SiteAuthorship.markerName || listed.contains(path) {
                    anyListed = true
                } else {
                    if entry.name == SiteAuthorship.markerName, nestedOutput == nil { nestedOutput = relative + "/" }
                    note(path)
                }
            }
            return anyListed
        }

        private mutating func note(_ path: String) {
            count += 1
            if unlisted.count < SiteAuthorship.namedInRefusal { unlisted.append(path) }
        }
    }
}
