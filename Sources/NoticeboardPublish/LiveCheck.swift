import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NoticeboardModel

/// After an upload, the live site is fetched as a resident's phone would fetch it (no cache of our own, no
/// header asking a proxy to revalidate) and every file is compared byte for byte (SHA-256) with what was
/// sent: a CDN or proxy still serving an old page shows here.
struct LiveCheck {
    /// A file the live site does not serve as sent.
    struct Difference: Sendable, Equatable {
        let url: String
        /// The HTTP status, or nil when the address could not be fetched.
        let status: Int?
        let reason: String
    }

    /// Where the site is served (`base_url` or `--verify-url`), ending in `/`.
    let base: String
    /// Fetches at once at most.
    let width = 8

    /// The differences among `files` (site paths and the SHA-256 sent), in the order of `files`.
    func differences(_ files: [(path: String, sha256: String)]) async -> [Difference] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = 30
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var found: [(Int, Difference)] = []
        await withTaskGroup(of: (Int, Difference?).self) { group in
            var next = 0
            func add() {
                guard next < files.count else { return }
                let index = next, file = files[index]
                next += 1
                group.addTask { (index, await Self.compare(base + file.path, file.sha256, session)) }
            }
            for _ in 0..<width { add() }
            while let (index, difference) = await group.next() {
                if let difference { found.append((index, difference)) }
                add()
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func compare(_ address: String, _ sha256: String, _ session: URLSession) async -> Difference? {
        guard let url = URL(string: address) else { return Difference(url: address, status: nil, reason: "not a URL") }
        do {
            let (data, response) = try await session.data(from: url)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            guard status == 200 else { return Difference(url: address, status: status, reason: "HTTP \(status)") }
            let live = data.withUnsafeBytes { SHA256.hash($0) }.hexDigits
            return live == sha256 ? nil : Difference(url: address, status: status, reason: "SHA-256 \(live.prefix(12))… ≠ \(sha256.prefix(12))…")
        } catch {
            return Difference(url: address, status: nil, reason: error.localizedDescription)
        }
    }
}
