import Foundation
import NoticeboardModel

/// Before anything goes to an SFTP server, its host key is compared with the one known_hosts holds for it,
/// with OpenSSH's own tools (ssh-keyscan, ssh-keygen): a server known_hosts does not list is refused with
/// the fingerprints to confirm, one that shows another key is refused as a possible impostor. rclone then
/// checks the same file again as it connects.
struct HostKeys {
    let run: Subprocess

    func check(_ server: PublishTarget.Server, knownHosts: String) async throws(PublishFailure) {
        guard let keygen = Subprocess.find("ssh-keygen"), let keyscan = Subprocess.find("ssh-keyscan") else {
            throw .missingTool("ssh-keygen, ssh-keyscan", package: "openssh-client")
        }
        let name = server.port == 22 ? server.host : "[\(server.host)]:\(server.port)"
        let scan = try await run.run(keyscan, ["-T", "10", "-p", String(server.port), server.host])
        let offered = Self.keys(in: scan.output)
        guard !offered.isEmpty else {
            throw .unreachable(name, scan.errors.split(separator: "\n").last.map(String.init) ?? "ssh-keyscan found no host key")
        }
        let known = FileManager.default.fileExists(atPath: knownHosts)
            ? Self.keys(in: try await run.run(keygen, ["-F", name, "-f", knownHosts]).output) : []
        if !known.isEmpty && !offered.isDisjoint(with: known) { return }
        let scanned = run.scratch.appendingPathComponent("host-keys")
        defer { try? FileManager.default.removeItem(at: scanned) }
        _ = FileManager.default.createFile(atPath: scanned.path, contents: Data(scan.output.utf8))
        let fingerprints = try await run.run(keygen, ["-l", "-f", scanned.path]).output.split(separator: "\n").map(String.init)
        if known.isEmpty {
            throw .hostKeyUnknown(host: name, fingerprints: fingerprints, knownHosts: knownHosts,
                                  add: "ssh-keyscan -p \(server.port) \(server.host) >> \(knownHosts)")
        }
        throw .hostKeyChanged(host: name, fingerprints: fingerprints, knownHosts: knownHosts)
    }

    /// The `type key` pairs of known_hosts lines (as ssh-keyscan and `ssh-keygen -F` print them); revoked keys and comments are skipped.
    static func keys(in text: String) -> Set<String> {
        var keys: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.first == "@revoked" { continue }
            if fields.first?.hasPrefix("@") == true { fields.removeFirst() }
            if fields.count >= 3 { keys.insert("\(fields[1]) \(fields[2])") }
        }
        return keys
    }
}
