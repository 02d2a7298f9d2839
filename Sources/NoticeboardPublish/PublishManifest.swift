/// What noticeboard put on a target, kept on the target itself (`.noticeboard-publish` at its root): each
/// file's path, size and SHA-256 as sent. Only the files it lists are ever replaced as ours or deleted.
/// A file about to be sent is listed first without a digest (`-`), so that a publish stopped half way
/// still owns what it sent, and the next one sends it again.
struct PublishManifest: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let size: Int
        /// Nil while the file is being sent.
        let sha256: String?
    }

    static let fileName = ".noticeboard-publish"

    /// The manifest, or the next one on its way up.
    static func isManifest(_ path: String) -> Bool { path == fileName || path == fileName + ".next" }
    private static let header = "noticeboard-publish-1"

    var entries: [String: Entry] = [:]

    /// The manifest's text: a header line, then one line a file, sorted by path.
    var text: String {
        var lines = [Self.header]
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            lines.append("\(path)\t\(entry.size)\t\(entry.sha256 ?? "-")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nil when `text` is not a manifest (another program's file of that name, or one cut short).
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header), lines.last == "" else { return nil }
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, let size = Int(fields[1]), size >= 0,
                  fields[2] == "-" || (fields[2].count == 64 && fields[2].allSatisfy(\.isHexDigit)) else { return nil }
            entries[String(fields[0])] = Entry(size: size, sha256: fields[2] == "-" ? nil : String(fields[2]))
        }
    }

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }
}
