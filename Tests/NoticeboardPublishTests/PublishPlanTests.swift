import Foundation
import Testing
@testable import NoticeboardPublish

/// What goes up, what is deleted and what is left alone, decided from the site, the manifest and the
/// target's listing; and the manifest's own text.
@Suite struct PublishPlanTests {
    static func file(_ size: Int, _ digit: Character) -> BuiltSite.File {
        BuiltSite.File(size: size, sha256: String(repeating: digit, count: 64))
    }

    @Test func onlyWhatChangedGoesUpAndOnlyWhatWasPublishedIsDeleted() {
        let site = ["index.html": Self.file(10, "a"), "a/index.html": Self.file(5, "b"), "new/index.html": Self.file(3, "c")]
        let manifest = PublishManifest(entries: ["index.html": .init(size: 10, sha256: String(repeating: "0", count: 64)),
                                                 "a/index.html": .init(size: 5, sha256: String(repeating: "b", count: 64)),
                                                 "gone/index.html": .init(size: 4, sha256: String(repeating: "d", count: 64))])
        let listing = ["index.html": 10, "a/index.html": 5, "gone/index.html": 4, "uploads/photo.jpg": 99, PublishManifest.fileName: 300]
        let plan = PublishPlan(site: site, manifest: manifest, listing: listing)
        #expect(plan.uploads == [.init(path: "index.html", reason: .changed), .init(path: "new/index.html", reason: .new)])
        #expect(plan.deletions == ["gone/index.html"])
        #expect(plan.othersKept == 1, "uploads/photo.jpg is not noticeboard's: never deleted")
        #expect(plan.editedByHand.isEmpty)
        #expect(plan.pending.entries["new/index.html"] == .init(size: 3, sha256: nil))
        #expect(plan.pending.entries["gone/index.html"] != nil, "still listed until it is deleted")
        #expect(Set(plan.finished.entries.keys) == Set(site.keys))
    }

    @Test func aTargetEditedByHandIsToldAndRepaired() {
        let site = ["index.html": Self.file(10, "a"), "b.html": Self.file(5, "b"), "c.html": Self.file(6, "c")]
        let manifest = PublishManifest(entries: ["index.html": .init(size: 10, sha256: String(repeating: "a", count: 64)),
                                                 "b.html": .init(size: 5, sha256: String(repeating: "b", count: 64))])
        // index.html was edited on the server (another size), b.html deleted there, c.html put there by hand.
        let plan = PublishPlan(site: site, manifest: manifest, listing: ["index.html": 12, "c.html": 6])
        #expect(plan.editedByHand == ["b.html", "index.html"])
        #expect(plan.uploads == [.init(path: "b.html", reason: .restored), .init(path: "c.html", reason: .replacing),
                                 .init(path: "index.html", reason: .restored)])
        #expect(plan.deletions.isEmpty)
    }

    @Test func whatAStoppedPublishSentIsSentAgain() {
        let site = ["index.html": Self.file(10, "a")]
        let pending = PublishManifest(entries: ["index.html": .init(size: 10, sha256: nil), "old.html": .init(size: 1, sha256: nil)])
        let plan = PublishPlan(site: site, manifest: pending, listing: ["index.html": 10, "old.html": 1])
        #expect(plan.uploads == [.init(path: "index.html", reason: .unfinished)])
        #expect(plan.deletions == ["old.html"], "a file the stopped publish sent is the tool's to delete")
    }

    @Test func theManifestReadsBackWhatItWrites() throws {
        let manifest = PublishManifest(entries: ["b/index.html": .init(size: 3, sha256: String(repeating: "f", count: 64)),
                                                 "a.css": .init(size: 0, sha256: nil)])
        #expect(manifest.text == "noticeboard-publish-1\na.css\t0\t-\nb/index.html\t3\t\(String(repeating: "f", count: 64))\n")
        #expect(PublishManifest(text: manifest.text) == manifest)
        #expect(PublishManifest(text: String(manifest.text.dropLast(5))) == nil, "a manifest cut short is not read as a smaller one")
        #expect(PublishManifest(text: "<html>") == nil)
    }

    @Test func linksResolveToTheSitesPaths() {
        let links = PageLinks(baseURL: "https://gongshi.example.cn/city/")
        let page = Data("""
            <link rel="stylesheet" href="../../../style.0123abcd.css"><a href="../../index.html">x</a>
            <a href="../2026-11/">next</a><a href="https://gongshi.example.cn/city/">home</a><a href="/city/overview/">o</a>
            <a href="tel:0351">t</a><a href="https://other.example/x">o</a><a href="#top">top</a><img src='print.html?v=1'>
            """.utf8)
        #expect(links.targets(of: "xq/ledger/2026-10/index.html", page) == [
            "style.0123abcd.css", "xq/index.html", "xq/ledger/2026-11/index.html", "index.html", "overview/index.html", "xq/ledger/2026-10/print.html",
        ])
        #expect(links.resolve("../../../../x", from: "a/b/index.html") == nil, "above the site")
    }

    /// A month added: the new month's page goes up before the month before it (which now links to it),
    /// both before the compound page, the compound page before the index, the sitemap last; assets first.
    @Test func filesGoUpAfterWhatTheyLinkTo() {
        let uploads: [PublishPlan.Upload] = [
            .init(path: "index.html", reason: .changed), .init(path: "sitemap.xml", reason: .changed),
            .init(path: "xq/index.html", reason: .changed), .init(path: "xq/ledger/2026-10/index.html", reason: .changed),
            .init(path: "xq/ledger/2026-11/index.html", reason: .new), .init(path: "style.0123abcd.css", reason: .new),
        ]
        let links: [String: Set<String>] = [
            "index.html": ["xq/index.html", "xq/ledger/2026-11/index.html", "style.0123abcd.css"],
            "sitemap.xml": ["index.html", "xq/index.html", "xq/ledger/2026-10/index.html", "xq/ledger/2026-11/index.html"],
            "xq/index.html": ["index.html", "xq/ledger/2026-10/index.html", "xq/ledger/2026-11/index.html", "style.0123abcd.css"],
            "xq/ledger/2026-10/index.html": ["index.html", "xq/index.html", "xq/ledger/2026-11/index.html", "style.0123abcd.css"],
            "xq/ledger/2026-11/index.html": ["index.html", "xq/index.html", "xq/ledger/2026-10/index.html", "style.0123abcd.css"],
        ]
        let order = UploadOrder.stages(of: uploads, links: links).flatMap { $0 }
        #expect(order == ["style.0123abcd.css", "xq/ledger/2026-11/index.html", "xq/ledger/2026-10/index.html", "xq/index.html", "index.html", "sitemap.xml"])
    }

    @Test func digestNamedFilesAreKeptAYearAndPagesRevalidated() {
        let sha = "94036ee7" + String(repeating: "0", count: 56)
        #expect(UploadHeaders.headers(of: "style.94036ee7.css", sha256: sha) == ["Cache-Control: public, max-age=31536000, immutable", "Content-Type: text/css; charset=utf-8"])
        #expect(UploadHeaders.headers(of: "style.12345678.css", sha256: sha)[0] == "Cache-Control: no-cache", "a name that is not its digest")
        #expect(UploadHeaders.headers(of: "xq/index.html", sha256: sha) == ["Cache-Control: no-cache", "Content-Type: text/html; charset=utf-8"])
    }
}
