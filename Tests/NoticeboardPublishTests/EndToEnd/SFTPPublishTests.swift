import Foundation
import Testing
@testable import NoticeboardPublish

/// An `sftp` target: OpenSSH's server on a free port with a throwaway host key and user key, the folder it
/// writes served by nginx. A host key known_hosts does not list, or lists otherwise, is refused before anything is sent.
@Suite struct SFTPPublishTests {
    static let programs = ["rclone", "sshd", "ssh-keygen", "ssh-keyscan", "nginx"]

    @Test(.enabled(if: Programs.runnable(programs), Comment(rawValue: Programs.missing(programs))))
    func publishesOverSFTPAndRefusesAWrongHostKey() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-sftp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = TestServer.freePort()
        async let starting = SSHServer.start(in: folder.appendingPathComponent("ssh"))
        let www = folder.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        async let serving = Nginx.start(in: folder.appendingPathComponent("nginx"), port: port,
                                        server: NginxExample.text(target: "server", baseURL: PublishSite.baseURL, folder: www.path))
        let ssh = try await starting, nginx = try await serving
        defer { ssh.server.stop(); nginx.stop() }
        let site = try await PublishSite(months: 3) { _ in
            """
            name: server
            kind: sftp
            host: 127.0.0.1
            port: \(ssh.server.port)
            user: \(ssh.user)
            path: \(www.path)
            key_file: \(ssh.userKey.path)
            known_hosts: \(ssh.knownHosts.path)
            max_deletes: 1
            """
        }
        defer { site.remove() }
        try await PublishScenario(site: site, files: { TargetFiles(folder: www) }, putByHand: { path, bytes in
            try FileManager.default.createDirectory(at: www.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: www.appendingPathComponent(path))
        }, verifyURL: "http://127.0.0.1:\(port)/city/", killAt: [6], showsThePlan: false).run()

        let known = try String(contentsOf: ssh.knownHosts, encoding: .utf8)
        let before = TargetFiles(folder: www).snapshot()
        try await site.write(months: 4)
        try "[127.0.0.1]:\(ssh.server.port) \(ssh.otherHostKey)\n".write(to: ssh.knownHosts, atomically: true, encoding: .utf8)
        let changed = try site.run(["publish"])
        #expect(changed.status == 3 && changed.stderr.contains("differs from the one in \(ssh.knownHosts.path); refused"), "\(changed.stderr)")
        #expect(changed.stderr.contains("SHA256:"))
        try "".write(to: ssh.knownHosts, atomically: true, encoding: .utf8)
        let unknown = try site.run(["publish"])
        #expect(unknown.status == 3 && unknown.stderr.contains("is not in \(ssh.knownHosts.path); not connected"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("ssh-keyscan -p \(ssh.server.port) 127.0.0.1 >> \(ssh.knownHosts.path)"))
        #expect(TargetFiles(folder: www).snapshot() == before, "nothing is sent to a server whose key is not the known one")
        try known.write(to: ssh.knownHosts, atomically: true, encoding: .utf8)
    }
}
