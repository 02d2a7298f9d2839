import FlyingFox
import FlyingSocks
import Foundation
import NoticeboardCore
import NoticeboardValues

/// The preview's door on 127.0.0.1. FlyingFox cannot bound a request (see `RequestLimits`), so it
/// listens on a socket only this process knows, and the gate stands in front: it reads each request's
/// head within the limits, answers itself what is too long, too slow or not GET/HEAD, makes room for
/// new connections (`OpenConnections`), and hands FlyingFox the request line alone. One request per connection.
final class RequestGate: Sendable {
    private let limits: RequestLimits
    /// Where FlyingFox listens.
    private let upstream: sockaddr_un
    private let listener: Socket
    private let connections: OpenConnections

    /// Listens on 127.0.0.1:`port` at once, so a client may connect as soon as this returns.
    init(port: UInt16, upstream: sockaddr_un, limits: RequestLimits) throws {
        self.limits = limits
        self.upstream = upstream
        connections = OpenConnections(limit: limits.connections, patience: limits.patience)
        listener = try Socket(domain: AF_INET, type: .stream)
        try listener.setValue(true, for: .localAddressReuse)
        try listener.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try listener.listen()
    }

    /// Runs until the task is cancelled.
    func run() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let door = try AsyncSocket(socket: listener, pool: pool)
        defer { try? door.close() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    while !Task.isCancelled {
                        while !self.connections.makeRoom() { try await Task.sleep(for: .milliseconds(10)) }
                        do {
                            let client = try await door.accept()
                            let number = self.connections.admit(client.socket)
                            connections.addTask { await self.serve(client, number: number, pool: pool) }
                        } catch is CancellationError {
                            return
                        } catch {
                            // Out of file descriptors, or a client gone before it was accepted: wait a moment.
                            try await Task.sleep(for: .milliseconds(50))
                        }
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func serve(_ client: AsyncSocket, number: Int, pool: some AsyncSocketPool) async {
        defer { try? client.close() }
        defer { connections.close(number) }
        _ = try? await within(limits.connectionTime) {
            switch try await within(self.limits.headTime, { try await self.readHead(from: client) }) {
            case nil: await self.refuse(client, .requestTimeout)
            case .complete(let requestLine) where self.connections.answer(number): try await self.forward(requestLine, from: client, pool: pool)
            case .complete: break  // Let go for a newer connection.
            case .refused(let status): await self.refuse(client, status)
            case .incomplete: break  // The client left, or was let go, before its head was whole.
            }
        }
    }

    private func readHead(from client: AsyncSocket) async throws -> RequestHead {
        var bytes: [UInt8] = []
        while true {
            do {
                bytes += try await client.read(atMost: 4_096)
            } catch SocketError.disconnected {
                return .incomplete
            }
            let head = RequestHead(bytes, limits: limits)
            if head != .incomplete { return head }
        }
    }

    /// Sends FlyingFox the request line and relays its answer. FlyingFox closes without a word on a
    /// request line it cannot read: that is 400.
    private func forward(_ requestLine: [UInt8], from client: AsyncSocket, pool: some AsyncSocketPool) async throws {
        let server = try await AsyncSocket.connected(to: upstream, pool: pool)
        defer { try? server.close() }
        try await server.write(Data(requestLine + Array("\r\n\r\n".utf8)))
        shutdown(server.socket.file.rawValue, Int32(SHUT_WR))
        var answered = false
        while true {
            let bytes: [UInt8]
            do {
                bytes = try await server.read(atMost: 4_096)
            } catch SocketError.disconnected {
                break
            }
            try await client.write(Data(bytes))
            answered = true
        }
        if !answered { await refuse(client, .badRequest) }
    }

    /// Answers `status` with a short reason in both languages, then stops writing and reads what the
    /// client has already sent, without waiting for more, so that closing does not reset the connection
    /// under an answer the client has not read yet.
    private func refuse(_ client: AsyncSocket, _ status: HTTPStatusCode) async {
        let body = Data("\(Self.reasons[status.code] ?? status.phrase)\n".utf8)
        var head = "HTTP/1.1 \(status.code) \(status.phrase)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n"
        if status == .methodNotAllowed { head += "Allow: \(RequestHead.methods.joined(separator: ", "))\r\n" }
        try? await client.write(Data((head + "\r\n").utf8) + body)
        shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        var read = 0
        while read < 65_536, let bytes = try? client.socket.read(atMost: 4_096) { read += bytes.count }
    }

    static let reasons = [
        400: "请求无法解读 / bad request",
        405: "预览只接受 GET 和 HEAD / the preview answers GET and HEAD only",
        408: "请求没有及时传完 / the request did not arrive in time",
        414: "请求行太长 / request line too long",
        431: "请求头太大 / request header fields too large",
    ]
}
