import Synchronization
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// What a compound's page read of the records: recorded as its view reads them (a `CompoundReads`),
/// kept in the page index, and compared the next build with what those same reads give then. A page whose
/// reads give the same is carried over without its values being made: a new month costs the new month's
/// pages and those that read something it changed, not every month's values made again to compare.
package struct RecordReads: Sendable, Equatable {
    /// One thing a page may read, relative to its compound and period (a month, a year, or a record: an approval's
    /// id, an evaluation's quarter).
    /// New reads go at the end: the page index keeps reads by name, and an index's names stay readable.
    package enum Read: String, CaseIterable, Sendable {
        /// `content/site.yaml` (every page's frame).
        case site
        /// The compound's own file: its name, committee.
        case compound
        /// The files of the period's statements (their YAML, their ledger sheets).
        case statement
        /// The files of the period's service lists.
        case serviceList
        /// Every statement file up to the period's last statement: the chained fingerprints.
        case chain
        /// Which month has the compound's statement before the period, and after it.
        case previousStatement, nextStatement
        /// Whether the period has a statement, a service list.
        case hasStatement, hasServiceList
        /// The compound's approval files.
        case approvals
        /// Every expense line, in any month, that cites one of the compound's approvals: its month, number, date, item and amount.
        case citations
        /// The file of the period's evaluation (an evaluation page's quarter).
        case evaluation
    }

    /// One bit for each read, in the catalogue's order: the page index holds a set for each of a city's pages.
    private var bits: UInt16 = 0

    package init(_ reads: [Read] = []) {
        for read in reads { note(read) }
    }

    package mutating func note(_ read: Read) { bits |= Self.bit(read) }

    package func contains(_ read: Read) -> Bool { bits & Self.bit(read) != 0 }

    /// The catalogue, made once (at most 16 reads, one bit each).
    private static let catalogue = Read.allCases

    private static func bit(_ read: Read) -> UInt16 { 1 << UInt16(catalogue.firstIndex(of: read)!) }

    /// As the page index keeps it: the reads' names, in the catalogue's order, comma-separated.
    package var recorded: String { String(decoding: recordedBytes, as: UTF8.self) }

    /// `recorded`, made once for each set of reads: a city's index writes it for some 100,000 files, and its pages
    /// read a few sets.
    package var recordedBytes: [UInt8] {
        if let made = Self.recordedSets.withLock({ $0[bits] }) { return made }
        let made = Array(Read.allCases.filter(contains).map(\.rawValue).joined(separator: ",").utf8)
        Self.recordedSets.withLock { $0[bits] = made }
        return made
    }

    private static let recordedSets = Mutex<[UInt16: [UInt8]]>([:])

    /// Reads recorded by `recorded`; nil for a name this version does not know (the page is then made again).
    package init?(recorded: String) {
        for name in recorded.split(separator: ",") {
            guard let read = Read(rawValue: String(name)) else { return nil }
            note(read)
        }
    }
}

/// A monthly page's view of its compound and month (`CompoundReads`): what it reads of the month is noted.
package final class MonthlyReads: CompoundReads {
    package let month: Month

    package init(compound: Compound, month: Month, context: PageContext) {
        self.month = month
        super.init(compound: compound, context: context)
    }

    package var statement: Statement? {
        reading(.statement) { compound, _ in compound.statements.first { $0.month.value == month } }
    }

    package var serviceList: ServiceList? {
        reading(.serviceList) { compound, _ in compound.serviceLists.first { $0.month.value == month } }
    }

    /// The month's statement's chained fingerprint (its code), made from this month's statement and every one before.
    package var fingerprint: StatementFingerprint? {
        reading(.chain) { compound, context in context.fingerprints[compound.slug]?[month] }
    }

    /// The compound's statement before this month's and its fingerprint, which this month's chains on from.
    package var previousOnChain: (month: Month, fingerprint: StatementFingerprint)? {
        let previous = previousStatementMonth
        return reading(.chain) { compound, context in
            previous.flatMap { month in context.fingerprints[compound.slug]?[month].map { (month, $0) } }
        }
    }

    /// The code of the month's service list, made from the list and the compound's folder name.
    package func serviceListCode(_ list: ServiceList) -> VerificationCode {
        reading(.serviceList) { compound, _ in ServiceListFingerprint.code(of: list, in: compound) }
    }

    package var previousStatementMonth: Month? {
        reading(.previousStatement) { compound, _ in compound.statements.last { $0.month.value < month }?.month.value }
    }

    package var nextStatementMonth: Month? {
        reading(.nextStatement) { compound, _ in compound.statements.first { $0.month.value > month }?.month.value }
    }

    package var hasStatement: Bool {
        reading(.hasStatement) { compound, _ in compound.statements.contains { $0.month.value == month } }
    }

    package var hasServiceList: Bool {
        reading(.hasServiceList) { compound, _ in compound.serviceLists.contains { $0.month.value == month } }
    }
}

/// What each read of a compound's tracked pages gives now, from the digests of the record files
/// (`SourceDigests`) and, for the lines citing an approval, from the records, so that a page's reads can be
/// compared without its values being made.
package struct MonthlySources: Sendable {
    private let site: [UInt8], own: [UInt8]
    /// Digests by month: the month's statement files, service list file, and the chain through the month.
    private let statementFiles: [Month: [UInt8]], serviceListFiles: [Month: [UInt8]]
    /// The chain's digest after each month with statement files, in month order.
    private let chains: [(month: Month, digest: [UInt8])]
    private let statementMonths: [Month], serviceListMonths: Set<Month>
    /// The compound's approval files, by id; and the digest of every line citing an approval (`citations`).
    private let approvalFiles: [UInt8], citations: [UInt8]
    /// Each evaluation's file, by quarter.
    private let evaluationFiles: [String: [UInt8]]

    /// Whether the digest of the file of the evaluation of `quarter` is known: its page's reads can be keyed only then.
    package func knowsEvaluation(_ quarter: Quarter) -> Bool { evaluationFiles[quarter.description] != nil }

    /// Nil for a community made in memory, which has no files to key by: its pages are keyed by their values.
    package init?(compound: Compound, sources: SourceDigests) {
        guard let site = sources["content/site.yaml"], let own = sources[Community.compoundFile(compound.slug)] else { return nil }
        self.site = site
        self.own = own
        var statementFiles: [Month: [UInt8]] = [:], serviceListFiles: [Month: [UInt8]] = [:], chains: [Month: [UInt8]] = [:]
        var chain: [UInt8] = []
        for file in sources.monthlyFiles(of: compound.slug) {
            guard let month = Month(parsing: file.month) else { continue }
            var bytes = Self.text(file.path) + file.digest
            // Told by the file's kind, not its path: `String.contains` goes through NSString here, the most of this loop's time.
            if file.isServiceList {
                serviceListFiles[month, default: []] += bytes
            } else {
                statementFiles[month, default: []] += bytes
                bytes = chain + bytes
                chain = SHA256.hash(bytes)
                chains[month] = chain
            }
        }
        self.statementFiles = statementFiles
        self.serviceListFiles = serviceListFiles
        self.chains = chains.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        statementMonths = compound.statements.map(\.month.value)
        serviceListMonths = Set(compound.serviceLists.map(\.month.value))
        var approvalFiles: [UInt8] = []
        for approval in compound.approvals.sorted(by: { $0.id < $1.id }) {
            guard let digest = sources[Community.approvalFile(compound.slug, approval.id)] else { return nil }
            approvalFiles += Self.text(approval.id) + Self.field(digest)
        }
        self.approvalFiles = approvalFiles
        citations = Self.citations(in: compound)
        var evaluationFiles: [String: [UInt8]] = [:]
        for evaluation in compound.evaluations {
            if let digest = sources[evaluation.location.file] { evaluationFiles[evaluation.quarter.value.description] = digest }
        }
        self.evaluationFiles = evaluationFiles
    }

    /// The lines citing an approval, from the records rather than the files (which would change with any line of
    /// any month): a new month that cites none leaves this as it was. One digest for the compound, not one per
    /// approval: a changed citing line makes again every year of the compound that lists an approval.
    private static func citations(in compound: Compound) -> [UInt8] {
        var bytes: [UInt8] = []
        // The lines as an approval's data numbers them (`ApprovalData.citations`).
        for (month, number, line) in ApprovalData.citations(in: compound.statements) {
            for text in [month.description, String(number), line.approval?.value ?? "", line.date.value.description, line.item, String(line.amount.value.fen)] {
                append(text: text, to: &bytes)
            }
        }
        return SHA256.hash(bytes)
    }

    /// The key of what `reads` give now for the compound's `month`.
    package func key(of reads: RecordReads, month: Month) -> PageKey {
        key(of: reads, tag: "noticeboard-monthly-reads-2", period: month.description, from: month, to: month)
    }

    /// The key of what `reads` give now for the compound's `year`.
    package func key(of reads: RecordReads, year: Int) -> PageKey {
        // A page's year is a statement's, so always a valid one; an invalid year has no page, and no months.
        guard let first = Month(year: year, month: 1), let last = Month(year: year, month: 12) else { return PageKey(digest: SHA256.hash(Self.text("noticeboard-year-reads-1") + Self.text(String(year)))) }
        return key(of: reads, tag: "noticeboard-year-reads-1", period: String(year), from: first, to: last)
    }

    /// The key of what `reads` give now for the page of one of the compound's records (`id`: an approval's id, an
    /// evaluation's quarter).
    package func key(of reads: RecordReads, record id: String) -> PageKey {
        // Such a page reads no month's files; were it to, every month's would be in its key.
        key(of: reads, tag: "noticeboard-record-reads-1", period: id, from: Month(year: 1900, month: 1)!, to: Month(year: 2999, month: 12)!)
    }

    /// The key of `reads` for the months `first` through `last`, and the record `period` names.
    private func key(of reads: RecordReads, tag: String, period: String, from first: Month, to last: Month) -> PageKey {
        // Into one buffer: a new month asks for some 25,000 keys.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        Self.append(text: tag, to: &bytes)
        Self.append(text: period, to: &bytes)
        let contains = { (month: Month) in first <= month && month <= last }
        func files(_ byMonth: [Month: [UInt8]]) {
            // A month's page (most of the keys a build asks for) looks its month up rather than sifting every month.
            let months = first == last ? (byMonth[first] == nil ? [] : [first]) : byMonth.keys.filter(contains).sorted()
            guard !months.isEmpty else { return Self.append(field: nil, to: &bytes) }
            Self.appendField(to: &bytes) { bytes in
                for month in months {
                    Self.append(text: month.description, to: &bytes)
                    Self.append(field: byMonth[month], to: &bytes)
                }
            }
        }
        for read in RecordReads.Read.allCases where reads.contains(read) {
            Self.append(text: read.rawValue, to: &bytes)
            switch read {
            case .site: bytes += site
            case .compound: bytes += own
            case .statement: files(statementFiles)
            case .serviceList: files(serviceListFiles)
            case .chain: Self.append(field: chains.last { $0.month <= last }?.digest, to: &bytes)
            case .previousStatement: Self.append(text: statementMonths.last { $0 < first }?.description ?? "-", to: &bytes)
            case .nextStatement: Self.append(text: statementMonths.first { $0 > last }?.description ?? "-", to: &bytes)
            case .hasStatement: Self.append(text: statementMonths.contains(where: contains) ? "1" : "0", to: &bytes)
            case .hasServiceList: Self.append(text: serviceListMonths.contains(where: contains) ? "1" : "0", to: &bytes)
            case .approvals: Self.append(field: approvalFiles, to: &bytes)
            case .citations: Self.append(field: citations, to: &bytes)
            case .evaluation: Self.append(field: evaluationFiles[period], to: &bytes)
            }
        }
        return PageKey(digest: SHA256.hash(bytes))
    }

    /// A text with its length before it, so that no two sequences of texts run together alike.
    private static func append(text: String, to bytes: inout [UInt8]) {
        appendField(to: &bytes) { $0 += text.utf8 }
    }

    /// Bytes with their length before them; `-` for none.
    private static func append(field: [UInt8]?, to bytes: inout [UInt8]) {
        appendField(to: &bytes) { bytes in
            if let field { bytes += field } else { bytes += "-".utf8 }
        }
    }

    /// What `body` appends to `bytes`, with its length before it.
    private static func appendField(to bytes: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 8))
        body(&bytes)
        withUnsafeBytes(of: Int64(bytes.count - start - 8).littleEndian) { length in
            for at in 0..<8 { bytes[start + at] = length[at] }
        }
    }

    /// `append(text:to:)`'s bytes alone.
    private static func text(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(text: text, to: &bytes)
        return bytes
    }

    /// `append(field:to:)`'s bytes alone.
    private static func field(_ field: [UInt8]?) -> [UInt8] {
        var bytes: [UInt8] = []
        append(field: field, to: &bytes)
        return bytes
    }
}
