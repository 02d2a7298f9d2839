import Foundation
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardSupport
import NoticeboardValues

/// Places every page of the site in the output: a page whose key is the one the last build recorded,
/// and whose file nobody touched, is carried over without rendering; any other is rendered and written.
/// Pages are written as soon as they are rendered, in parallel; what the build did is counted in one place.
package struct SiteWriter {
    package let renderer: SiteRenderer
    package let writer: OutputWriter
    /// The last build's page keys, when it was made from the same inputs.
    package let previous: PageIndex?

    package init(renderer: SiteRenderer, writer: OutputWriter, previous: PageIndex?) {
        self.renderer = renderer
        self.writer = writer
        self.previous = previous
    }

    /// What writing did: the files of the site, how many were carried over unchanged, how many pages
    /// were rendered, and the keys of every page for the next build.
    package struct Outcome: Sendable {
        package var files = 0, unchanged = 0, rendered = 0
        package var index: PageIndex
    }

    /// One file in the output, and how it got there.
    private struct Placed: Sendable {
        let path: String
        let entry: PageIndex.Entry
        let unchanged: Bool
        let rendered: Bool
    }

    /// A page's files placed, and its sheet when the page was made.
    private struct PlacedPage: Sendable {
        let files: [Placed]
        let sheet: SheetPart?
    }

    /// Everything a page depends on besides its key: the templates, the tool, the base URL, the names of the
    /// stylesheet and assets it links, and the numbers the records publish (which masking leaves alone).
    /// A page index made from other inputs is not used.
    package static func inputs(of renderer: SiteRenderer) -> String {
        ([renderer.templates.digest, BuildManifest.toolIdentity, renderer.baseURL] + renderer.staticFiles.files.map(\.path)
            + renderer.mask.published.sorted()).joined(separator: "\n").sha256Hex
    }

    /// Places every page: the page kinds' on all cores; then month by month, each month's posted records on all
    /// cores and its bundle from their sheets while the next month's are placed; then the data package, made of
    /// the data files placed, and the sitemap, while the last bundle is; the stylesheet and assets last.
    package func write(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) async throws -> Outcome {
        let pages = renderer.pages(), months = renderer.months()
        let total = pages.count + months.count
        var outcome = Outcome(index: PageIndex(inputs: Self.inputs(of: renderer), capacity: previous?.entries.count ?? 0)), done = 0
        func count(_ placed: [Placed]) throws(InputOutputError) {
            for file in placed {
                // Two pages at one address would leave one of them silently lost.
                guard outcome.index[file.path] == nil else {
                    throw InputOutputError(path: file.path, reason: "内部错误：两个页面的地址相同，构建已停止 / internal error: two pages share this address; the build stopped")
                }
                outcome.index.record(file.path, file.entry)
                outcome.files += 1
                if file.unchanged { outcome.unchanged += 1 }
                if file.rendered { outcome.rendered += 1 }
            }
        }
        let results = await pages.concurrentMap(progress: { progress?($0, total) }) { page in
            Result { () throws(InputOutputError) in try place(page).files }
        }
        try count(try results.flatMap { try $0.get() })
        done = pages.count
        // A month's bundle is placed while the next month's pages are: alone, it would leave the other cores idle.
        var bundle: Task<[Placed], any Error>?, sitemap: Task<[Placed], any Error>?, dataPackage: Task<[Placed], any Error>?
        do {
            for month in months {
                let records = try await monthPages(month)
                if let placing = bundle { try count(try await placing.value) }
                bundle = Task { try placeBundle(month, records) }
                try count(records.flatMap { $0.placed.files })
                done += 1
                progress?(done, total)
            }
            // Every data file is placed by now: the package lists each as written, carried over or not.
            let written = try await renderer.dataResources().map { resource throws(InputOutputError) in
                guard let entry = outcome.index[resource.path], let digest = entry.digest else {
                    throw InputOutputError(path: resource.path, reason: "内部错误：数据文件没有生成，构建已停止 / internal error: a data file was not made; the build stopped")
                }
                return (resource: resource, sha256: digest, size: entry.file.size)
            }
            dataPackage = Task { try place(renderer.dataPackage(written: written)).files }
            // The sitemap is made while the last month's bundle is: of that page it needs only the address.
            let addresses = Array(outcome.index.entries.keys) + (months.last.map { [SitePaths.monthBundle($0)] } ?? [])
            sitemap = Task { try place(renderer.sitemap(of: addresses)).files }
            if let placing = bundle { try count(try await placing.value) }
            if let placing = dataPackage { try count(try await placing.value) }
            if let placing = sitemap { try count(try await placing.value) }
        } catch {
            // Nothing may still be writing into the staging folder when the caller removes it.
            _ = try? await bundle?.value
            _ = try? await dataPackage?.value
            _ = try? await sitemap?.value
            throw error
        }
        // Listed in the index too, keyed by their bytes: the index names every file the build wrote.
        let files = renderer.staticFiles.files
        for file in files {
            let placed = try writer.place(file)
            outcome.index.record(file.path, .init(key: PageKey(digest: file.bytes.withUnsafeBytes { SHA256.hash($0) }), file: placed.file))
            outcome.files += 1
            if placed.unchanged { outcome.unchanged += 1 }
        }
        await writer.sweep(keeping: outcome.index.entries.keys, and: files.map(\.path))
        return outcome
    }

    /// A month's posted records, each compound's in the bundle's order, placed on all cores.
    private func monthPages(_ month: Month) async throws -> [(page: SitePage, placed: PlacedPage)] {
        try await renderer.community.compounds.concurrentMap { compound in
            Result { () throws(InputOutputError) in
                var placed: [(page: SitePage, placed: PlacedPage)] = []
                for page in renderer.monthPages(of: compound, in: month) { placed.append((page, try place(page))) }
                return placed
            }
        }.map { try $0.get() }.flatMap { $0 }
    }

    /// The month's bundle of the sheets of `records`. Its key is made of the print pages' keys, which hold their
    /// sheets' keys, so an unchanged month is carried over whole; a bundle that changed renders again the sheets
    /// of pages that were carried over.
    private func placeBundle(_ month: Month, _ records: [(page: SitePage, placed: PlacedPage)]) throws(InputOutputError) -> [Placed] {
        // A posted record's last file is its print page (`SiteRenderer.postedRecordPage`); a page made without
        // files has none to give.
        let bundle = renderer.monthBundle(month, printKeys: records.compactMap { $0.placed.files.last?.entry.key }) {
            records.map { page, placed in (placed.sheet ?? page.make().sheet)?.html ?? "" }
        }
        return try place(bundle).files
    }

    /// Places a page: carried over whole, without being made, when it is one whose reads are tracked and they
    /// give what the last build recorded; otherwise made, and each of its files carried over when its key is
    /// the recorded one, rendered when not.
    private func place(_ page: SitePage) throws(InputOutputError) -> PlacedPage {
        if let tracked = page.tracked, let carried = carryOver(tracked.paths, readsNow: tracked.readsNow) {
            return PlacedPage(files: carried, sheet: nil)
        }
        let made = page.make()
        var files: [Placed] = []
        for output in made.outputs {
            if let entry = previous?[output.path], entry.key == output.key, writer.carryOver(output.path, writtenAs: entry.file) {
                files.append(Placed(path: output.path, entry: .init(key: entry.key, digest: entry.digest, file: entry.file), unchanged: true, rendered: false))
            } else {
                let rendered = output.render()
                let placed = try writer.place(rendered)
                // A data file's SHA-256 as written, for the package to list (`dataPackage`).
                let digest = output.format == .json || output.format == .csv ? rendered.bytes.withUnsafeBytes { SHA256.hash($0) }.hexDigits : nil
                files.append(Placed(path: output.path, entry: .init(key: output.key, digest: digest, file: placed.file), unchanged: placed.unchanged, rendered: true))
            }
        }
        // What the page read, taken once its files are rendered: a read made while rendering is noted too.
        if let reads = made.reads?() {
            files = files.map {
                Placed(path: $0.path, entry: .init(key: $0.entry.key, reads: reads, digest: $0.entry.digest, file: $0.entry.file), unchanged: $0.unchanged,
                       rendered: $0.rendered)
            }
        }
        return PlacedPage(files: files, sheet: made.sheet)
    }

    /// The files at `paths` carried over as the last build left them, when it recorded for each what the page
    /// read, those reads give the same now, and nobody touched the files since; nil otherwise.
    private func carryOver(_ paths: [String], readsNow: (RecordReads) -> PageKey) -> [Placed]? {
        var carried: [Placed] = []
        for path in paths {
            guard let entry = previous?[path], let (reads, key) = entry.reads, readsNow(reads) == key,
                  writer.carryOver(path, writtenAs: entry.file) else { return nil }
            carried.append(Placed(path: path, entry: entry, unchanged: true, rendered: false))
        }
        return carried
    }
}
