import FlyingFox
import Foundation
import NoticeboardCore
import NoticeboardValues

/// `noticeboard serve`: builds the site into a folder of its own, serves it on 127.0.0.1, rebuilds when
/// `content/`, `templates/` or `seeds/` change, and reloads the open page. When a build fails, every page
/// shows the problems instead of the site, the way Hugo's server does, and the terminal prints them.
/// `public/` is never written: only `build` writes it. Requests pass through `RequestGate`, which bounds
/// them, before FlyingFox reads them.
public actor PreviewServer {
    public let root: URL
    /// The port asked for, then the one served on: the next free one when it is taken, as Hugo does.
    public private(set) var port: UInt16
    let output: URL
    let language: Language
    private let say: @Sendable (String) -> Void
    /// Goes up with every build, finished or failed; open pages poll it to know when to reload.
    private var version = 0
    /// The path of the site's base_url (`/board/`): the site is served under it as well as at `/`.
    private var basePath = "/"
    /// What stopped the last build, if it failed.
    private var failure: PreviewPage.Failure?

    public init(root: URL, port: UInt16, language: Language, say: @escaping @Sendable (String) -> Void) {
        self.root = root.standardizedFileURL
        self.port = port
        self.output = Self.output(for: self.root)
        self.language = language
        self.say = say
    }

    /// Runs until the task is cancelled.
    public func run() async throws {
        guard let free = Self.firstFreePort(from: port) else {
            throw InputOutputError(path: "127.0.0.1:\(port)", reason: "端口 \(port) 起的 20 个端口都被占用，请用 --port 另选 / the 20 ports from \(port) are all in use; choose another with --port")
        }
        if free != port {
            say(language == .zh ? "端口 \(port) 已被别的程序占用，改用 \(free)" : "port \(port) is in use by another program; using \(free)")
            port = free
        }
        await rebuild()
        // FlyingFox listens where only this process connects; the gate, on 127.0.0.1, bounds each request first.
        let inside = sockaddr_un.unix(abstractNamespace: "noticeboard-preview-\(UUID().uuidString)")
        let gate = try RequestGate(port: port, upstream: inside, limits: RequestLimits())
        let server = HTTPServer(address: inside, logger: .disabled, handler: ClosureHTTPHandler { [self] request in
            await self.answer(request)
        })
        say(language == .zh ? "预览地址：http://127.0.0.1:\(port)/  修改 content/、templates/、seeds/ 后自动重建（Ctrl-C 退出）"
                            : "previewing at http://127.0.0.1:\(port)/ — rebuilds when content/, templates/ or seeds/ change (Ctrl-C to stop)")
        say(language == .zh ? "预览生成在 \(output.path)，public/ 不变；要发布的网站用 noticeboard build 生成"
                            : "the preview is built in \(output.path), not in public/; noticeboard build makes the site to publish")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                try await gate.run()
            }
            group.addTask { try await self.watch() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Where the preview builds: a folder of the system's temporary folder, one per site root (so that the next
    /// `serve` of the root carries its pages over), never `public/`, which holds what `build` made to publish.
    static func output(for root: URL) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in root.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-preview-\(String(hash, radix: 16))/site", isDirectory: true)
    }

    /// The first of `port` and the 19 after it that nothing listens on at 127.0.0.1.
    static func firstFreePort(from port: UInt16) -> UInt16? {
        for number in Int(port)..<min(Int(port) + 20, Int(UInt16.max) + 1) {
            let candidate = UInt16(number)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = candidate.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0 { return candidate }
        }
        return nil
    }

    /// Polls the sources' names, sizes and times; any difference rebuilds.
    private func watch() async throws {
        let pipeline = Pipeline(root: root)
        var seen = pipeline.sourcesSignature()
        while !Task.isCancelled {
            try await Task.sleep(for: .milliseconds(500))
            let now = pipeline.sourcesSignature()
            if now != seen {
                seen = now
                await rebuild()
            }
        }
    }

    func rebuild() async {
        let start = Date()
        do {
            // What reading the records says along the way (a damaged record cache set aside) is said here as `build` says it.
            let result = try await Pipeline(root: root, progress: { [say, language] event in
                if case .note(let message) = event { say(message.text(in: language)) }
            }).build(into: output)
            if case .built(let check, _, _) = result, let baseURL = check.baseURL { basePath = BaseURL.path(of: baseURL) }
            if case .failed(let check) = result {
                let errors = check.diagnostics.filter { $0.severity == .error }
                failure = .records(errors)
                // As `build` prints them, each with its file, line and column, then the count.
                say(DiagnosticPrinter(format: .text, language: language, colour: false).render(errors).trimmingCharacters(in: .newlines))
                say(language == .zh ? "构建失败：\(errors.count) 个错误（页面上也显示）" : "build failed: \(English.count(errors.count, "error")) (shown in the page too)")
            } else {
                failure = nil
                say(String(format: language == .zh ? "已重建（%.2f 秒）" : "rebuilt (%.2f s)", Date().timeIntervalSince(start)))
            }
        } catch {
            // A template or a folder in the way: said as `build` says it, the path relative to the site root.
            let problem = error as? InputOutputError ?? InputOutputError(path: root.path, reason: "\(error)")
            let path = problem.path.hasPrefix(root.path + "/") ? String(problem.path.dropFirst(root.path.count + 1)) : problem.path
            failure = .stopped(InputOutputError(path: path, reason: problem.reason))
            say("noticeboard: \(path): \(problem.reason)")
            say(language == .zh ? "构建失败（页面上也显示）" : "build failed (shown in the page too)")
        }
        version += 1
    }

    /// The answer FlyingFox sends: HEAD gets GET's head and no body, and every answer closes its
    /// connection, as the gate forwards one request per connection.
    func answer(_ request: HTTPRequest) async -> HTTPResponse {
        var response = await respond(to: request)
        response.headers[.connection] = "close"
        guard request.method == .HEAD else { return response }
        response.headers[.contentLength] = "\((try? await response.bodyData)?.count ?? 0)"
        return HTTPResponse(statusCode: response.statusCode, headers: response.headers)
    }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        if request.path == PreviewPage.versionPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"], body: Data("\(version)".utf8))
        }
        // `/board/xinyuan/` is `/xinyuan/` when the site is hosted under /board/.
        let requested = basePath != "/" && request.path.hasPrefix(basePath) ? "/" + request.path.dropFirst(basePath.count) : request.path
        // A folder's address (`/xinyuan/`, which may arrive as `/xinyuan`) serves its index.html.
        let isFolder = requested.hasSuffix("/") || !(requested.split(separator: "/").last ?? "").contains(".")
        let path = isFolder ? requested.trimmingCharacters(in: CharacterSet(charactersIn: "/")).appending("/index.html") : requested
        let isPage = path.hasSuffix(".html")
        if isPage, let failure {
            return html(PreviewPage.failed(failure, language: language, version: version), status: .ok)
        }
        // Only files below the preview's output: no "..", no hidden files.
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }), !parts.isEmpty else {
            return await notFound()
        }
        let file = output.appendingPathComponent(parts.joined(separator: "/"))
        guard let bytes = FileManager.default.contents(atPath: file.path) else { return await notFound() }
        if isPage { return html(PreviewPage.withReload(String(decoding: bytes, as: UTF8.self), version: version), status: .ok) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: PreviewPage.contentType(of: path), .cacheControl: "no-store"], body: bytes)
    }

    private func notFound() async -> HTTPResponse {
        let page = FileManager.default.contents(atPath: output.appendingPathComponent("404.html").path).map { String(decoding: $0, as: UTF8.self) } ?? "404"
        return html(PreviewPage.withReload(page, version: version), status: .notFound)
    }

    private func html(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: Data(text.utf8))
    }
}
