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

    /// One page in the output, and how it got there.
    private struct Placed: Sendable {
        let path: String
        let entry: PageIndex.Entry
        let unchanged: Bool
        let rendered: Bool
    }

    /// A statement's or service list's pages placed, and its sheet when it had to be rendered.
    private struct PlacedRecord: Sendable {
        let mobile: Placed, print: Placed
        let sheet: String?
    }

    /// Everything a page depends on besides its key: the templates, the tool, the base URL and the numbers
    /// committee members published (which masking leaves alone). A page index made from other inputs is not used.
    package static func inputs(of renderer: SiteRenderer) -> String {
        ([renderer.templates.digest, BuildManifest.toolIdentity, renderer.baseURL] + renderer.mask.published.sorted()).joined(separator: "\n").sha256Hex
    }

    package func write(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) async throws -> Outcome {
        let specs = renderer.pageSpecs(), months = renderer.sheetMonths()
        let total = specs.count + months.count
        var outcome = Outcome(index: PageIndex(inputs: Self.inputs(of: renderer))), done = 0
        func count(_ placed: [Placed]) throws(InputOutputError) {
            for page in placed {
                // Two pages at one address would leave one of them silently lost.
                guard outcome.index[page.path] == nil else {
                    throw InputOutputError(path: page.path, reason: "内部错误：两个页面的地址相同，构建已停止 / internal error: two pages share this address; the build stopped")
                }
                outcome.index.record(page.path, page.entry)
                outcome.files += 1
                if page.unchanged { outcome.unchanged += 1 }
                if page.rendered { outcome.rendered += 1 }
            }
        }
        let results = await specs.concurrentMap(progress: { progress?($0, total) }) { spec in
            Result { () throws(InputOutputError) in
                var placed: [Placed] = []
                for page in renderer.pages(spec) { placed.append(try place(page)) }
                return placed
            }
        }
        try count(try results.flatMap { try $0.get() })
        done = specs.count
        // A month's bundle is placed while the next month's pages are: alone, it would leave the other cores idle.
        var bundle: Task<Placed, any Error>?, sitemap: Task<Placed, any Error>?
        do {
            for month in months {
                let records = try await monthPages(month)
                if let placing = bundle { try count([try await placing.value]) }
                bundle = Task { try placeBundle(month, records) }
                try count(records.flatMap { [$0.mobile, $0.print] })
                done += 1
                progress?(done, total)
            }
            // The sitemap is made while the last month's bundle is: of that page it needs only the address.
            let addresses = Array(outcome.index.entries.keys) + (months.last.map { [SitePaths.monthBundle($0)] } ?? [])
            sitemap = Task { try place(renderer.sitemap(of: addresses)) }
            if let placing = bundle { try count([try await placing.value]) }
            if let placing = sitemap { try count([try await placing.value]) }
        } catch {
            // Nothing may still be writing into the staging folder when the caller removes it.
            _ = try? await bundle?.value
            _ = try? await sitemap?.value
            throw error
        }
        // Listed in the index too, keyed by their bytes: the index names every file the build wrote.
        let files = renderer.staticFiles
        for file in files {
            let placed = try writer.place(file)
            outcome.index.record(file.path, .init(key: PageKey(hex: file.bytes.withUnsafeBytes { SHA256.hash($0) }.prefix(16).hexDigits), file: placed.file))
            outcome.files += 1
            if placed.unchanged { outcome.unchanged += 1 }
        }
        await writer.sweep(keeping: outcome.index.entries.keys, and: files.map(\.path))
        return outcome
    }

    /// A month's statements and service lists: their mobile pages, and their sheets, each rendered at most
    /// once for its own print page and the month's bundle (`placeBundle`). The compounds spread over all cores.
    private func monthPages(_ month: Month) async throws -> [PlacedRecord] {
        let pages = renderer.pageContext
        return try await renderer.community.compounds.concurrentMap { compound in
            Result { () throws(InputOutputError) in
                let inputs = renderer.monthlyInputs[compound.slug]?[month]
                var placed: [PlacedRecord] = []
                for record in pages.monthlyRecords(of: compound, in: month) { placed.append(try place(record, inputs: inputs)) }
                return placed
            }
        }.map { try $0.get() }.flatMap { $0 }
    }

    /// The month's bundle of the sheets of `placed`, the month's records in the bundle's order. Its key is
    /// made of the print pages' keys, which hold their sheets' keys, so an unchanged month is carried over
    /// whole; a bundle that changed renders again the sheets whose print pages were carried over.
    private func placeBundle(_ month: Month, _ placed: [PlacedRecord]) throws(InputOutputError) -> Placed {
        let pages = renderer.pageContext
        let bundle = renderer.monthBundle(month, printKeys: placed.map(\.print.entry.key)) {
            let records = renderer.community.compounds.flatMap { pages.monthlyRecords(of: $0, in: month) }
            return zip(placed, records).map { placed, record in placed.sheet ?? record.pages().renderedSheet(renderer.renderPart) }
        }
        return try place(bundle)
    }

    /// Places a record's mobile page and print page. Each is carried over as it is when the files it is made
    /// from are as the last build recorded (`inputs`); otherwise the record's values are made, and the page
    /// is carried over when they are, rendered when not. The sheet is rendered only when the print page has to be.
    private func place(_ record: MonthlyRecord, inputs: PageKey?) throws(InputOutputError) -> PlacedRecord {
        let carriedMobile = inputs.flatMap { carryOver(record.mobilePath, madeFrom: $0) }
        let carriedPrint = inputs.flatMap { carryOver(record.printPath, madeFrom: $0) }
        if let carriedMobile, let carriedPrint { return PlacedRecord(mobile: carriedMobile, print: carriedPrint, sheet: nil) }
        let pages = record.pages()
        let keys = pages.keys
        let mobile: Placed
        if let carriedMobile { mobile = carriedMobile } else {
            mobile = try place(SiteRenderer.PlannedPage(path: pages.mobile.data.path, key: keys.mobile, inputs: inputs) {
                renderer.file(pages.mobile.data, pages.mobile.template)
            })
        }
        if let carriedPrint { return PlacedRecord(mobile: mobile, print: carriedPrint, sheet: nil) }
        let keyed = pages.printData(keys.sheet.hex)
        var sheet: String?
        let print = try place(SiteRenderer.PlannedPage(path: keyed.path, key: PageKey(pages.print, keyed.value), inputs: inputs) {
            let html = pages.renderedSheet(renderer.renderPart)
            sheet = html
            return renderer.file(pages.printData(html), pages.print)
        })
        return PlacedRecord(mobile: mobile, print: print, sheet: sheet)
    }

    /// The page at `path` carried over as the last build left it, when that build recorded the same key of
    /// the files it is made from and nobody touched its file since; nil otherwise.
    private func carryOver(_ path: String, madeFrom inputs: PageKey) -> Placed? {
        guard let entry = previous?[path], entry.inputs == inputs, writer.carryOver(path, writtenAs: entry.file) else { return nil }
        return Placed(path: path, entry: entry, unchanged: true, rendered: false)
    }

    /// Carries the page over when its key is the recorded one; renders and writes it otherwise.
    private func place(_ page: SiteRenderer.PlannedPage) throws(InputOutputError) -> Placed {
        if let entry = previous?[page.path], entry.key == page.key, writer.carryOver(page.path, writtenAs: entry.file) {
            return Placed(path: page.path, entry: .init(key: entry.key, inputs: page.inputs, file: entry.file), unchanged: true, rendered: false)
        }
        let placed = try writer.place(page.render())
        return Placed(path: page.path, entry: .init(key: page.key, inputs: page.inputs, file: placed.file), unchanged: placed.unchanged, rendered: true)
    }
}
