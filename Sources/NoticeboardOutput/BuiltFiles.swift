import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a built output as its page index lists them: what `publish` may send, and nothing else.
package enum BuiltFiles {
    /// One listed file's path under the output, and whether it is still as the build wrote it.
    package struct File: Sendable {
        package let path: String
        package let isAsWritten: Bool
    }

    /// Every file the last build into `output` wrote, sorted by path; nil when the output has no page index
    /// of this version (never built, or built by another version: build again).
    package static func list(in output: URL) -> [File]? {
        guard let index = PageIndex.read(for: output) else { return nil }
        return index.entries.keys.sorted().map { path in
            var info = stat()
            let found = lstat(output.appendingPathComponent(path).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
            return File(path: path, isAsWritten: found && FileIdentity(info) == index.entries[path]?.file)
        }
    }
}
