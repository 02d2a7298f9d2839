import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardSupport
import NoticeboardValues

/// Reads every record under `content/` (each file once, in parallel; a statement or service list whose bytes the
/// record cache knows is taken from it) and assembles the community.
public struct ContentLoader: Sendable {
    /// The rule pack used when site.yaml names none.
    public static let defaultRulePack = "seeds/xiaodian-2021.yaml"

    package let root: URL
    /// What the site's folders held when the build looked (walked again when not given).
    package let listing: SourceListing
    /// Where a build keeps what reading gave, for the next build (`RecordCache`); nil for a check.
    package let cache: RecordCache.Place?
    /// Told when a cache was found and not used.
    package let discarded: @Sendable (Message) -> Void

    package init(root: URL, listing: SourceListing? = nil, cache: RecordCache.Place? = nil, discarded: @escaping @Sendable (Message) -> Void = { _ in }) {
        self.root = root
        self.listing = listing ?? SourceListing(root: root)
        self.cache = cache
        self.discarded = discarded
    }

    /// The community, or nil when the records are too broken to assemble; diagnostics either way.
    package func load() async throws -> (Community?, [Diagnostic]) {
        let entries = try contentEntries()
        let files = entries.filter { !$0.isLink }.map { "content/" + $0.path }.sorted()
        let root = self.root
        var previous: RecordCache?
        if let cache {
            switch RecordCache.find(at: cache) {
            case .cache(let found): previous = found
            case .none: break
            case .discarded(let why): discarded(why)
            }
        }
        let reading = cache == nil ? nil : previous ?? .empty
        var parsed = await files.concurrentMap { path in ParsedFile.parse(path: path, root: root, cache: reading) }
        if parsed.contains(where: \.unreadableEntry) { discarded(RecordCache.unreadEntries) }
        var assembly = CommunityAssembly()
        if let cache {
            var next = RecordCache.Next(capacity: parsed.count * 1024)
            parsed.drain { file in
                if let kept = file.kept, let digest = file.digest { next.add(file.path, digest: digest, kept, file.record) }
                assembly.add(file)
            }
            next.keep(at: cache, previous: previous)
        } else {
            parsed.drain { assembly.add($0) }
        }
        assembly.diagnostics += symbolicLinks(content: entries) + listing.unlistedFolders
            + PersonalNumberInName.diagnostics(for: entries.map { "content/" + $0.path })
        // A site.yaml that exists but cannot be read names no pack we could trust; its own error says enough.
        guard assembly.site != nil || !assembly.sawSite else {
            return (assembly.community(rulePack: nil), assembly.diagnostics)
        }
        let pack = loadRulePack(named: assembly.site?.rulePack)
        assembly.diagnostics += pack.1
        return (assembly.community(rulePack: pack.0), assembly.diagnostics)
    }

    /// The files and links under `content/`, hidden ones skipped.
    private func contentEntries() throws -> [FileWalk.Entry] {
        let content = root.appendingPathComponent("content")
        guard let files = listing.files(in: "content") else {
            throw InputOutputError(path: content.path, reason: "没有 content/ 文件夹（或它是符号链接；用 --root 指定站点根目录） / no content/ folder here (or it is a symbolic link; use --root)")
        }
        return files
    }

    /// IN-004 for every symbolic link in the folders the site is made from: none is followed.
    private func symbolicLinks(content: [FileWalk.Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for folder in SourceListing.folders {
            var info = stat()
            let url = root.appendingPathComponent(folder)
            if lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
                diagnostics.append(SourceFile.Problem.link.diagnostic(folder))
                continue
            }
            for entry in (folder == "content" ? content : listing.files(in: folder) ?? []) where entry.isLink {
                diagnostics.append(SourceFile.Problem.link.diagnostic("\(folder)/\(entry.path)"))
            }
        }
        return diagnostics.sorted { $0.location.file < $1.location.file }
    }

    /// The pack named in site.yaml, which must be a file of the site's `seeds/` folder.
    private func loadRulePack(named: Located<String>?) -> (RulePack?, [Diagnostic]) {
        let path = named?.value ?? Self.defaultRulePack
        let location = named?.location ?? .file("content/site.yaml")
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "seeds", CommunityAssembly.isPathSafe(String(parts[1].dropLast(".yaml".count))),
              parts[1].hasSuffix(".yaml") else {
            return (nil, [Diagnostic(.in005, .error, at: location, InputMessages.rulePackOutsideSeeds(path))])
        }
        // A seeds/ that cannot be listed is its own IN-001; the pack in it is not unresolved on top of it.
        guard listing.listed("seeds") else { return (nil, []) }
        var folder = stat()
        guard lstat(root.appendingPathComponent("seeds").path, &folder) == 0, (folder.st_mode & S_IFMT) == S_IFDIR else {
            // A missing folder is an unresolved pack; a linked one is reported as a link, and not read through.
            return (nil, (folder.st_mode & S_IFMT) == S_IFLNK ? [] : [Diagnostic(.in005, .error, at: location, InputMessages.unresolved(.rulePack, path, suggestion: nil))])
        }
        let data: Data
        switch SourceFile.read(root.appendingPathComponent(path).path) {
        case .success(let read): data = read
        case .failure(.unreadable):
            return (nil, [Diagnostic(.in005, .error, at: location, InputMessages.unresolved(.rulePack, path, suggestion: nil))])
        case .failure(let problem):
            return (nil, [problem.diagnostic(path)])
        }
        var diagnostics: [Diagnostic] = []
        guard let text = SourceText.decode(data, file: path, into: &diagnostics) else { return (nil, diagnostics) }
        let reader = YAMLReader(file: path)
        let pack = reader.root(of: text).flatMap { RulePack(file: path, $0) }
        return (pack, diagnostics + reader.diagnostics)
    }
}

/// One file's record and the diagnostics of reading it.
package struct ParsedFile: Sendable {
    package enum Record: Sendable {
        case site(Site), branch(Branch), communityNotice(Notice), compound(Compound), statement(Statement)
        case seals([Seal]), ledgerSheet(month: String, LedgerSheet), approval(Approval), serviceList(ServiceList), evaluation(Evaluation), plate(HouseholdPlate), compoundNotice(Notice)

        /// What the record says its file is named for: a statement's or service list's month, an evaluation's
        /// quarter, a plate's unit; nil for the others.
        package var statedName: Located<String>? {
            switch self {
            case .statement(let s): Located(s.month.value.description, at: s.month.location)
            case .serviceList(let s): Located(s.month.value.description, at: s.month.location)
            case .evaluation(let e): Located(e.quarter.value.description, at: e.quarter.location)
            case .plate(let p): p.unit
            default: nil
            }
        }

        /// A statement or service list still marked `draft: true`: checked, not published.
        package var isDraft: Bool {
            switch self {
            case .statement(let statement): statement.isDraft
            case .serviceList(let list): list.isDraft
            default: false
            }
        }
    }

    package let path: String
    package let kind: RecordFile
    package let record: Record?
    package let diagnostics: [Diagnostic]
    /// Identity-card and mobile numbers in the file's text, for the privacy rules.
    package var personalNumbers: [PersonalNumber] = []
    /// The SHA-256 of the file's bytes, when it could be read.
    package var digest: [UInt8]?
    /// How the record cache keeps the file for the next build, when it keeps it (`RecordCache`).
    package var kept: RecordCache.Kept?
    /// The cache held an entry for these bytes that did not read back: the file was read, and the build says so.
    package var unreadableEntry = false

    /// The record, moved out of the file as the file is given up (read through `record`, it would be copied).
    package consuming func takeRecord() -> Record? { record }

    /// The file at `path` read. With a `cache`, a record the cache holds for the file's very bytes is taken from it,
    /// and a record of a kind it keeps, read cleanly, is marked to be kept for the next build.
    package static func parse(path: String, root: URL, cache: RecordCache? = nil) -> ParsedFile {
        let kind = RecordFile(path: path)
        var diagnostics: [Diagnostic] = []
        guard kind != .unexpected else {
            diagnostics.append(Diagnostic(.in004, .error, at: .file(path), InputMessages.unexpectedFile(path)))
            return ParsedFile(path: path, kind: kind, record: nil, diagnostics: diagnostics)
        }
        if case .ledgerSheet(_, let month) = kind { return parseSheet(path: path, kind: kind, month: month, root: root) }
        let data: Data
        switch SourceFile.read(root.path + "/" + path) {
        case .success(let read): data = read
        case .failure(let problem): return ParsedFile(path: path, kind: kind, record: nil, diagnostics: [problem.diagnostic(path)])
        }
        let digest = data.withUnsafeBytes(SHA256.hash)
        var unreadableEntry = false
        if let cache, RecordCache.keeps(kind) {
            switch cache.record(at: path, kind, digest: digest) {
            case .kept(let record, let bytes): return ParsedFile(path: path, kind: kind, record: record, diagnostics: [], digest: digest, kept: .taken(bytes))
            case .unreadable: unreadableEntry = true
            case .none: break
            }
        }
        guard let text = SourceText.decode(data, file: path, into: &diagnostics),
              let source = kind.isMarkdown ? SourceText.frontMatter(text, file: path, into: &diagnostics) : SourceText.yaml(text) else {
            if diagnostics.isEmpty { diagnostics.append(Diagnostic(.in001, .error, at: .file(path), InputMessages.yamlSyntax("无法读取文件 / unreadable file"))) }
            return ParsedFile(path: path, kind: kind, record: nil, diagnostics: diagnostics)
        }
        let reader = YAMLReader(file: path, lineOffset: source.yamlLineOffset)
        let record = reader.root(of: source.yaml).flatMap { decode(kind, $0, body: source.body) }
        if let record, !record.isDraft { diagnostics += Placeholder.left(in: text, file: path) }
        diagnostics += reader.diagnostics
        let personalNumbers = PersonalNumbers.find(in: text, file: path)
        // Only a record read without a word to say is kept: taken from the cache, it says nothing either.
        let kept: RecordCache.Kept? = cache != nil && RecordCache.keeps(kind) && record != nil && diagnostics.isEmpty && personalNumbers.isEmpty ? .read : nil
        return ParsedFile(path: path, kind: kind, record: record, diagnostics: diagnostics, personalNumbers: personalNumbers, digest: digest, kept: kept,
                          unreadableEntry: unreadableEntry)
    }

    /// A spreadsheet of ledger lines: UTF-8 or GB18030, rows with positions.
    private static func parseSheet(path: String, kind: RecordFile, month: String, root: URL) -> ParsedFile {
        var diagnostics: [Diagnostic] = []
        let data: Data
        switch SourceFile.read(root.path + "/" + path) {
        case .success(let read): data = read
        case .failure(let problem): return ParsedFile(path: path, kind: kind, record: nil, diagnostics: [problem.diagnostic(path)])
        }
        guard let text = SpreadsheetText.decode(data) else {
            diagnostics.append(Diagnostic(.in001, .error, at: .file(path), Message(
                zh: "无法读取：文件应为 UTF-8 或 GB18030 编码的 CSV（Excel、WPS 另存为“CSV”即可）",
                en: "cannot read: the file must be a CSV in UTF-8 or GB18030")))
            return ParsedFile(path: path, kind: kind, record: nil, diagnostics: diagnostics)
        }
        if let nul = SourceText.nulLocation(in: text, file: path) {
            return ParsedFile(path: path, kind: kind, record: nil, diagnostics: [Diagnostic(.in001, .error, at: nul, InputMessages.nulByte())])
        }
        diagnostics += InvisibleCharacters.diagnostics(in: text, file: path)
        let sheet = LedgerSheet.read(text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text, file: path, into: &diagnostics)
        return ParsedFile(path: path, kind: kind, record: sheet.map { .ledgerSheet(month: month, $0) }, diagnostics: diagnostics,
                          personalNumbers: PersonalNumbers.find(in: text, file: path), digest: data.withUnsafeBytes(SHA256.hash))
    }

    private static func decode(_ kind: RecordFile, _ m: MappingReader, body: String) -> Record? {
        switch kind {
        case .site: Site(m).map(Record.site)
        case .branch(let id): Branch(id: id, m).map(Record.branch)
        case .communityNotice(let name): Notice(name: name, m, body: body).map(Record.communityNotice)
        case .compound(let slug): Compound(slug: slug, m).map(Record.compound)
        case .statement: Statement(m).map(Record.statement)
        case .seals: .seals(Seal.read(m))
        case .ledgerSheet: nil
        case .approval(_, let id): Approval(id: id, m, minutes: body).map(Record.approval)
        case .serviceList: ServiceList(m, body: body).map(Record.serviceList)
        case .evaluation: Evaluation(m).map(Record.evaluation)
        case .plate: HouseholdPlate(m, body: body).map(Record.plate)
        case .compoundNotice(_, let name): Notice(name: name, m, body: body).map(Record.compoundNotice)
        case .unexpected: nil
        }
    }
}
