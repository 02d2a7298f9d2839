import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NoticeboardOpenData

/// A published board, read without its records: a folder on this computer or a site over HTTP(S), by its
/// base address. Only what the board publishes is read: `datapackage.json`, the data files and the pages.
package struct Board: Sendable {
    package enum Location: Sendable, Equatable {
        case folder(URL)
        case web(URL)
    }

    package let location: Location
    /// How the board was named on the command line, for messages.
    package let name: String

    /// `https://…/yongkang/` (or `http://`) is a site; anything else a folder. A site's address is read as a
    /// folder, with a `/` added when it lacks one. A path to a `datapackage.json` names its folder.
    package init(_ argument: String) {
        name = argument
        var text = argument
        if text.hasSuffix("/" + OpenDataPaths.package) || text == OpenDataPaths.package { text = String(text.dropLast(OpenDataPaths.package.count)) }
        if text.hasPrefix("http://") || text.hasPrefix("https://"), let url = URL(string: text.hasSuffix("/") ? text : text + "/") {
            location = .web(url)
        } else {
            location = .folder(URL(fileURLWithPath: text.isEmpty ? "." : text, isDirectory: true))
        }
    }

    /// Why a file of the board could not be read.
    package struct Unreadable: Error, CustomStringConvertible, Sendable {
        package let path: String
        package let reason: String
        package var description: String { "\(path): \(reason)" }
    }

    /// The board's address when it is read over HTTP(S).
    package var webAddress: String? {
        if case .web(let base) = location { return base.absoluteString }
        return nil
    }

    /// The address of `path` under the board, for messages and links.
    package func address(of path: String) -> String {
        switch location {
        case .folder(let folder): folder.appendingPathComponent(path).path
        case .web(let base): base.absoluteString + path
        }
    }

    /// The bytes of the file at `path` (relative, `/`-separated) of the board.
    package func read(_ path: String) async throws(Unreadable) -> Data {
        // Paths come from the board's own package: none may leave it (no `..`, no other host or scheme).
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(".."), !path.contains("\\"), !path.contains(":") else {
            throw Unreadable(path: path, reason: "不在公示栏之内的路径 / a path outside the board")
        }
        switch location {
        case .folder(let folder):
            let file = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw Unreadable(path: file.path, reason: "无法读取 / cannot be read")
            }
            return data
        case .web(let base):
            guard let url = URL(string: path, relativeTo: base)?.absoluteURL else { throw Unreadable(path: path, reason: "不是网址 / not an address") }
            do {
                let (data, response) = try await Self.session.data(from: url)
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                guard status == 200 else { throw Unreadable(path: url.absoluteString, reason: "HTTP \(status)") }
                return data
            } catch let error as Unreadable {
                throw error
            } catch {
                throw Unreadable(path: url.absoluteString, reason: error.localizedDescription)
            }
        }
    }

    /// One session for every board: a slow server cannot hold a run for ever.
    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.timeoutIntervalForResource = 120
        configuration.httpMaximumConnectionsPerHost = 4
        return URLSession(configuration: configuration)
    }()

    /// The files at `paths`, read eight at a time.
    package func readAll(_ paths: [String]) async -> [String: Result<Data, Unreadable>] {
        await withTaskGroup(of: (String, Result<Data, Unreadable>).self) { group in
            var results: [String: Result<Data, Unreadable>] = [:], next = 0
            func start() {
                guard next < paths.count else { return }
                let path = paths[next]
                next += 1
                group.addTask {
                    do { return (path, .success(try await read(path))) } catch let error as Unreadable { return (path, .failure(error)) } catch { return (path, .failure(Unreadable(path: path, reason: "\(error)"))) }
                }
            }
            for _ in 0..<8 { start() }
            while let (path, result) = await group.next() {
                results[path] = result
                start()
            }
            return results
        }
    }

    /// The board's package.
    package func package() async throws(Unreadable) -> DataPackage {
        let data = try await read(OpenDataPaths.package)
        do {
            return try JSONDecoder().decode(DataPackage.self, from: data)
        } catch {
            throw Unreadable(path: address(of: OpenDataPaths.package), reason: "不是 noticeboard 的数据包 / not a noticeboard data package: \(error)")
        }
    }
}
