import Foundation

/// Runs a program (rclone, ssh-keygen, ssh-keyscan) and waits for it without blocking a thread. Its output
/// goes to files of the publish's private scratch folder, so a large output can never block it.
struct Subprocess: Sendable {
    struct Result: Sendable {
        let status: Int32
        let output: String
        let errors: String
    }

    let scratch: URL

    /// The program named `name` on the `PATH`, or nil.
    static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: URL? = nil) async throws(PublishFailure) -> Result {
        let id = UUID().uuidString
        let output = scratch.appendingPathComponent("\(id).out"), errors = scratch.appendingPathComponent("\(id).err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        do {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600])
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil, attributes: [.posixPermissions: 0o600])
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
            try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
                process.terminationHandler = { _ in done.resume() }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    done.resume(throwing: error)
                }
            }
        } catch {
            throw .toolFailed(executable, error.localizedDescription)
        }
        return Result(status: process.terminationStatus,
                      output: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
                      errors: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }
}
