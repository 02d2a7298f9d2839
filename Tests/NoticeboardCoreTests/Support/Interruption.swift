import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the program as a full disk or a power cut would leave it: for the tests of what an interrupted run leaves.
enum Interruption {
    /// Runs the program with every write past `blocks` of 512 bytes failing (`ulimit -f`), as on a full disk:
    /// the signal that would end it instead is ignored, so each write fails with EFBIG and the program goes on.
    static func onFullDisk(_ arguments: [String], blocks: Int = 0) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", CommandLineTests.binary.path] + arguments,
                                 binary: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Starts the program and kills it (`SIGKILL`) after `microseconds`, or lets it end if it ends before.
    static func killed(_ arguments: [String], after microseconds: UInt32) throws {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(microseconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The same numbers for the same seed (SplitMix64): cut points and delays that a failure can be replayed with.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
