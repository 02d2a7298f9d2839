import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import NoticeboardRendering
import NoticeboardTestSupport

/// Runs the program as a full disk or a power cut would leave it: for the tests of what an interrupted run leaves.
enum Interruption {
    /// Runs the program with every write past `blocks` of 512 bytes failing (`ulimit -f`), as on a full disk:
    /// the signal that would end it instead is ignored, so each write fails with EFBIG and the program goes on.
    static func onFullDisk(_ arguments: [String], blocks: Int = 0) throws -> CLI.Run {
        try CLI.run(["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", CLI.binary.path] + arguments,
                                 binary: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Starts the program and kills it (`SIGKILL`) after `microseconds`, or lets it end if it ends before.
    static func killed(_ arguments: [String], after microseconds: UInt32) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(microseconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
