import Foundation
import Testing
@testable import NoticeboardFixture
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardValues
import NoticeboardTestSupport

/// The record cache (`RecordCache`): a statement or service list read back from it is the record its file reads as,
/// property by property; a damaged record, file or another tool's cache is never used; an entry is used only for its
/// file's bytes.
@Suite struct RecordCacheTests {
    /// Every stored property, nested, with every place's file, line and column: two statements that print the same
    /// hold the same values.
    static func dumped(_ record: Any) -> String {
        var text = ""
        dump(record, to: &text)
        return text
    }

    static func bytes(of statement: Statement, file: String) -> [UInt8]? {
        var out = CacheWriter(file: file)
        return statement.writeCacheBytes(&out) ? out.bytes : nil
    }

    static func readBack(_ bytes: [UInt8], file: String) -> Statement? {
        bytes.withUnsafeBytes { Statement(cacheBytes: $0, path: SourcePath(file)) }
    }

    /// The statements of a site's files as reading gives them, by path.
    static func statements(under root: URL) async throws -> [(path: String, statement: Statement)] {
        try await records(under: root).compactMap { path, record in
            guard case .statement(let statement) = record else { return nil }
            return (path, statement)
        }
    }

    /// The statements and service lists of a site's files as reading gives them, by path.
    static func records(under root: URL) async throws -> [(path: String, record: ParsedFile.Record)] {
        let listing = SourceListing(root: root)
        let paths = try #require(listing.files(in: "content")).map { "content/" + $0.path }
        return paths.sorted().compactMap { path in
            let parsed = ParsedFile.parse(path: path, root: root, cache: .empty)
            guard RecordCache.keeps(parsed.kind), let record = parsed.record else { return nil }
            return (path, record)
        }
    }

    static func roundTrips(_ records: [(path: String, record: ParsedFile.Record)]) {
        for (path, record) in records {
            var out = CacheWriter(file: path)
            let whole = switch record {
            case .statement(let statement): statement.writeCacheBytes(&out)
            case .serviceList(let list): list.writeCacheBytes(&out)
            default: false
            }
            #expect(whole, "\(path): not written")
            let back: ParsedFile.Record? = out.bytes.withUnsafeBytes { bytes in
                switch record {
                case .statement: Statement(cacheBytes: bytes, path: SourcePath(path)).map(ParsedFile.Record.statement)
                case .serviceList: ServiceList(cacheBytes: bytes, path: SourcePath(path)).map(ParsedFile.Record.serviceList)
                default: nil
                }
            }
            #expect(back.map(dumped) == dumped(record), "\(path)")
        }
    }

    @Test func theSampleRecordsReadBackAsRead() async throws {
        let records = try await Self.records(under: SiteFixture.repository)
        #expect(records.filter { if case .statement = $0.record { true } else { false } }.count >= 30)
        #expect(records.filter { if case .serviceList = $0.record { true } else { false } }.count >= 30)
        Self.roundTrips(records)
    }

    @Test func generatedRecordsReadBackAsRead() async throws {
        let root = CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try await SyntheticCommunity(compounds: 6, months: 14).write(to: root)
        let records = try await Self.records(under: root)
        #expect(records.count == 6 * 14 * 2)
        Self.roundTrips(records)
    }

    /// A service list with every optional part present and absent, every status, text with quotes and line breaks.
    @Test(arguments: [false, true]) func serviceListsReadBackAsWritten(full: Bool) throws {
        let file = "content/compounds/a/services/2026-10.md", path = SourcePath(file)
        func at(_ line: Int) -> NoticeboardValues.SourceLocation { NoticeboardValues.SourceLocation(path: path, line: line, column: 2) }
        let items = ServiceStatus.allCases.enumerated().map { n, status in
            ServiceList.Item(name: "第\(n)项 \"清运\"\n", standard: full ? "每周两次" : nil, by: full ? "物管会" : nil, status: status, note: full ? "" : nil)
        }
        let list = ServiceList(month: Located(try #require(Month(year: 2026, month: 10)), at: at(2)), items: full ? items : [], itemsLocation: at(3),
                               feedback: full ? .init(phone: "0571-1234567", place: nil) : nil,
                               posted: full ? Located(try #require(Day(year: 2026, month: 11, day: 1)), at: at(9)) : nil,
                               body: full ? "## 说明\n\n正文 *强调*\n" : "", isDraft: full, location: at(1))
        var out = CacheWriter(file: file)
        #expect(list.writeCacheBytes(&out))
        let bytes = out.bytes
        let read = { (bytes: [UInt8]) in bytes.withUnsafeBytes { ServiceList(cacheBytes: $0, path: path) } }
        #expect(read(bytes).map(Self.dumped) == Self.dumped(list))
        for end in 0..<bytes.count { #expect(read(Array(bytes[..<end])) == nil, "cut at \(end)") }
        for at in bytes.indices {
            var changed = bytes
            changed[at] ^= 0x5A
            _ = read(changed)
        }
    }

    /// Values at the edges of what a statement may hold, each optional part present and absent.
    @Test(arguments: [false, true]) func edgeValuesReadBackAsWritten(full: Bool) throws {
        let file = "content/compounds/a/ledger/2026-10.yaml", path = SourcePath(file)
        func at(_ line: Int, _ column: Int = 3) -> NoticeboardValues.SourceLocation { NoticeboardValues.SourceLocation(path: path, line: line, column: column) }
        let day = try #require(Day(year: 2026, month: 10, day: 31)), month = try #require(Month(year: 2999, month: 12))
        let entry = { (n: Int, fen: Int64) in
            Statement.Entry(date: Located(day, at: at(n)), item: n.isMultiple(of: 2) ? "" : "维修\u{0}费 ✓ \"引号\"\n换行", amount: Located(Money(fen: fen), at: at(n, 9)),
                            voucher: full ? Located("记-\(n)", at: at(n, 20)) : nil, payee: full ? "某某" : nil,
                            approval: full ? Located("2026-001", at: at(n, 30)) : nil, category: full ? Located("维修", at: at(n, 40)) : nil,
                            location: at(n, 1))
        }
        let collection = Statement.Collection(
            due: Located(Int.max, at: at(90)), paid: Located(Int.min, at: at(91)),
            exemptions: [.init(count: Located(-1, at: at(92)), reason: full ? "低保" : nil, location: at(92, 1))], location: at(89))
        let statement = Statement(
            month: Located(month, at: at(1)), opening: Located(Money(fen: -Money.largest.fen), at: at(2)),
            income: full ? [entry(3, Money.largest.fen), entry(4, 0)] : [], expenses: [entry(5, -1), entry(6, Int64.max), entry(7, Int64.min)],
            closing: Located(Money(fen: 127), at: at(8)), collection: full ? collection : nil,
            preparedBy: full ? Located("张三", at: at(93)) : nil, checkedBy: full ? [Located("李四", at: at(94)), Located("王五", at: at(95))] : [],
            checkedByLocation: at(Int(Int32.max), Int(Int32.max)), posted: full ? Located(day, at: at(96)) : nil,
            corrections: full ? [.init(date: day, what: "改", why: "错", location: at(97))] : [], isDraft: full, location: at(1, 1))
        let bytes = try #require(Self.bytes(of: statement, file: file))
        #expect(Self.readBack(bytes, file: file).map(Self.dumped) == Self.dumped(statement))
        // Cut short anywhere, or with a byte too many, the bytes hold no statement.
        for end in 0..<bytes.count { #expect(Self.readBack(Array(bytes[..<end]), file: file) == nil, "cut at \(end)") }
        #expect(Self.readBack(bytes + [0], file: file) == nil)
        // Any byte changed: never a crash; what is read is not trusted for being well-formed (the file's digest is).
        for at in bytes.indices {
            var changed = bytes
            changed[at] ^= 0xA5
            _ = Self.readBack(changed, file: file)
        }
    }

    @Test func aStatementWithAPlaceInAnotherFileIsNotWritten() throws {
        let here = SourcePath("content/compounds/a/ledger/2026-10.yaml"), there = SourcePath("content/compounds/a/ledger/2026-09.yaml")
        let month = try #require(Month(year: 2026, month: 10))
        let statement = Statement(
            month: Located(month, at: .init(path: here, line: 1, column: 8)), opening: Located(.zero, at: .init(path: there, line: 2, column: 10)),
            income: [], expenses: [], closing: Located(.zero, at: .init(path: here, line: 3, column: 10)), collection: nil, preparedBy: nil,
            checkedBy: [], checkedByLocation: .init(path: here, line: 1, column: 1), posted: nil, corrections: [], isDraft: false,
            location: .init(path: here, line: 1, column: 1))
        #expect(Self.bytes(of: statement, file: here.text) == nil)
    }

    // MARK: The cache file

    static let tool = "noticeboard\t123\t456"

    /// A cache of the sample's statements, kept in a fresh folder; its place and the statements.
    static func keptSample() async throws -> (RecordCache.Place, [(path: String, statement: Statement)], URL) {
        let folder = CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let place = RecordCache.Place(file: folder.appendingPathComponent(".public.records"), tool: tool)
        let statements = try await statements(under: SiteFixture.repository)
        var next = RecordCache.Next(capacity: 0)
        for (path, statement) in statements { next.add(path, digest: digest(path), .read, .statement(statement)) }
        next.keep(at: place, previous: nil)
        return (place, statements, folder)
    }

    /// A stand-in for a file's SHA-256, one per path.
    static func digest(_ path: String) -> [UInt8] { Array(SHA256.hash(Array(path.utf8))) }

    @Test func aKeptCacheGivesEachStatementForItsOwnFileAndBytesOnly() async throws {
        let (place, statements, folder) = try await Self.keptSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .cache(let cache) = RecordCache.find(at: place) else {
            Issue.record("the cache kept is not found")
            return
        }
        for (path, statement) in statements {
            let kind = RecordFile(path: path)
            guard case .kept(let found, let record) = cache.record(at: path, kind, digest: Self.digest(path)) else {
                Issue.record("\(path): not kept")
                continue
            }
            #expect(Self.dumped(found) == Self.dumped(ParsedFile.Record.statement(statement)))
            #expect(Array(record) == Self.bytes(of: statement, file: path))
            // Other bytes in the file, or the entry asked for under another path: not used.
            if case .none = cache.record(at: path, kind, digest: Self.digest(path + "x")) {} else { Issue.record("\(path): other bytes") }
            if case .none = cache.record(at: path + "x", kind, digest: Self.digest(path)) {} else { Issue.record("\(path): another path") }
            // Asked for as another kind of record, the entry does not read: said, not trusted.
            if case .unreadable = cache.record(at: path, .serviceList(slug: "a", month: "2026-10"), digest: Self.digest(path)) {} else {
                Issue.record("\(path): read as a service list")
            }
        }
        // Kept again unchanged, the file is not written again.
        let written = try FileManager.default.attributesOfItem(atPath: place.file.path)[.modificationDate] as? Date
        try await Task.sleep(for: .milliseconds(20))
        var again = RecordCache.Next(capacity: 0)
        for (path, statement) in statements { again.add(path, digest: Self.digest(path), .read, .statement(statement)) }
        again.keep(at: place, previous: cache)
        #expect(try FileManager.default.attributesOfItem(atPath: place.file.path)[.modificationDate] as? Date == written)
    }

    @Test func aDamagedCacheOrAnotherToolsIsDiscardedAndSaysWhy() async throws {
        let (place, _, folder) = try await Self.keptSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = try Data(contentsOf: place.file)
        func found(_ bytes: Data, tool: String = Self.tool) throws -> RecordCache.Found {
            try bytes.write(to: place.file)
            return RecordCache.find(at: RecordCache.Place(file: place.file, tool: tool))
        }
        func isDiscarded(_ found: RecordCache.Found, saying words: String) -> Bool {
            if case .discarded(let why) = found { return why.en.contains(words) }
            return false
        }
        #expect(isDiscarded(try found(kept, tool: "another\t1\t2"), saying: "another build"))
        let headEnd = try #require(kept.indices.filter { kept[$0] == 0x0A }.dropFirst(2).first)
        // A byte changed in the body, in the head, the file cut short anywhere, or another format: damaged.
        for at in [headEnd + 1, headEnd + 40, kept.count / 2, kept.count - 1, 3] {
            var changed = kept
            changed[at] ^= 0x01
            #expect(isDiscarded(try found(changed), saying: "damaged"), "byte \(at) changed")
        }
        for end in [0, 10, headEnd, headEnd + 1, kept.count / 3, kept.count - 1] {
            #expect(isDiscarded(try found(kept.prefix(end)), saying: "damaged"), "cut at \(end)")
        }
        try FileManager.default.removeItem(at: place.file)
        if case .none = RecordCache.find(at: place) {} else { Issue.record("no cache is not a damaged one") }
    }

    /// The loader takes a statement from the cache when the file's bytes are those it was kept for, and only then:
    /// a cache entry altered (its file's digest kept, the cache's own digest made again) is what the loader gives,
    /// which shows the entry is used; once the file's bytes change, the file is read again.
    @Test func theLoaderTakesAnEntryForTheFilesBytesOnly() async throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let place = RecordCache.Place(file: fixture.root.appendingPathComponent(".public.records"), tool: Self.tool)
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        let (first, _) = try await ContentLoader(root: fixture.root, cache: place).load()
        let read = try #require(first?.compound("hexie")?.statements.first { $0.location.file == path })
        guard case .cache(let cache) = RecordCache.find(at: place) else {
            Issue.record("the first load kept no cache")
            return
        }
        let digest = Array(SHA256.hash(Array(try Data(contentsOf: fixture.root.appendingPathComponent(path)))))
        if case .kept = cache.record(at: path, RecordFile(path: path), digest: digest) {} else { Issue.record("the statement is not kept") }
        // The same statement with its closing balance altered, kept under the file's own digest.
        let altered = Statement(month: read.month, opening: read.opening, income: read.income, expenses: read.expenses,
                                closing: Located(Money(fen: read.closing.value.fen + 1), at: read.closing.location), collection: read.collection,
                                preparedBy: read.preparedBy, checkedBy: read.checkedBy, checkedByLocation: read.checkedByLocation, posted: read.posted,
                                corrections: read.corrections, isDraft: read.isDraft, location: read.location)
        var next = RecordCache.Next(capacity: 0)
        next.add(path, digest: digest, .read, .statement(altered))
        next.keep(at: place, previous: nil)
        let (second, _) = try await ContentLoader(root: fixture.root, cache: place).load()
        #expect(second?.compound("hexie")?.statements.first { $0.location.file == path }?.closing.value == altered.closing.value)
        // The file's bytes changed (a comment added): read from the file.
        try (try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8) + "\n# 备注\n")
            .write(to: fixture.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        let (third, _) = try await ContentLoader(root: fixture.root, cache: place).load()
        #expect(third?.compound("hexie")?.statements.first { $0.location.file == path }?.closing.value == read.closing.value)
    }

    /// A statement whose reading says something (a placeholder left, a personal number) is not kept: taken from the
    /// cache, it would say nothing.
    @Test func aStatementThatReadsWithFindingsIsNotKept() throws {
        let fixture = try SiteFixture(try SiteFixture.edit("content/compounds/hexie/ledger/2026-10.yaml", "item: 10-12月卫生费", "item: （在这里写收入事项）"))
        defer { fixture.remove() }
        let path = "content/compounds/hexie/ledger/2026-10.yaml"
        let parsed = ParsedFile.parse(path: path, root: fixture.root, cache: .empty)
        #expect(!parsed.diagnostics.isEmpty, "the fixture's edit is expected to leave a placeholder")
        #expect(parsed.kept == nil)
        let clean = ParsedFile.parse(path: "content/compounds/hexie/ledger/2026-09.yaml", root: fixture.root, cache: .empty)
        if case .read? = clean.kept {} else { Issue.record("a statement read cleanly is kept") }
        #expect(ParsedFile.parse(path: path, root: fixture.root).kept == nil, "without a cache, nothing is kept")
    }
}
