import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import NoticeboardPublish

/// An `s3` target: moto's S3 server on a free port, the stand-in for OSS, COS and OBS. The keys come from
/// the environment; the objects carry the headers WeChat needs, and the live site is fetched from moto.
@Suite struct S3PublishTests {
    static let programs = ["rclone", "moto_server"]

    @Test(.enabled(if: Programs.runnable(programs), Comment(rawValue: Programs.missing(programs))))
    func publishesToABucketWithItsHeaders() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-s3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let s3 = try await S3Server.start(in: folder, bucket: "gongshi")
        defer { s3.server.stop() }
        let rclone = try Programs.require("rclone")
        let site = try await PublishSite(months: 3) { _ in
            "name: oss\nkind: s3\nendpoint: \(s3.endpoint)\nbucket: gongshi\nregion: us-east-1\nprefix: city/\nacl: public-read\nmax_deletes: 1"
        }
        defer { site.remove() }
        let mirror = folder.appendingPathComponent("mirror")
        try await PublishScenario(site: site, files: {
            // A copy of the bucket's folder, made the same as it by MD5 (S3 lists each object's).
            try s3.rclone(rclone, ["sync", "--checksum", "s3:gongshi/city", mirror.path])
            return TargetFiles(folder: mirror)
        }, putByHand: { path, bytes in
            let file = folder.appendingPathComponent("by-hand")
            try bytes.write(to: file)
            try s3.rclone(rclone, ["copyto", file.path, "s3:gongshi/city/\(path)"])
        }, verifyURL: "\(s3.endpoint)/gongshi/city/", environment: S3Server.credentials, killAt: [5], showsThePlan: false).run()

        let page = try await FolderPublishTests.get("\(s3.endpoint)/gongshi/city/xq-0001/index.html")
        #expect(page.status == 200 && page.headers["Cache-Control"] == "no-cache" && page.headers["Content-Type"] == "text/html; charset=utf-8", "\(page)")
        let css = try #require(try site.digests().keys.first { $0.hasPrefix("style.") })
        let stylesheet = try await FolderPublishTests.get("\(s3.endpoint)/gongshi/city/\(css)")
        #expect(stylesheet.headers["Cache-Control"] == "public, max-age=31536000, immutable" && stylesheet.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("nginx.conf.example").path), "an object store sets its headers itself")
    }
}
