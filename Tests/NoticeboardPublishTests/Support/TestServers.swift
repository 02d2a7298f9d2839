import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The programs the publish tests use, found on the PATH or in /usr/sbin. A test whose program is missing
/// is skipped with a message (`scripts/install-packages.sh --for-tests` installs them); under `CI=true`
/// it runs, and fails.
enum Programs {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether a test needing `names` runs: when all are installed, and always under CI.
    static func runnable(_ names: [String]) -> Bool {
        isCI || names.allSatisfy { path($0) != nil }
    }

    static func missing(_ names: [String]) -> String {
        "missing \(names.filter { path($0) == nil }.joined(separator: ", ")): scripts/install-packages.sh --for-tests"
    }

    /// The program's path, or a thrown error naming it (under CI a missing program fails the test).
    static func require(_ name: String) throws -> String {
        guard let path = path(name) else { throw TestFailure("\(name) is not installed: scripts/install-packages.sh --for-tests") }
        return path
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A server on 127.0.0.1 that a test started, in its own process, stopped by `stop()`.
final class TestServer: @unchecked Sendable {
    let pid: pid_t
    let port: Int
    let log: URL

    private init(pid: pid_t, port: Int, log: URL) {
        self.pid = pid
        self.port = port
        self.log = log
    }

    func stop() {
        kill(pid, SIGKILL)
        _ = Spawn.wait(pid)
    }

    /// Starts `executable` and waits until it accepts connections on `port`.
    static func start(_ executable: String, _ arguments: [String], port: Int, log: URL) async throws -> TestServer {
        let server = TestServer(pid: try Spawn.start(executable, arguments, stdout: log), port: port, log: log)
        for _ in 0..<500 {
            if accepts(port) { return server }
            var status: Int32 = 0
            if waitpid(server.pid, &status, WNOHANG) == server.pid { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        server.stop()
        throw TestFailure("\(executable) did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    /// A port on 127.0.0.1 nothing listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}

/// OpenSSH's server on a free port, as the current user, with a throwaway host key and user key, and a
/// known_hosts that lists the host key.
struct SSHServer {
    let server: TestServer
    let userKey: URL
    let knownHosts: URL
    /// A host key the server does not have, for a known_hosts that names another key.
    let otherHostKey: String
    let user: String

    static func start(in folder: URL) async throws -> SSHServer {
        let sshd = try Programs.require("sshd"), keygen = try Programs.require("ssh-keygen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["host", "user", "other"] {
            try run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", folder.appendingPathComponent(name).path])
        }
        try FileManager.default.copyItem(at: folder.appendingPathComponent("user.pub"), to: folder.appendingPathComponent("authorized_keys"))
        // sshd wants its privilege separation folder, which Debian makes only when the service starts.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        let port = TestServer.freePort()
        let user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let config = folder.appendingPathComponent("sshd_config")
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.path)/host
            PidFile \(folder.path)/sshd.pid
            AuthorizedKeysFile \(folder.path)/authorized_keys
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            AllowUsers \(user)
            Subsystem sftp internal-sftp

            """.write(to: config, atomically: true, encoding: .utf8)
        let server = try await TestServer.start(sshd, ["-D", "-e", "-f", config.path], port: port, log: folder.appendingPathComponent("sshd.log"))
        let key = { (name: String) in
            ((try? String(contentsOf: folder.appendingPathComponent("\(name).pub"), encoding: .utf8)) ?? "").split(separator: " ").prefix(2).joined(separator: " ")
        }
        let knownHosts = folder.appendingPathComponent("known_hosts")
        try "[127.0.0.1]:\(port) \(key("host"))\n".write(to: knownHosts, atomically: true, encoding: .utf8)
        return SSHServer(server: server, userKey: folder.appendingPathComponent("user"), knownHosts: knownHosts, otherHostKey: key("other"), user: user)
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        guard try Spawn.run(executable, arguments).status == 0 else { throw TestFailure("\(executable) \(arguments) failed") }
    }
}

/// nginx on a free port, serving what its `server { }` lines say (the ones `publish` writes as nginx.conf.example).
enum Nginx {
    static func start(in folder: URL, port: Int, server lines: String) async throws -> TestServer {
        let nginx = try Programs.require("nginx")
        let temp = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("nginx.conf")
        try """
            daemon off;
            master_process off;
            worker_processes 1;
            pid \(folder.path)/nginx.pid;
            error_log \(folder.path)/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path \(temp.path); proxy_temp_path \(temp.path); fastcgi_temp_path \(temp.path);
                uwsgi_temp_path \(temp.path); scgi_temp_path \(temp.path);
                server {
                    listen 127.0.0.1:\(port);
            \(lines)
                }
            }

            """.write(to: config, atomically: true, encoding: .utf8)
        return try await TestServer.start(nginx, ["-p", folder.path, "-c", config.path, "-e", folder.appendingPathComponent("error.log").path],
                                          port: port, log: folder.appendingPathComponent("nginx.log"))
    }
}

/// moto's S3 server on a free port, the stand-in for OSS, COS and OBS, with one bucket.
struct S3Server {
    let server: TestServer
    let bucket: String
    var endpoint: String { "http://127.0.0.1:\(server.port)" }
    /// The keys moto accepts, given to rclone as the environment would give them.
    static let credentials = ["AWS_ACCESS_KEY_ID": "testing-key", "AWS_SECRET_ACCESS_KEY": "testing-secret"]

    static func start(in folder: URL, bucket: String) async throws -> S3Server {
        let moto = try Programs.require("moto_server"), rclone = try Programs.require("rclone")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let port = TestServer.freePort()
        let server = try await TestServer.start(moto, ["-H", "127.0.0.1", "-p", String(port)], port: port, log: folder.appendingPathComponent("moto.log"))
        let s3 = S3Server(server: server, bucket: bucket)
        try s3.rclone(rclone, ["mkdir", "s3:\(bucket)"])
        return s3
    }

    /// rclone on the bucket, as remote `s3:`.
    func rclone(_ rclone: String, _ arguments: [String]) throws {
        var environment = ProcessInfo.processInfo.environment.merging(Self.credentials) { $1 }
        environment.removeValue(forKey: "AWS_CA_BUNDLE")
        environment["RCLONE_CONFIG_S3_TYPE"] = "s3"
        environment["RCLONE_CONFIG_S3_PROVIDER"] = "Other"
        environment["RCLONE_CONFIG_S3_ENDPOINT"] = endpoint
        environment["RCLONE_CONFIG_S3_ENV_AUTH"] = "true"
        environment["RCLONE_CONFIG_S3_ACL"] = "public-read"
        let run = try Spawn.run(rclone, ["--config", "/dev/null"] + arguments, environment: environment)
        guard run.status == 0 else { throw TestFailure("rclone \(arguments) failed on moto: \(run.stderr)") }
    }
}
