import Foundation
import NoticeboardChecks
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

/// The named steps of a build — load → check → render → write — in one place.
public struct Pipeline: Sendable {
    /// The outcome of loading and checking.
    public struct CheckResult: Sendable {
        package let community: Community?
        public let diagnostics: [Diagnostic]
        /// False when input errors kept the governance rules from running; they run once the input is fixed.
        public let governanceChecked: Bool
        public var hasErrors: Bool { community == nil || diagnostics.hasErrors }

        /// How many compounds the records hold.
        public var compoundCount: Int { community?.compounds.count ?? 0 }

        /// Warnings by the compound whose records they are in (`content/compounds/<slug>/…`), in the check's order.
        package var warningsByCompound: [String: [Diagnostic]] {
            var warnings: [String: [Diagnostic]] = [:]
            for diagnostic in diagnostics where diagnostic.severity == .warning {
                let parts = diagnostic.location.file.split(separator: "/")
                if let at = parts.firstIndex(of: "compounds"), at + 1 < parts.count { warnings[String(parts[at + 1]), default: []].append(diagnostic) }
            }
            return warnings
        }

        /// The site's `base_url`, when the records could be read.
        public var baseURL: String? { community?.site.baseURL.value }

        /// How many diagnostics of `severity` the check found.
        public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

        /// Draft statements and service lists, which are checked but not published (site-relative paths).
        public var drafts: [String] {
            guard let community else { return [] }
            return community.compounds.flatMap { $0.draftStatements.map(\.location.file) + $0.draftServiceLists.map(\.location.file) }.sorted()
        }
    }

    /// What a build did.
    public enum BuildResult: Sendable {
        /// No input changed since the last build into this output: nothing was loaded, checked or written.
        /// The warnings are the last build's.
        case unchanged(previousWarnings: Int)
        /// Errors stopped the build before anything was written.
        case failed(CheckResult)
        /// The output was replaced by a site of `files` files.
        case built(CheckResult, OutputWriter.Summary, files: Int)
    }

    /// What a build tells while it runs.
    public enum Progress: Sendable {
        /// A step starts.
        case step(String)
        /// Pages rendered so far, of all.
        case rendering(done: Int, total: Int)
        /// Something the build did differently from usual, and why (a record cache it could not use).
        case note(Message)
    }

    public let root: URL
    public let progress: @Sendable (Progress) -> Void
    /// Called once the records are read and checked, when the many small blocks reading made are free: the
    /// program hands them back to the system through its allocator (jemalloc is the executable's, not the library's).
    public let recordsChecked: @Sendable () -> Void
    /// Given what a build that wrote the site leaves when it ends (the records, the pages' values, the page indexes):
    /// the command line, whose process ends right after, keeps them rather than have a city's freed one by one, on
    /// one core, before it can exit. By default they are let go, as a long-running caller (the preview) needs.
    public let leftBehind: @Sendable (any Sendable) -> Void

    public init(
        root: URL, progress: @escaping @Sendable (Progress) -> Void = { _ in }, recordsChecked: @escaping @Sendable () -> Void = {},
        leftBehind: @escaping @Sendable (any Sendable) -> Void = { _ in }
    ) {
        self.root = root.standardizedFileURL
        self.progress = progress
        self.recordsChecked = recordsChecked
        self.leftBehind = leftBehind
    }

    /// A digest of every input file's name, size and time: it changes when any source does.
    /// What an unchanged build compares, and what the preview watches.
    public func sourcesSignature(baseURL: String? = nil) -> String {
        BuildManifest.signature(of: SourceListing(root: root), baseURL: baseURL)
    }

    /// load → check. With `templates`, the templates are then read as `build` reads them, so that `check`
    /// passes only what `build` would: a broken one throws (exit 2) with `build`'s message. A root without
    /// `content/` is told so first, and a source folder that cannot be listed is the records' error (IN-001).
    public func check(templates: Bool = false) async throws -> CheckResult {
        let listing = SourceListing(root: root)
        let result = try await check(listing: listing)
        if templates, listing.unlistedFolders.isEmpty { _ = try TemplateSet(directory: root.appendingPathComponent("templates")) }
        return result
    }

    /// load → check of the records `listing` found; a build reads through the record cache it keeps at `cache`.
    private func check(listing: SourceListing, cache: RecordCache.Place? = nil) async throws -> CheckResult {
        progress(.step("读取 content/ / loading content/"))
        let progress = self.progress
        let loader = ContentLoader(root: root, listing: listing, cache: cache) { progress(.note($0)) }
        let (community, loadDiagnostics) = try await loader.load()
        guard let community else {
            return CheckResult(community: nil, diagnostics: PersonalNumberInName.masking(loadDiagnostics), governanceChecked: false)
        }
        progress(.step("检查规则 / checking rules"))
        let governance = !loadDiagnostics.hasErrors
        let ruleDiagnostics = await Checker.check(community, governance: governance)
        recordsChecked()
        // A file named with a personal number is an error; no finding about it prints the number in full.
        return CheckResult(community: community, diagnostics: PersonalNumberInName.masking(loadDiagnostics + ruleDiagnostics), governanceChecked: governance)
    }

    /// load → check → render → write. On errors nothing is written; when no input changed
    /// since the last build into `output`, nothing is done at all.
    public func build(into output: URL, baseURL: String? = nil) async throws -> BuildResult {
        // One folder, one spelling: the lock beside it must be the same file however the path is written.
        let output = output.standardizedFileURL.deletingLastPathComponent().resolvingSymlinksInPath()
            .appendingPathComponent(output.standardizedFileURL.lastPathComponent, isDirectory: true)
        try refuseOutputAmongSources(output)
        var writer = OutputWriter(target: output)
        // Before the lock, whose file would otherwise be left beside a folder that is not ours. An output with a
        // page index beside it is proved by a walk through all its files, needed only when it is to be replaced.
        if !writer.isIndexed { try writer.refuseForeignFolders() }
        // Held to the end of the build: a second build into the same folder is refused, not interleaved.
        let lock = try OutputLock(for: output)
        defer { withExtendedLifetime(lock) {} }
        let listing = SourceListing(root: root)
        // A folder that cannot be listed is an input error (IN-001), never a folder that lost its files:
        // told before the listing is compared with the last build's, or templates are read from it.
        guard listing.unlistedFolders.isEmpty else { return .failed(try await check(listing: listing)) }
        let signature = BuildManifest.signature(of: listing, baseURL: baseURL)
        if let last = BuildManifest.read(for: output), last.signature == signature,
           FileManager.default.fileExists(atPath: output.appendingPathComponent(SitePaths.community).path) {
            return .unchanged(previousWarnings: last.warnings)
        }
        // The output is proved the tool's (a walk through all its files) while the records are read, and the
        // last build's page index is read then too: a city's each take about half a second. A refusal is told
        // before a template's error or the records', as it would be if the walk came first.
        let proving = Task { [writer] () throws(InputOutputError) -> OutputWriter in
            var proved = writer
            try proved.refuseForeignFolders()
            return proved
        }
        let lastIndex = Task { PageIndex.read(for: output) }
        let templates: TemplateSet, checked: CheckResult
        do {
            // Templates are read first: a broken template is a usage error, found before any work.
            templates = try TemplateSet(directory: root.appendingPathComponent("templates"))
            checked = try await check(listing: listing, cache: RecordCache.Place(file: output.hiddenSibling("records"), tool: BuildManifest.toolIdentity))
        } catch {
            writer = try await proving.value
            throw error
        }
        writer = try await proving.value
        guard !checked.hasErrors, let community = checked.community else { return .failed(checked) }
        progress(.step("生成并写入页面 / rendering and writing pages"))
        let base = baseURL ?? community.site.baseURL.value
        let renderer = await SiteRenderer(community: community, templates: templates, baseURL: base, warnings: checked.warningsByCompound)
        let inputs = SiteWriter.inputs(of: renderer)
        let previous = await lastIndex.value.flatMap { $0.inputs == inputs ? $0 : nil }
        try writer.begin()
        let written: SiteWriter.Outcome
        do {
            written = try await SiteWriter(renderer: renderer, writer: writer, previous: previous).write { done, total in
                progress(.rendering(done: done, total: total))
            }
            progress(.step("写入 / writing \(output.path)"))
            try writer.commit(index: written.index)
        } catch {
            writer.abandon()
            throw error
        }
        BuildManifest(signature: signature, warnings: checked.count(.warning)).write(for: output)
        leftBehind((written, previous, renderer, listing))
        return .built(checked, .init(written: written.files - written.unchanged, unchanged: written.unchanged, rendered: written.rendered), files: written.files)
    }

    /// The output is replaced as a whole: it may not be the site root, a folder above it, or lie among the records.
    private func refuseOutputAmongSources(_ output: URL) throws(InputOutputError) {
        let out = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let resolved = root.resolvingSymlinksInPath().path
        let site = resolved.hasSuffix("/") ? resolved : resolved + "/"
        let sources = ["content", "templates", "seeds"].map { site + $0 + "/" }
        guard out != "/", !site.hasPrefix(out), !sources.contains(where: { out.hasPrefix($0) }) else {
            throw InputOutputError(path: output.path, reason:
                "输出文件夹不能是站点根目录、它的上级，或在 content/、templates/、seeds/ 里 / the output cannot be the site root, a folder above it, or inside content/, templates/ or seeds/")
        }
    }
}
