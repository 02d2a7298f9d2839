import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardLoading
@testable import NoticeboardRendering
@testable import NoticeboardValues
import NoticeboardTestSupport

/// `noticeboard serve` on a copy of the fixture, in its own process, and raw TCP clients for it:
/// what a browser, a clumsy script or a hostile one sends, byte for byte.
struct PreviewProcess {
    let fixture: SiteFixture
    let process: Process
    /// The port it serves on, read from what it says.
    let port: UInt16

    /// Starts it and waits until it says where it listens (the gate listens before it says so).
    static func start() async throws -> PreviewProcess {
        let fixture = try SiteFixture()
        let log = fixture.root.appendingPathComponent("serve.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            fixture.remove()
            throw FixtureError("cannot make \(log.path)")
        }
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--root", fixture.root.path, "--port", "\(20_000 + Int.random(in: 0..<20_000))"]
        process.environment = fixture.serveEnvironment
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        for _ in 0..<600 {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let match = said.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), let port = UInt16(match.1) {
                return PreviewProcess(fixture: fixture, process: process, port: port)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        fixture.remove()
        throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "serve did not start"])
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        fixture.remove()
    }

    func connect() async throws -> AsyncSocket {
        try await Self.connect(port: port)
    }

    /// A client socket; the long timeout is for a test process busy with other suites.
    static func connect(port: UInt16) async throws -> AsyncSocket {
        try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 60)
    }

    /// Sends `request` and reads the answer until the server closes; nil when it has not closed within `limit`.
    /// Clients whose timing counts use blocking calls on a thread of their own, so that a test process
    /// busy with other suites does not slow them down and make the server look slow.
    func exchange(_ request: [UInt8], limit: Duration = .seconds(60)) async -> [UInt8]? {
        let port = port
        return await Self.onThread {
            guard let fd = Self.open(port: port) else { return nil }
            defer { close(fd) }
            Self.send(request, on: fd)
            return Self.readToEnd(fd, within: limit)
        }
    }

    func exchange(_ request: String, limit: Duration = .seconds(60)) async -> [UInt8]? {
        await exchange(Array(request.utf8), limit: limit)
    }

    /// The stylesheet's address as the served home page links it (its name carries its digest).
    func stylesheetPath() async -> String {
        let home = RawAnswer(await exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).map { String(decoding: $0.body, as: UTF8.self) } ?? ""
        return "/" + DigestNames.path(of: "style.css", linkedFrom: home)
    }

    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }

    /// A blocking client socket connected to the preview, each call on it waiting a second at most.
    static func open(port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var second = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &second, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &second, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Sends what the server takes of `bytes`: a server that answers before reading everything may stop reading.
    static func send(_ bytes: [UInt8], on fd: Int32) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 { sent += count } else if errno != EAGAIN && errno != EINTR { return }
        }
    }

    /// Everything the server sends on `fd` until it closes; nil when it has not closed within `limit`.
    static func readToEnd(_ fd: Int32, within limit: Duration) -> [UInt8]? {
        let deadline = ContinuousClock.now + limit
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while ContinuousClock.now < deadline {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                answer += buffer[..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                return answer
            }
        }
        return nil
    }

    /// Connects, and sends one byte of `bytes` every `pause` while reading what the server sends, until it
    /// closes: what it sent; nil when it could not connect or has not closed within `limit`. Blocking calls: run
    /// it `onThread`.
    static func trickleUntilClosed(port: UInt16, bytes: [UInt8], pause: Duration, within limit: Duration) -> [UInt8]? {
        guard let fd = open(port: port) else { return nil }
        defer { close(fd) }
        let (seconds, attoseconds) = pause.components
        var wait = timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let deadline = ContinuousClock.now + limit
        var unsent = bytes[...], answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while ContinuousClock.now < deadline {
            if let byte = unsent.popFirst() { send([byte], on: fd) }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                answer += buffer[..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                return answer
            }
        }
        return nil
    }
}

/// An HTTP answer as bytes, split where a test looks.
struct RawAnswer {
    let statusLine: String
    let headers: [String: String]
    let body: [UInt8]

    init?(_ bytes: [UInt8]?) {
        guard let bytes, let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        statusLine = lines[0]
        headers = Dictionary(lines.dropFirst().compactMap { line in
            line.firstIndex(of: ":").map { (line[..<$0].lowercased(), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
        }, uniquingKeysWith: { $1 })
        body = Array(bytes[end.upperBound...])
    }

    var status: Int? { statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
}
