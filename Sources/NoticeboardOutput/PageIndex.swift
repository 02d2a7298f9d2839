import Foundation
import NoticeboardLoading
import NoticeboardRendering
import NoticeboardValues

/// Which key each page of the output was rendered from, with the file's size and time as written, for
/// a page whose reads are tracked, what it read and their key (`RecordReads`), and for a data file its SHA-256
/// as written (what `datapackage.json` lists, so that a file carried over need not be read to be listed).
/// Kept beside the output folder (`.public.pages`), not published. A page whose key is unchanged and
/// whose file is still exactly as written is carried over without rendering; anything else is rendered.
/// `inputs` names what every page depends on besides its key (templates, tool, base URL, masking):
/// when it differs, no key of the index is trusted. It lists every file the build put in the output, the
/// stylesheet and assets too: a file it does not list is not the tool's, and is never replaced or deleted (`SiteAuthorship`).
package struct PageIndex: Sendable {
    package struct Entry: Sendable, Equatable {
        package let key: PageKey
        /// What the page read of the records, and their key, for the pages whose reads are tracked.
        package var reads: (RecordReads, PageKey)? = nil
        /// The SHA-256 of a data file's bytes as written (`json`, `csv`); nil for a page.
        package let digest: String?
        package let file: FileIdentity

        package init(key: PageKey, reads: (RecordReads, PageKey)? = nil, digest: String? = nil, file: FileIdentity) {
            self.key = key
            self.reads = reads
            self.digest = digest
            self.file = file
        }

        package static func == (a: Entry, b: Entry) -> Bool {
            a.key == b.key && a.file == b.file && a.digest == b.digest && a.reads?.0 == b.reads?.0 && a.reads?.1 == b.reads?.1
        }
    }

    package let inputs: String
    private(set) var entries: [String: Entry]
    /// The index file's lines: its header and inputs, then the pages recorded, made as each page is placed: most
    /// are placed while other cores render, and writing the index at the end of a build is then one write.
    private var lines: [UInt8]

    /// `capacity`: how many files the index is expected to list (the last build's), made room for at once rather
    /// than grown step by step, each step hashing every path again.
    package init(inputs: String, entries: [String: Entry] = [:], capacity: Int = 0) {
        self.inputs = inputs
        self.entries = entries
        self.entries.reserveCapacity(capacity)
        lines = Array("\(Self.header)\n\(inputs)\n".utf8)
        lines.reserveCapacity(lines.count + capacity * 208)  // a line is some 200 bytes
    }

    package static func location(for output: URL) -> URL { output.hiddenSibling("pages") }
    /// The index of a new output, written before it is swapped in and renamed to `location` after: whatever
    /// moment a build is stopped at, every file of the output is listed by one of the two.
    package static func pendingLocation(for output: URL) -> URL { output.hiddenSibling("pages.next") }

    package subscript(path: String) -> Entry? { entries[path] }

    /// Records a page, or a file published as it is, once (a build places each path once).
    package mutating func record(_ path: String, _ entry: Entry) {
        entries[path] = entry
        Self.append(path, entry, to: &lines)
    }

    /// The index of the output's last build, whatever it was made from (its `inputs` tell); nil when there is none.
    package static func read(for output: URL) -> PageIndex? {
        withIndex(at: location(for: output), accepting: [header]) { bytes, _, lines -> PageIndex? in
            guard let second = lines.next() else { return nil }
            let inputs = text(bytes, second)
            var entries: [String: Entry] = [:]
            // Room made at once for about as many entries as lines (some 210 bytes each), not grown step by step,
            // each step hashing every path again into freshly cleared pages.
            entries.reserveCapacity(bytes.count / 160)
            // The reads of most pages are one of a few lists: each is parsed once.
            var knownReads: [String: RecordReads?] = [:]
            while let line = lines.next() {
                guard !line.isEmpty else { continue }
                var fields: [Range<Int>] = []
                var start = line.lowerBound
                for at in line where bytes[at] == UInt8(ascii: "\t") {
                    fields.append(start..<at)
                    start = at + 1
                }
                fields.append(start..<line.upperBound)
                guard fields.count == 8, let size = number(bytes, fields[5]), let seconds = number(bytes, fields[6]),
                      let nanoseconds = number(bytes, fields[7]) else { return nil }
                guard let key = PageKey(hex: text(bytes, fields[1])) else { return nil }
                let readsKey = text(bytes, fields[2])
                var reads: (RecordReads, PageKey)?
                if readsKey != "-" {
                    guard let readsKey = PageKey(hex: readsKey) else { return nil }
                    let recorded = text(bytes, fields[3])
                    if knownReads[recorded] == nil { knownReads[recorded] = .some(RecordReads(recorded: recorded)) }
                    // Reads this version does not know leave the page to be made again.
                    reads = knownReads[recorded]!.map { ($0, readsKey) }
                }
                let digest = text(bytes, fields[4])
                entries[text(bytes, fields[0])] = Entry(key: key, reads: reads, digest: digest == "-" ? nil : digest,
                                                        file: FileIdentity(size: size, seconds: seconds, nanoseconds: nanoseconds))
            }
            return PageIndex(inputs: inputs, entries: entries)
        } ?? nil
    }

    /// The files the index files at `locations` name, whatever they were made from (an index of an earlier
    /// version too); nil when none of them is a readable index. How `SiteAuthorship` tells an output ours.
    package static func listedFiles(at locations: [URL]) -> ListedFiles? {
        var listed: ListedFiles?
        for location in locations {
            let read = withIndex(at: location, accepting: [header] + olderHeaders) { bytes, header, lines -> (paths: [String], current: Bool) in
                _ = lines.next()
                var paths: [String] = []
                while let line = lines.next() {
                    guard !line.isEmpty else { continue }
                    let end = line.first { bytes[$0] == UInt8(ascii: "\t") } ?? line.upperBound
                    paths.append(text(bytes, line.lowerBound..<end))
                }
                return (paths, header == Self.header)
            }
            guard let read else { continue }
            var files = listed ?? ListedFiles()
            files.paths.formUnion(read.paths)
            if !read.current { files.withoutStaticFiles = true }
            listed = files
        }
        return listed
    }

    /// The lines of an index file, as ranges of its bytes: a city's index has some 120,000.
    private struct IndexLines {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Range<Int>? {
            guard at < bytes.count else { return nil }
            let start = at
            while at < bytes.count && bytes[at] != 0x0A { at += 1 }
            defer { at += 1 }
            return start..<at
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `body` of the index file at `location`, its header and its lines after the header, when there is one and its
    /// header is one of `headers`; nil otherwise.
    private static func withIndex<T>(at location: URL, accepting headers: [String],
                                     _ body: (UnsafeBufferPointer<UInt8>, String, inout IndexLines) -> T) -> T? {
        guard let data = FileManager.default.contents(atPath: location.path) else { return nil }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = IndexLines(bytes)
            // A header is a short line: a long first line is not read as text to be compared.
            guard let first = lines.next(), first.count <= 64, headers.contains(text(bytes, first)) else { return nil }
            return body(bytes, text(bytes, first), &lines)
        }
    }

    /// A decimal number of at most 18 digits, an optional `-` before it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var digits = range
        let negative = !range.isEmpty && bytes[range.lowerBound] == UInt8(ascii: "-")
        if negative { digits = range.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for at in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) else { return nil }
            value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// One line for each page this build recorded (`record`), in the order they were placed (the same for the
    /// same input), written at once. An index `read` from disk is for looking pages up, not for writing again.
    package func write(to location: URL) throws(InputOutputError) {
        // The lines begin with the header and the inputs: a city's index is written without being copied.
        try DurableFile.write(lines, to: location, replacing: true)
    }

    /// Appends the index file's line of a page: its path, key, reads' key and reads, digest, and size and time as written.
    private static func append(_ path: String, _ entry: Entry, to bytes: inout [UInt8]) {
        func field(_ text: String, then separator: Character) {
            bytes += text.utf8
            bytes.append(separator.asciiValue!)
        }
        field(path, then: "\t")
        entry.key.appendHex(to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        if let (reads, key) = entry.reads {
            key.appendHex(to: &bytes)
            bytes.append(UInt8(ascii: "\t"))
            bytes += reads.recordedBytes
            bytes.append(UInt8(ascii: "\t"))
        } else {
            bytes += "-\t-\t".utf8
        }
        field(entry.digest ?? "-", then: "\t")
        field(String(entry.file.size), then: "\t")
        field(String(entry.file.seconds), then: "\t")
        field(String(entry.file.nanoseconds), then: "\n")
    }

    private static let header = "noticeboard-pages-5"
    /// The indexes before this one: their paths are read, their keys are not. Before pages were keyed by their
    /// inputs too (1), before the stylesheet and assets were listed beside the pages (2), before pages were
    /// keyed by what they read rather than by a list of their inputs (3), and before data files' digests were kept (4).
    private static let olderHeaders = ["noticeboard-pages-4", "noticeboard-pages-3", "noticeboard-pages-2", "noticeboard-pages-1"]
}

/// The files of an output that its page index lists: the pages, the stylesheet and the assets.
package struct ListedFiles: Sendable {
    package var paths: Set<String> = []
    /// An index written before the stylesheet and assets were listed: any of them counts as listed.
    package var withoutStaticFiles = false

    package func contains(_ path: String) -> Bool {
        paths.contains(path) || withoutStaticFiles && (path == TemplateSet.stylesheetName || path.hasPrefix(TemplateSet.assetsFolder + "/"))
    }
}

/// A file as `stat` sees it: enough to tell that nobody changed it since it was written.
package struct FileIdentity: Sendable, Equatable {
    package let size: Int
    package let seconds: Int
    package let nanoseconds: Int
}
