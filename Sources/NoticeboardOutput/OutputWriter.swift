import Foundation
import NoticeboardRendering
import NoticeboardSupport
import NoticeboardValues

/// Writes the site the safe way: `begin` a staging folder beside the target, `place` files into it
/// as they are rendered, `sweep` what this build did not produce, then `commit` swaps it in — or `abandon` it.
/// A failure leaves the previous output exactly as it was; a file whose bytes did not change
/// is carried over from the previous output (hard-linked), not rewritten.
///
/// The output the last commit replaced is kept beside the target (`.public.previous`) and becomes the next
/// build's staging folder: its files that are still the target's (the same inode) need no work at all, so a
/// build that changes a few pages touches a few files. Making and deleting a whole tree of folders every
/// build is what costs: a city's site has tens of thousands of them.
public struct OutputWriter: Sendable {
    public struct Summary: Sendable {
        public let written: Int
        public let unchanged: Int
        /// Pages rendered from their templates; the others were carried over by their unchanged keys.
        public var rendered = 0

        package init(written: Int, unchanged: Int, rendered: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.rendered = rendered
        }
    }

    public let target: URL
    /// True when `begin` made the staging folder new, rather than recycling an earlier output: nothing in it
    /// needs replacing or sweeping.
    private(set) var stagingStartsEmpty = false

    /// The target and the staging folder, held open from `begin` to `commit` or `abandon`; pages are named inside them.
    /// The target is nil when there is no earlier output.
    private var folders: (target: OpenFolder?, staging: OpenFolder)?
    /// In a staging folder that started empty, the folders made so far.
    private let madeFolders = MadeFolders()
    /// True once `refuseForeignFolders` found the target and the folders beside it the tool's own.
    private var provenOurs = false

    public init(target: URL) {
        self.target = target.standardizedFileURL
    }

    package var staging: URL { target.hiddenSibling("staging") }
    package var retired: URL { target.hiddenSibling("previous") }

    /// Prepares the staging folder beside the target (the previous output when there is one).
    /// Refuses a target, or a folder beside it in the way, that this tool did not write; puts back the
    /// previous output when an earlier build was stopped between the two renames of a fallback swap.
    /// A staging folder an earlier build left (it failed, or was killed) is recycled; one this build cannot
    /// prepare (a full disk) is removed again.
    public mutating func begin() throws {
        let fm = FileManager.default
        try refuseForeignFolders()
        if SiteAuthorship.verdict(on: target) == .absent, SiteAuthorship.verdict(on: retired) == .ours {
            try? fm.moveItem(at: retired, to: target)
        }
        if SiteAuthorship.verdict(on: staging) == .absent {
            if SiteAuthorship.verdict(on: retired) != .absent { try? fm.moveItem(at: retired, to: staging) }
        } else {
            SiteAuthorship.remove(retired)
        }
        stagingStartsEmpty = SiteAuthorship.verdict(on: staging) == .absent
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try SiteAuthorship.mark(staging)
        } catch {
            // What is there is the tool's (refused above otherwise): a recycled output, or nothing yet.
            SiteAuthorship.remove(staging)
            throw error as? InputOutputError ?? InputOutputError(path: staging.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
        guard let opened = OpenFolder.open(staging.path) else { throw InputOutputError(path: staging.path, reason: "写入失败 / cannot write: \(String(cString: strerror(errno)))") }
        folders = (OpenFolder.open(target.path), opened)
    }

    /// Puts a file into the staging folder, carrying the previous output's file over (hard-linked) when
    /// its bytes are the same. Returns the identity of the file now in place and whether it was carried over.
    package func place(_ file: RenderedFile) throws(InputOutputError) -> (file: FileIdentity, unchanged: Bool) {
        guard let (target, staging) = folders else { throw InputOutputError(path: self.staging.path, reason: "内部错误：暂存文件夹未打开 / internal error: the staging folder is not open") }
        if stagingStartsEmpty { madeFolders.make(parentOf: file.path, in: staging) }
        if let target, let identity = PlainFile.identity(of: file.path, in: target), identity.size == file.bytes.count,
           PlainFile.holds(file.bytes, at: file.path, in: target),
           PlainFile.mirror(file.path, from: target, to: staging, ifStill: identity, replacing: !stagingStartsEmpty) {
            return (identity, true)
        }
        return (try PlainFile.write(file.bytes, to: file.path, in: staging, replacing: !stagingStartsEmpty), false)
    }

    /// Carries the previous output's file at `path` over without reading it, when it is still exactly
    /// as that build wrote it (`identity`); false when it is not, and the page must be rendered.
    package func carryOver(_ path: String, writtenAs identity: FileIdentity) -> Bool {
        guard let (target, staging) = folders, let target else { return false }
        if stagingStartsEmpty { madeFolders.make(parentOf: path, in: staging) }
        return PlainFile.mirror(path, from: target, to: staging, ifStill: identity, replacing: !stagingStartsEmpty)
    }

    /// Removes from the staging folder every file this build did not produce (`pages` and `files`, relative),
    /// and the folders left empty: what the recycled previous output held and the new one does not.
    package func sweep(keeping pages: some Sequence<String>, and files: [String]) async {
        // A staging folder that started empty holds nothing else, and a city's set of paths takes a while to make.
        guard !stagingStartsEmpty else { return }
        let root = staging.path, paths = Set(pages).union(files + [SiteAuthorship.markerName])
        _ = await PlainFile.entries(of: root).concurrentMap { PlainFile.prune($0.name, in: root, isFolder: $0.isFolder, keeping: paths) }
    }

    /// Swaps the staging folder in for the target, `index` listing every file in it; the replaced output is
    /// kept for the next build to reuse. The index is written whole before the swap and renamed in place after
    /// it, so that at every moment each file of the output is listed by the old index or the new one.
    package mutating func commit(index: PageIndex) throws {
        close()
        // The manifest describes the output being replaced: it is written again once the new one is in place.
        try? FileManager.default.removeItem(at: BuildManifest.location(for: target))
        let pending = PageIndex.pendingLocation(for: target)
        do {
            try index.write(to: pending)
            try swapIn()
        } catch {
            unlink(pending.path)
            abandon()
            throw error as? InputOutputError ?? InputOutputError(path: target.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
        rename(pending.path, PageIndex.location(for: target).path)
    }

    /// Removes what a failed build wrote; the target is as it was.
    public mutating func abandon() {
        close()
        SiteAuthorship.remove(staging)
    }

    /// Lets go of the folders `begin` opened.
    private mutating func close() {
        folders?.target?.close()
        folders?.staging.close()
        folders = nil
    }

    /// One atomic exchange where the system can; otherwise two renames, and `begin` of the next build
    /// puts the previous output back if a build is stopped between them.
    private func swapIn() throws {
        let fm = FileManager.default
        guard SiteAuthorship.verdict(on: target) != .absent else {
            try fm.moveItem(at: staging, to: target)
            return
        }
        if FolderSwap.exchange(staging.path, target.path) {
            // The staging name now holds the replaced output; set aside, it is the next build's staging folder.
            try? fm.moveItem(at: staging, to: retired)
            return
        }
        try fm.moveItem(at: target, to: retired)
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            try? fm.moveItem(at: retired, to: target)
            throw error
        }
    }

    /// Whether a page index (or the new one of a build stopped before renaming it) lies beside the target:
    /// without one, a target with anything in it cannot be proved the tool's.
    package var isIndexed: Bool {
        [PageIndex.location(for: target), PageIndex.pendingLocation(for: target)].contains { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The output folder and the folders beside it are replaced or deleted as a whole, so each must be
    /// absent, empty, or proved to be this tool's; and the output may not lie inside another site's output,
    /// whose next build would delete it.
    package mutating func refuseForeignFolders() throws(InputOutputError) {
        if provenOurs { return }
        if let outer = SiteAuthorship.enclosingOutput(of: target) {
            throw InputOutputError(path: target.path, reason:
                "在另一个 noticeboard 的输出文件夹 \(outer.path) 里面，那个站点下次构建会把它删掉；请指定不在其中的文件夹 / lies inside another noticeboard output, \(outer.path), whose next build would delete it; name a folder outside it")
        }
        let listed = PageIndex.listedFiles(at: [PageIndex.location(for: target), PageIndex.pendingLocation(for: target)])
        let verdicts = [(target, SiteAuthorship.verdict(onOutput: target, listed: listed)),
                        (staging, SiteAuthorship.verdict(on: staging, listed: listed)), (retired, SiteAuthorship.verdict(on: retired, listed: listed))]
        for (folder, verdict) in verdicts {
            if case .foreign(let reason) = verdict { throw InputOutputError(path: folder.path, reason: reason) }
        }
        provenOurs = true
    }
}

extension URL {
    /// `.public.<suffix>` beside `public/`: where the build keeps what it needs next time, unpublished.
    package func hiddenSibling(_ suffix: String) -> URL {
        deletingLastPathComponent().appendingPathComponent(".\(lastPathComponent).\(suffix)")
    }
}
