import FlyingSocks
import Foundation
import Synchronization
import NoticeboardValues

/// The connections the gate holds, at most `limit`. When it is full, the connection that has waited
/// longest on its client, if longer than `patience`, is let go to make room, so clients that hold
/// connections open cannot keep anyone out. Connections being answered are never let go; while there
/// is no room, new clients wait in the system's queue of connections, not yet accepted.
final class OpenConnections: Sendable {
    private struct State {
        var next = 0
        var waiting: [Int: (socket: Socket, since: ContinuousClock.Instant)] = [:]
        var answering: Set<Int> = []
    }

    let limit: Int
    let patience: Duration
    private let state = Mutex(State())

    init(limit: Int, patience: Duration) {
        self.limit = limit
        self.patience = patience
    }

    /// Whether there is room for one more connection, after letting one go if need be.
    func makeRoom() -> Bool {
        state.withLock { state in
            guard state.waiting.count + state.answering.count >= limit else { return true }
            let now = ContinuousClock.now
            guard let oldest = state.waiting.min(by: { $0.value.since < $1.value.since }), now - oldest.value.since > patience else { return false }
            state.waiting[oldest.key] = nil
            // Its task reads the end of the stream and closes the socket, which stays its own.
            shutdown(oldest.value.socket.file.rawValue, Int32(SHUT_RDWR))
            return true
        }
    }

    /// `socket`'s number among the connections; after `makeRoom()` said there is room.
    func admit(_ socket: Socket) -> Int {
        state.withLock { state in
            defer { state.next += 1 }
            state.waiting[state.next] = (socket, ContinuousClock.now)
            return state.next
        }
    }

    /// Marks connection `number` as being answered; false when it was let go meanwhile.
    func answer(_ number: Int) -> Bool {
        state.withLock { state in
            guard state.waiting.removeValue(forKey: number) != nil else { return false }
            state.answering.insert(number)
            return true
        }
    }

    /// Forgets connection `number`; before its socket is closed, so that no other socket is shut down in its stead.
    func close(_ number: Int) {
        state.withLock { state in
            state.waiting[number] = nil
            state.answering.remove(number)
        }
    }
}
