import Foundation

/// Which key each page of the output was rendered from, with the file's size and time as written.
/// Kept beside the output folder (`.public.pages`), not published. A page whose key is unchanged and
/// whose file is still exactly as written is carried over without rendering; anything else is rendered.
/// `inputs` names what every page depends on besides its key (templates, tool, base URL, masking):
/// when it differs, no key of the index is trusted.
struct PageIndex: Sendable {
    struct Entry: Sendable, Equatable {
        let key: PageKey
        let file: FileIdentity
    }

    let inputs: String
    private(set) var entries: [String: Entry]

    init(inputs: String, entries: [String: Entry] = [:]) {
        self.inputs = inputs
        self.entries = entries
    }

    static func location(for output: URL) -> URL { output.hiddenSibling("pages") }

    subscript(path: String) -> Entry? { entries[path] }

    mutating func record(_ path: String, _ entry: Entry) { entries[path] = entry }

    /// The index of the output's last build, when it was made from the same `inputs`; nil otherwise.
    static func read(for output: URL, inputs: String) -> PageIndex? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map(String.init) == header, lines.popFirst().map(String.init) == inputs else { return nil }
        var entries: [String: Entry] = [:]
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count == 5, let size = Int(fields[2]), let seconds = Int(fields[3]), let nanoseconds = Int(fields[4]) else { return nil }
            entries[String(fields[0])] = Entry(key: PageKey(hex: String(fields[1])),
                                                file: FileIdentity(size: size, seconds: seconds, nanoseconds: nanoseconds))
        }
        return PageIndex(inputs: inputs, entries: entries)
    }

    /// The page paths an index file names, whatever it was made from; nil when there is no readable index.
    static func pagePaths(at location: URL) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: location.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == header else { return nil }
        return Set(lines.dropFirst(2).compactMap { $0.split(separator: "\t").first.map(String.init) })
    }

    func write(for output: URL) {
        var text = "\(Self.header)\n\(inputs)\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(path)\t\(entry.key.hex)\t\(entry.file.size)\t\(entry.file.seconds)\t\(entry.file.nanoseconds)\n"
        }
        try? Data(text.utf8).write(to: Self.location(for: output), options: .atomic)
    }

    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(for: output))
    }

    private static let header = "noticeboard-pages-1"
}

/// A file as `stat` sees it: enough to tell that nobody changed it since it was written.
struct FileIdentity: Sendable, Equatable {
    let size: Int
    let seconds: Int
    let nanoseconds: Int
}
