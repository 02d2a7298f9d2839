import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif
import NoticeboardCore
@testable import NoticeboardOutput
@testable import NoticeboardRendering

/// Tells a hung run from a slow one in a loop of runs (the fuzz test's), by the CPU time the process spends
/// on the run rather than the wall clock. On a loaded machine an honest run waits for a core as long as it
/// takes (a run of milliseconds was reported at 62 s beside a package build), but burns no more CPU for that.
/// The process's CPU counts the tests running beside the run too, so the limit must stay far above what they burn. A run is a hang when it has used more than `cpuLimit`
/// seconds of the process's CPU (an endless loop), or has not ended after `wallLimit` seconds (a deadlock,
/// which burns none); both lie far above any honest run. A hung run never returns to report itself, so the
/// watchdog's own thread prints the run's replay and stops the process.
final class HangWatchdog: Sendable {
    let cpuLimit: Double, wallLimit: Double

    private struct Run {
        let replay: String
        let cpu: Double
        let wall: Double
    }

    private struct State {
        var run: Run?
        var stopped = false
        /// The most CPU and wall time one run took so far, for the margin a summary can print.
        var mostCPU = 0.0, mostWall = 0.0
    }

    private let state = Mutex(State())

    init(cpuLimit: Double, wallLimit: Double) {
        self.cpuLimit = cpuLimit
        self.wallLimit = wallLimit
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                let (stopped, verdict) = state.withLock { ($0.stopped, $0.run.flatMap(self.verdict)) }
                if stopped { return }
                guard let verdict else { continue }
                FileHandle.standardError.write(Data(verdict.utf8))
                fatalError(verdict)
            }
        }
        thread.start()
    }

    /// Runs `body` under watch; `replay` says how to run it again. A run that ends over a limit between two
    /// looks of the watchdog is recorded as a hang too.
    func watch<T>(_ replay: String, _ body: () async throws -> T) async rethrows -> T {
        let run = Run(replay: replay, cpu: Self.processCPU(), wall: Self.now())
        state.withLock { $0.run = run }
        defer {
            let verdict = verdict(run), cpu = Self.processCPU() - run.cpu, wall = Self.now() - run.wall
            state.withLock {
                $0.run = nil
                $0.mostCPU = max($0.mostCPU, cpu)
                $0.mostWall = max($0.mostWall, wall)
            }
            #expect(verdict == nil, "\(verdict ?? "")")
        }
        return try await body()
    }

    /// The most CPU and wall time one run took, in seconds.
    var most: (cpu: Double, wall: Double) { state.withLock { ($0.mostCPU, $0.mostWall) } }

    /// Ends the watchdog's thread.
    func stop() { state.withLock { $0.stopped = true } }

    /// Why `run` is a hang, or nil while it is not.
    private func verdict(_ run: Run) -> String? {
        let cpu = Self.processCPU() - run.cpu, wall = Self.now() - run.wall
        guard cpu > cpuLimit || wall > wallLimit else { return nil }
        return "a hang: the run has used \(Int(cpu)) s of CPU (limit \(Int(cpuLimit))) in \(Int(wall)) s (limit \(Int(wallLimit))); \(run.replay)\n"
    }

    /// The CPU time of the whole process, user and system, in seconds: a run spreads over all cores.
    static func processCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
