import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// What a compound's monthly pages — a statement's or a service list's mobile page and sheet — are made
/// from, as one key per month, computed from the digests of the files alone. A page whose key is the one
/// the last build recorded is carried over without its values being made (`SiteWriter`): a new month then
/// costs the new month's pages and the one before it, not every month's values made again to compare.
///
/// Besides what the page index holds for every page (templates, tool, base URL, published numbers),
/// `StatementView` and `ServiceListView` read: the site (`site.yaml`); the compound's own file (its name
/// and committee); the month's records and every earlier month's (the chained fingerprint, the previous
/// statement); and which months come next (the next statement, a statement or service list of the same
/// month). The key holds exactly these, a whole file each, so that any edit to them changes it. **A view
/// that comes to read anything else must add it here**; `IncrementalBuildTests` compare incremental
/// builds with clean ones after each kind of edit.
package struct MonthlyPageInputs: Sendable {
    private let keys: [Month: PageKey]

    package init(compound: Compound, sources: SourceDigests) {
        // A community made in memory has no files to key by: its pages are keyed by their values.
        guard let site = sources["content/site.yaml"], let own = sources[Community.compoundFile(compound.slug)] else {
            keys = [:]
            return
        }
        // Each month's link digests that month's files and the link before it, as the fingerprints chain statements.
        var links: [String: [UInt8]] = [:]
        var link: [UInt8] = []
        for file in sources.monthlyFiles(of: compound.slug) {
            var bytes = link
            Self.append(file.month, to: &bytes)
            Self.append(file.path, to: &bytes)
            bytes += file.digest
            link = SHA256.hash(bytes)
            links[file.month] = link
        }
        let statements = compound.statements.map(\.month.value), lists = compound.serviceLists.map(\.month.value)
        var keys: [Month: PageKey] = [:]
        for month in Set(statements + lists) {
            guard let link = links[month.description] else { continue }
            var bytes: [UInt8] = []
            Self.append("noticeboard-monthly-pages-1", to: &bytes)
            bytes += site + own + link
            for next in [statements.first { $0 > month }, lists.first { $0 > month }] { Self.append(next?.description ?? "-", to: &bytes) }
            keys[month] = PageKey(hex: SHA256.hash(bytes).prefix(16).hexDigits)
        }
        self.keys = keys
    }

    /// The key of the compound's pages of `month`; nil when they are to be keyed by their values.
    package subscript(month: Month) -> PageKey? { keys[month] }

    /// A text with its length before it, so that no two sequences of texts run together alike.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: Int64(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: text.utf8)
    }
}
