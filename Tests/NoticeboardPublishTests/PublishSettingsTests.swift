import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel

/// `publish:` in site.yaml is read like every record: each kind's keys, a "did you mean" for a mistyped
/// one, the values checked, every problem at its line and column.
@Suite struct PublishSettingsTests {
    static func read(_ publish: String) throws -> (targets: [PublishTarget], diagnostics: [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try ("community: 测试社区\nstreet: 测试街道\nbase_url: https://example.org/board/\npublish:\n" + publish)
            .write(to: root.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        let read = PublishTarget.read(root: root)
        return (read.targets, read.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue) \($0.message.en)" })
    }

    @Test func aTargetOfEachKindIsRead() throws {
        let read = try Self.read("""
              - {name: web, kind: folder, path: /srv/www/board}
              - {name: server, kind: 服务器, host: gongshi.example.cn, user: gongshi, path: /var/www/board, key_file: ~/.ssh/id_ed25519}
              - {name: oss, kind: s3, endpoint: "https://oss-cn-beijing.aliyuncs.com", bucket: board, prefix: /board/, max_deletes: 10}

            """)
        #expect(read.diagnostics == [])
        #expect(read.targets.map(\.name) == ["web", "server", "oss"])
        guard read.targets.count == 3, case .sftp(let server) = read.targets[1].place, case .s3(let bucket) = read.targets[2].place else {
            Issue.record("\(read.targets)"); return
        }
        #expect(server.port == 22 && server.keyFile == "~/.ssh/id_ed25519" && server.knownHosts == nil)
        #expect(bucket.prefix == "board" && bucket.provider == nil && read.targets[2].maxDeletes == 10 && read.targets[0].maxDeletes == 256)
    }

    @Test func everyProblemIsTold() throws {
        let read = try Self.read("""
              - {name: web, kind: folder, path: /srv/www, host: x}
              - {name: web, kind: sftp, host: h, user: u, path: p, prot: 22}
              - {name: "my target", kind: ftp}
              - {name: s, kind: sftp, host: h, user: u, path: p, port: 70000}

            """)
        #expect(read.diagnostics == [
            "5:47 IN-002 unknown key publish[1].host (expected one of: name, kind, max_deletes, path)",
            "6:56 IN-002 unknown key publish[2].prot; did you mean port? (expected one of: name, kind, max_deletes, host, port, user, path, key_file, known_hosts)",
            "7:12 IN-002 publish[3].name must be a name of ASCII letters, digits, - and _ (web)",
            "7:31 IN-002 publish[3].kind has the invalid value ftp; allowed: folder（文件夹）, sftp（服务器）, s3（对象存储）",
            "8:60 IN-002 publish[4].port must be a port from 1 to 65535",
            "6:5 IN-002 publish names two targets web",
        ])
    }
}
