/// The SHA-256 of every record file's bytes as read, by site-relative path: what lets a page be known
/// unchanged from the files it is made from, without making its values (`MonthlySources`).
package struct SourceDigests: Sendable {
    /// A compound's file of one month: its statement (`ledger/<month>.yaml`), its ledger sheet
    /// (`ledger/<month>.csv`) or its service list (`services/<month>.md`), published or draft.
    package struct MonthlyFile: Sendable {
        package let month: String
        package let path: String
        package let digest: [UInt8]
        /// A service list's file, not one of the statement's.
        package let isServiceList: Bool
    }

    /// Every other file by path.
    private var files: [String: [UInt8]] = [:]
    /// Each compound's monthly files by slug, in the order they were read (by path).
    private var monthly: [String: [MonthlyFile]] = [:]

    package init() {}

    package mutating func record(_ path: String, _ digest: [UInt8], slug: String? = nil, month: String? = nil, isServiceList: Bool = false) {
        if let slug, let month {
            monthly[slug, default: []].append(MonthlyFile(month: month, path: path, digest: digest, isServiceList: isServiceList))
        } else {
            files[path] = digest
        }
    }

    /// The digest of a file that is not a monthly one (those are `monthlyFiles`).
    package subscript(path: String) -> [UInt8]? { files[path] }

    /// The compound's monthly files, oldest month first (by path within a month).
    package func monthlyFiles(of slug: String) -> [MonthlyFile] {
        (monthly[slug] ?? []).sorted { ($0.month, $0.path) < ($1.month, $1.path) }
    }
}
