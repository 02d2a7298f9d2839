import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site the safe way: `begin` a staging folder beside the target, `place` files into it
/// (in batches, as they are rendered), then `commit` swaps it in — or `abandon` it.
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

    /// Makes an empty staging folder beside the target; refuses a target this tool did not write.
    public func begin() throws {
        let fm = FileManager.default
        try refuseForeignTarget()
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw InputOutputError(path: staging.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
    }

    /// Puts files into the staging folder, in parallel; returns how many were carried over unchanged.
    public func place(_ files: [RenderedFile]) async throws -> Int {
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        for folder in folders.sorted() {
            do {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw InputOutputError(path: staging.appendingPathComponent(folder).path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
            }
        }
        let target = self.target, staging = self.staging
        let outcomes = await files.concurrentMap { file in Self.place(file, from: target, into: staging) }
        if let failure = outcomes.first(where: { $0.error != nil })?.error { throw failure }
        return outcomes.filter(\.unchanged).count
    }

    /// Swaps the staging folder in for the target.
    public func commit() throws {
        // The manifest describes the output being replaced: it is written again once the new one is in place.
        try? FileManager.default.removeItem(at: BuildManifest.location(for: target))
        do {
            try swapIn()
        } catch {
            abandon()
            throw InputOutputError(path: target.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder after a failure; the target is as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
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
