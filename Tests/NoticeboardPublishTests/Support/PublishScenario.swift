import Foundation
import Testing

/// The publish every kind of target must pass: the sample published whole; a month added and only the
/// changed files sent; `--dry-run` changing nothing; rclone killed mid-publish with every live link still
/// working, and a rerun completing it; deletions over `max_deletes` refused; a file put there by hand never
/// deleted, a published one changed there by hand told and repaired; the live site verified after every publish.
struct PublishScenario {
    let site: PublishSite
    /// A copy of what the target holds now.
    let files: () throws -> TargetFiles
    /// Writes a file on the target by hand, as staff might: its path on the target, its bytes.
    let putByHand: (String, Data) throws -> Void
    let verifyURL: String
    var environment: [String: String] = [:]
    /// The rclone runs to kill in the publish that adds a month (each rerun counts from 1 again).
    let killAt: [Int]
    /// Whether to show the second dry run's plan and a deletion over `max_deletes` refused: both are decided
    /// from the listing and the manifest, the same for every kind of target, so one suite (the folder's) shows
    /// them and the others spend their time on what differs, the transfers.
    var showsThePlan = true

    static let byHand = "uploads/by-hand.txt"
    /// A published page that adding a month leaves as it is, edited on the target by hand.
    static let edited = "notices/caiwu-gongkai/index.html"

    func run() async throws {
        let before = try files().snapshot()
        let dry = try publish(["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try files().snapshot() == before, "--dry-run changes nothing")

        let first = try publish([])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let v1 = try site.digests()
        #expect(first.stdout.contains("\(v1.count) files sent, 0 deleted"), "\(first.stdout)")
        #expect(first.stdout.contains("✓ the live site serves what was sent"), "\(first.stdout)")
        #expect(try files().differences(from: v1) == [])
        try putByHand(Self.byHand, Data("staff".utf8))
        try putByHand(Self.edited, Data("<p>edited on the server</p>".utf8))

        // A month more: only what changed goes up, after a dry run that says so and changes nothing.
        try await site.write(months: 4)
        if showsThePlan {
            let held = try files().snapshot()
            let plan = try publish(["--dry-run"])
            let v2 = try site.digests()
            let changed = v2.filter { v1[$0.key] != $0.value }.count
            #expect(plan.stdout.contains("send \(changed + 1) files, delete 0"), "\(plan.stdout)")
            #expect(plan.stdout.contains("1 files noticeboard published were changed or removed on the target by hand; they are sent again or deleted:\n  \(Self.edited)"))
            #expect(try files().snapshot() == held, "--dry-run changes nothing")
        } else {
            #expect(try site.run(["build"]).status == 0)
        }
        let v2 = try site.digests()
        let changed = v2.filter { v1[$0.key] != $0.value }.count
        #expect(changed > 0 && changed < v2.count && v1[Self.edited] == v2[Self.edited])

        for call in killAt {
            let killed = try publish([], environment: try site.killingRclone(atCall: call))
            #expect(killed.status == 3, "rclone killed at run \(call): \(killed.stdout)\(killed.stderr)")
            #expect(try files().brokenLinks() == [], "rclone killed at run \(call)")
        }
        let second = try publish([])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("\(changed + 1) files sent, 0 deleted"), "every file the stopped runs meant to send is sent again: \(second.stdout)")
        let sent = try files()
        #expect(sent.differences(from: v2) == [])
        #expect(sent.brokenLinks() == [])
        let share = try String(contentsOf: site.root.appendingPathComponent("share.txt"), encoding: .utf8)
        #expect(share.contains("https://gongshi.example.cn/city/xq-0001/ledger/2025-02/ 服务清单 https://gongshi.example.cn/city/xq-0001/services/2025-02/"), "\(share)")
        #expect(second.stdout.contains(share.split(separator: "\n").first.map(String.init) ?? "-"))

        // Two pages gone: more than max_deletes (1) is refused, and allowed with --allow-deletes.
        for compound in ["xq-0001", "xq-0002"] {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/compounds/\(compound)/notices/gongyue.md"))
        }
        if showsThePlan {
            let kept = try files().snapshot()
            let refused = try publish([])
            #expect(refused.status == 2 && refused.stderr.contains("would delete 2 files from the target, more than 1"), "\(refused.stderr)")
            #expect(refused.stderr.contains("xq-0001/notices/gongyue/index.html"))
            #expect(try files().snapshot() == kept)
        }
        let allowed = try publish(["--allow-deletes", "2"])
        #expect(allowed.status == 0 && allowed.stdout.contains("2 deleted"), "\(allowed.stdout)\(allowed.stderr)")
        let last = try files()
        #expect(last.differences(from: try site.digests()) == [])
        #expect(last.snapshot()["xq-0001/notices/gongyue/index.html"] == nil)
        #expect(last.snapshot()[Self.byHand] != nil, "a file put there by hand is never deleted")
        #expect(last.brokenLinks() == [])
    }

    private func publish(_ arguments: [String], environment: [String: String] = [:]) throws -> Spawn.Result {
        try site.run(["publish", "--verify-url", verifyURL] + arguments, environment: self.environment.merging(environment) { $1 })
    }
}
