import Foundation
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

/// What the last successful build was made from: every input file's path, size and modification time,
/// the base URL and the tool itself. The output depends on nothing else (no clock, no network),
/// so when the manifest matches, the build can stop before loading anything.
/// Kept beside the output folder (`.public.manifest`), not published.
package struct BuildManifest: Equatable {
    package let signature: String
    /// How many warnings that build had, told again when it is skipped.
    package let warnings: Int

    package init(signature: String, warnings: Int) {
        self.signature = signature
        self.warnings = warnings
    }

    package static func location(for output: URL) -> URL { output.hiddenSibling("manifest") }

    /// The inputs' signature: SHA-256 over the sorted list of files with size and time.
    package static func signature(of listing: SourceListing, baseURL: String?) -> String {
        var lines: [String] = ["noticeboard-manifest-1", baseURL ?? "", Self.toolIdentity]
        for folder in SourceListing.folders {
            let entries = listing.files(in: folder) ?? []
            lines += entries.map { "\(folder)/\($0.path)\t\($0.size)\t\($0.modified.0).\($0.modified.1)" }.sorted()
        }
        return lines.joined(separator: "\n").sha256Hex
    }

    /// The running executable's file (as the system names it: a program started by its name alone, from PATH, has
    /// no path in its arguments), size and time, and the version: a rebuilt or upgraded tool may read and render
    /// differently, so the last build's manifest, page index and record cache are not trusted across it.
    package static let toolIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return "\(path)\t\((attributes?[.size] as? NSNumber)?.int64Value ?? 0)\t\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)\t\(NoticeboardVersion.current)"
    }()

    package static func read(for output: URL) -> BuildManifest? {
        guard let text = try? String(contentsOf: location(for: output), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count == 2, let warnings = Int(lines[1]) else { return nil }
        return BuildManifest(signature: lines[0], warnings: warnings)
    }

    package func write(for output: URL) {
        let text = "\(signature)\n\(warnings)\n"
        // Without it, the next build does the full work: nothing is lost.
        _ = try? DurableFile.write(Array(text.utf8), to: Self.location(for: output), replacing: true)
    }
}
