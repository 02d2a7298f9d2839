import Foundation

/// rclone, which does every transfer: lists the target, reads and writes the manifest, copies the files of
/// one stage with their headers, deletes. Its errors are told back with their last lines, which never hold
/// credentials (none pass through noticeboard).
struct Rclone: Sendable {
    let executable: String
    let remote: RcloneRemote
    let environment: [String: String]
    let flags: [String]
    let run: Subprocess

    /// `environment` is noticeboard's own; the remote's settings are added to it, and an empty configuration
    /// file of the scratch folder stands for the user's.
    init(executable: String, remote: RcloneRemote, environment: [String: String], scratch: Subprocess) {
        var environment = environment.filter { !$0.key.hasPrefix("RCLONE_") }
        var flags = ["--config", scratch.scratch.appendingPathComponent("rclone.conf").path, "-q"]
        // The AWS library rclone uses cannot load a CA bundle named in AWS_CA_BUNDLE; rclone's own flag can.
        if let bundle = environment.removeValue(forKey: "AWS_CA_BUNDLE") { flags += ["--ca-cert", bundle] }
        self.environment = environment.merging(remote.environment) { $1 }
        self.executable = executable
        self.remote = remote
        self.flags = flags
        self.run = scratch
        _ = FileManager.default.createFile(atPath: flags[1], contents: nil, attributes: [.posixPermissions: 0o600])
    }

    /// Every file on the target with its size; empty when the target's folder does not exist yet.
    func list() async throws(PublishFailure) -> [String: Int] {
        struct Item: Decodable { let Path: String; let Size: Int }
        let result = try await rclone(["lsjson", "-R", "--files-only", "--no-mimetype", "--no-modtime", "--low-level-retries", "2", remote.root])
        if result.status != 0 {
            if result.errors.contains("directory not found") { return [:] }
            throw failure(result)
        }
        guard let items = try? JSONDecoder().decode([Item].self, from: Data(result.output.utf8)) else {
            throw .transferFailed("rclone lsjson: \(result.output.prefix(200))")
        }
        return Dictionary(items.map { ($0.Path, $0.Size) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text of a file on the target.
    func read(_ path: String) async throws(PublishFailure) -> String {
        let result = try await rclone(["cat", "\(remote.root)/\(path)"])
        guard result.status == 0 else { throw failure(result) }
        return result.output
    }

    /// Sends `paths` of `folder` in one go (rclone sends several at once), each as it is, whatever is there.
    func copy(_ paths: [String], from folder: URL, headers: [String]) async throws(PublishFailure) {
        let list = try listFile(paths)
        defer { try? FileManager.default.removeItem(at: list) }
        let result = try await rclone(["copy", folder.path, remote.root, "--files-from-raw", list.path, "--no-check-dest", "--no-traverse"]
                                      + headerFlags(headers))
        guard result.status == 0 else { throw failure(result) }
    }

    /// Writes `text` as the file `path` of the target, whole or not at all. An object store stores an object
    /// whole; on a folder or server rclone writes in place, so it goes up as `path.next` and is renamed.
    func write(_ text: String, to path: String, headers: [String]) async throws(PublishFailure) {
        let file = run.scratch.appendingPathComponent("upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8)) else { throw .toolFailed("rclone", "cannot write \(file.path)") }
        let final = "\(remote.root)/\(path)", next = remote.isObjectStore ? final : final + ".next"
        let sent = try await rclone(["copyto", file.path, next, "--no-check-dest"] + headerFlags(headers))
        guard sent.status == 0 else { throw failure(sent) }
        guard next != final else { return }
        let renamed = try await rclone(["moveto", next, final])
        guard renamed.status == 0 else { throw failure(renamed) }
    }

    /// Deletes exactly `paths` from the target: rclone is given them as the only files to look at.
    func delete(_ paths: [String]) async throws(PublishFailure) {
        guard !paths.isEmpty else { return }
        let list = try listFile(paths)
        defer { try? FileManager.default.removeItem(at: list) }
        let result = try await rclone(["delete", remote.root, "--files-from-raw", list.path, "--no-traverse"])
        guard result.status == 0 else { throw failure(result) }
    }

    /// A file of the scratch folder naming `paths`, one a line, for `--files-from-raw`.
    private func listFile(_ paths: [String]) throws(PublishFailure) -> URL {
        let list = run.scratch.appendingPathComponent("files-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: list.path, contents: Data(paths.map { $0 + "\n" }.joined().utf8)) else {
            throw .toolFailed("rclone", "cannot write \(list.path)")
        }
        return list
    }

    private func headerFlags(_ headers: [String]) -> [String] {
        remote.isObjectStore ? headers.flatMap { ["--header-upload", $0] } : []
    }

    private func rclone(_ arguments: [String]) async throws(PublishFailure) -> Subprocess.Result {
        try await run.run(executable, flags + arguments, environment: environment)
    }

    /// What a failed run says, as a failure: a host key rclone refused, or its last lines.
    private func failure(_ result: Subprocess.Result) -> PublishFailure {
        let lines = result.errors.split(separator: "\n").suffix(3).joined(separator: "\n")
        return .transferFailed(lines.isEmpty ? "rclone exit \(result.status)" : lines)
    }
}
