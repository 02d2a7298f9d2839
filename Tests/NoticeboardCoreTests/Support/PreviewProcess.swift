import FlyingSocks
import Foundation
@testable import NoticeboardPreview

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
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--root", fixture.root.path, "--port", "\(20_000 + Int.random(in: 0..<20_000))"]
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

    static func connect(port: UInt16) async throws -> AsyncSocket {
        try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
    }

    /// Sends `request` and reads the answer until the server closes; nil when it has not closed within `limit`.
    func exchange(_ request: [UInt8], limit: Duration = .seconds(10)) async -> [UInt8]? {
        let port = port
        return (try? await within(limit) {
            let socket = try await Self.connect(port: port)
            defer { try? socket.close() }
            // A server that answers before reading everything may close first: its answer still counts.
            try? await socket.write(Data(request))
            return await Self.readToEnd(socket)
        }) ?? nil
    }

    func exchange(_ request: String, limit: Duration = .seconds(10)) async -> [UInt8]? {
        await exchange(Array(request.utf8), limit: limit)
    }

    /// Everything the server sends until it closes.
    static func readToEnd(_ socket: AsyncSocket) async -> [UInt8] {
        var answer: [UInt8] = []
        while let bytes = try? await socket.read(atMost: 4_096) { answer += bytes }
        return answer
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
