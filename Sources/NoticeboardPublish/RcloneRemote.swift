import Foundation
import NoticeboardModel

/// A publish target as rclone's remote `nbtarget`, set up through `RCLONE_CONFIG_NBTARGET_*` environment
/// variables: no configuration file is written and none of the user's is read. Credentials are never
/// among them: rclone takes the S3 keys from the environment or the files the system keeps them in
/// (`env_auth`), and the SSH key from ssh-agent or `key_file`.
struct RcloneRemote: Sendable {
    static let name = "nbtarget"

    /// rclone's settings of the remote, by its option names.
    let settings: [String: String]
    /// Where the site goes on the remote.
    let path: String
    /// Whether the remote is an object store (S3): it keeps the headers files are uploaded with and stores each
    /// file whole; on a folder or SFTP server a web server sets the headers, and rclone writes files in place.
    let isObjectStore: Bool

    /// `root` is the site root, which a relative folder path starts from.
    init(_ target: PublishTarget, home: String, root: URL) {
        switch target.place {
        case .folder(let path):
            settings = ["type": "local"]
            self.path = Self.folder(path, home: home, root: root)
            isObjectStore = false
        case .sftp(let server):
            // No commands run on the server (an SFTP-only account works): the live site is checked by its bytes instead.
            var settings = ["type": "sftp", "host": server.host, "port": String(server.port), "user": server.user,
                            "known_hosts_file": Self.knownHosts(of: server, home: home), "shell_type": "none"]
            if let key = server.keyFile { settings["key_file"] = Self.expanded(key, home: home) }
            self.settings = settings
            self.path = server.path
            isObjectStore = false
        case .s3(let bucket):
            var settings = ["type": "s3", "provider": (bucket.provider ?? Self.provider(of: bucket.endpoint)).rawValue,
                            "endpoint": bucket.endpoint, "env_auth": "true"]
            if let region = bucket.region { settings["region"] = region }
            if let acl = bucket.acl { settings["acl"] = acl }
            self.settings = settings
            self.path = bucket.prefix.isEmpty ? bucket.bucket : "\(bucket.bucket)/\(bucket.prefix)"
            isObjectStore = true
        }
    }

    /// The remote's root, as rclone names it.
    var root: String { "\(Self.name):\(path)" }

    /// The variables that define the remote, added to rclone's environment.
    var environment: [String: String] {
        Dictionary(uniqueKeysWithValues: settings.map { ("RCLONE_CONFIG_\(Self.name.uppercased())_\($0.key.uppercased())", $0.value) })
    }

    /// The provider an endpoint's host belongs to, for rclone's quirks of each (virtual-host addressing on OSS).
    static func provider(of endpoint: String) -> StorageProvider {
        let host = URL(string: endpoint)?.host?.lowercased() ?? ""
        let known: [(String, StorageProvider)] = [("aliyuncs.com", .alibaba), ("myqcloud.com", .tencent), ("myhuaweicloud.com", .huawei),
                                                  ("qiniucs.com", .qiniu), ("amazonaws.com", .aws), ("amazonaws.com.cn", .aws)]
        return known.first { host == $0.0 || host.hasSuffix("." + $0.0) }?.1 ?? .other
    }

    /// The known_hosts file a server's host key is checked against: its `known_hosts`, or `~/.ssh/known_hosts`.
    static func knownHosts(of server: PublishTarget.Server, home: String) -> String {
        expanded(server.knownHosts ?? "~/.ssh/known_hosts", home: home)
    }

    /// A folder target's path as an absolute one: `~/…` is under `home`, a relative path under the site root.
    static func folder(_ path: String, home: String, root: URL) -> String {
        let expanded = expanded(path, home: home)
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : root.appendingPathComponent(expanded)
        return url.standardizedFileURL.path
    }

    /// `~/…` under `home`.
    static func expanded(_ path: String, home: String) -> String {
        path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst(1) : path
    }
}
