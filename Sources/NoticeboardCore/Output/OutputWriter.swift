import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site the safe way: into a staging folder beside the target, then swapped in.
/// A failure leaves the previous output exactly as it was; a file whose bytes did not change
/// is carried over from the previous output (hard-linked), not rewritten.
public struct OutputWriter: Sendable {
    public struct Summary: Sendable {
        public let written: Int
        public let unchanged: Int
    }

    public let target: URL

    public init(target: URL) { self.target = target.standardizedFileURL }

    var staging: URL { target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).staging") }
    var retired: URL { target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).previous") }

    public func write(_ files: [RenderedFile]) async throws -> Summary {
        let fm = FileManager.default
        try refuseForeignTarget()
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        // The manifest describes the output being replaced: it is written again once the new one is in place.
        try? fm.removeItem(at: BuildManifest.location(for: target))
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
            for folder in folders.sorted() {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let target = self.target, staging = self.staging
            let outcomes = await files.concurrentMap { file in Self.place(file, from: target, into: staging) }
            if let failure = outcomes.first(where: { $0.error != nil })?.error { throw failure }
            try swapIn()
            let unchanged = outcomes.filter(\.unchanged).count
            return Summary(written: files.count - unchanged, unchanged: unchanged)
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? InputOutputError { throw error }
            throw InputOutputError(path: target.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
    }

    private struct Outcome: Sendable {
        var unchanged = false
        var error: InputOutputError?
    }

    private static func place(_ file: RenderedFile, from target: URL, into staging: URL) -> Outcome {
        let old = target.appendingPathComponent(file.path)
        let new = staging.appendingPathComponent(file.path)
        if let previous = FileManager.default.contents(atPath: old.path), previous == file.bytes,
           link(old.path, new.path) == 0 {
            return Outcome(unchanged: true)
        }
        do {
            try file.bytes.write(to: new)
            return Outcome()
        } catch {
            return Outcome(error: InputOutputError(path: new.path, reason: "写入失败 / cannot write: \(error.localizedDescription)"))
        }
    }

    private func swapIn() throws {
        let fm = FileManager.default
        let hadPrevious = fm.fileExists(atPath: target.path)
        if hadPrevious { try fm.moveItem(at: target, to: retired) }
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            if hadPrevious { try? fm.moveItem(at: retired, to: target) }
            throw error
        }
        try? fm.removeItem(at: retired)
    }

    /// The output folder is replaced as a whole, so it must be empty or a site this tool wrote.
    private func refuseForeignTarget() throws {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: target.path), !entries.isEmpty else { return }
        guard entries.contains(SitePaths.sitemap) && entries.contains(SitePaths.community) else {
            throw InputOutputError(path: target.path, reason:
                "不是 noticeboard 生成的文件夹，拒绝覆盖（请指定空文件夹或 public/） / not a folder noticeboard wrote; refusing to replace it (name an empty folder)")
        }
    }
}
