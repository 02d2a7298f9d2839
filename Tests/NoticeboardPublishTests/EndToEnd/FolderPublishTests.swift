import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import NoticeboardPublish

/// A `folder` target: a web root nginx serves, with the lines `publish` writes as nginx.conf.example.
@Suite struct FolderPublishTests {
    static let programs = ["rclone", "nginx"]

    @Test(.enabled(if: Programs.runnable(programs), Comment(rawValue: Programs.missing(programs))))
    func publishesToAWebRootAndProvesIt() async throws {
        let site = try await PublishSite(months: 3) { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("www"), withIntermediateDirectories: true)
            return "name: web\nkind: folder\npath: \(folder.path)/www\nmax_deletes: 1"
        }
        defer { site.remove() }
        let www = site.folder.appendingPathComponent("www"), stale = site.folder.appendingPathComponent("stale")
        let lines = NginxExample.text(target: "web", baseURL: PublishSite.baseURL, folder: www.path)
        let port = TestServer.freePort()
        let nginx = try await Nginx.start(in: site.folder.appendingPathComponent("nginx"), port: port,
                                          server: lines + "location /stale/ { alias \(stale.path)/; }\n")
        defer { nginx.stop() }
        let base = "http://127.0.0.1:\(port)/city/"
        try await PublishScenario(site: site, files: { TargetFiles(folder: www) }, putByHand: { path, bytes in
            try FileManager.default.createDirectory(at: www.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: www.appendingPathComponent(path))
        }, verifyURL: base, killAt: [3]).run()
        #expect(try String(contentsOf: site.root.appendingPathComponent("nginx.conf.example"), encoding: .utf8) == lines,
                "the lines nginx was tested with are the ones publish writes")

        // Through nginx: pages revalidated, the digest-named stylesheet kept a year, UTF-8, the manifest hidden.
        let page = try await Self.get(base + "xq-0001/")
        #expect(page.status == 200 && page.headers["Cache-Control"] == "no-cache" && page.headers["Content-Type"] == "text/html; charset=utf-8")
        let css = try #require(try site.digests().keys.first { $0.hasPrefix("style.") })
        let stylesheet = try await Self.get(base + css)
        #expect(stylesheet.headers["Cache-Control"] == "public, max-age=31536000, immutable" && stylesheet.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(try await Self.get(base + ".noticeboard-publish").status == 403)
        #expect(try await Self.get(base + "no/such/page/").status == 404)

        // A proxy serving an old home page and no sitemap: the upload works, the live site differs, exit 4 with each address.
        try FileManager.default.copyItem(at: www, to: stale)
        try Data("<p>old</p>".utf8).write(to: stale.appendingPathComponent("index.html"))
        try FileManager.default.removeItem(at: stale.appendingPathComponent("sitemap.xml"))
        let differs = try site.run(["publish", "--verify-url", "http://127.0.0.1:\(port)/stale/"])
        #expect(differs.status == 4, "\(differs.stdout)\(differs.stderr)")
        #expect(differs.stdout.contains("✗ the upload worked, but 2 addresses of the live site differ"), "\(differs.stdout)")
        #expect(differs.stdout.contains("/stale/index.html  SHA-256") && differs.stdout.contains("/stale/sitemap.xml  HTTP 404"))
    }

    @Test(.enabled(if: Programs.runnable(["rclone"]), Comment(rawValue: Programs.missing(["rclone"]))))
    func refusesAMissingWebRootAndAnUnknownTarget() async throws {
        let site = try await PublishSite(months: 1) { folder in "name: web\nkind: folder\npath: \(folder.path)/not-mounted" }
        defer { site.remove() }
        let missing = try site.run(["publish"])
        #expect(missing.status == 2 && missing.stderr.contains("does not exist (is the web root mounted?)"), "\(missing.stderr)")
        let unknown = try site.run(["publish", "--target", "oss"])
        #expect(unknown.status == 2 && unknown.stderr.contains("there is no publish target oss; site.yaml has: web"), "\(unknown.stderr)")
    }

    static func get(_ address: String) async throws -> (status: Int, headers: [String: String]) {
        let (_, response) = try await URLSession.shared.data(from: try #require(URL(string: address)))
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.allHeaderFields.reduce(into: [:]) { $0["\($1.key)"] = "\($1.value)" })
    }
}
