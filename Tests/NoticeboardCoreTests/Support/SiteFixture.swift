import Foundation
@testable import NoticeboardChecks
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore

/// A small, valid site root in a temporary folder: one record of every kind.
/// Tests change one file to break one rule, so any other finding is a bug.
struct SiteFixture {
    let root: URL

    /// The repository, found from this file's path, for its templates, seeds and sample content.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let files: [String: String] = [
        "content/site.yaml": """
            community: 测试社区
            street: 测试街道
            base_url: https://example.org/board/
            rules: seeds/pack.yaml
            supervision:
              phone: 0351-1234567

            """,
        "content/branches/hexie.yaml": """
            name: 和谐小区党支部
            kind: own
            compounds: [hexie]
            secretary: 甲书记
            groups:
              - name: 1号楼党小组
                leader: 乙组长
                buildings: ["1"]
                center_households:
                  - {name: 丙中心, unit: 1-1-101}

            """,
        "content/branches/pianqu.yaml": """
            name: 片区联合党支部
            kind: joint
            compounds: [xiao-a, xiao-b]
            secretary: 丁书记

            """,
        "content/compounds/hexie/compound.yaml": """
            name: 和谐小区
            households: 120
            buildings: 2
            committee:
              name: 和谐小区物业管理委员会
              party_secretary: 甲书记
              review: {by: 街道党工委, date: 2021-06-01}
              election: {date: 2021-06-12, eligible: 120, voted: 100, approved: 90}
              members:
                - {name: 甲书记, role: 主任, party_member: true, nominated_by: party_group}
                - {name: 戊委员, role: 委员, party_member: true, nominated_by: residents}
                - {name: 己委员, role: 委员, party_member: false, nominated_by: self}
            account:
              managers:
                - {name: 甲书记, capacity: branch_secretary}
                - {name: 戊委员, capacity: committee_member}
                - {name: 庚代表, capacity: owner_representative}
              supervisors: [辛监督]
            fees:
              policy: 每户每月10元
              decided: {date: 2021-07-01, by: 居民议事会, approved: 100, of: 120}
            station:
              name: 和谐党群服务站
              shared_with: [xiao-a, xiao-b]
              eight_haves: [place, sign]
            institutions: [unit_head_reporting, red_white_council, residents_convention]

            """,
        "content/compounds/hexie/ledger/2026-09.yaml": """
            month: 2026-09
            opening: "3,000.00"
            income:
              - {date: 2026-09-03, item: 卫生费, amount: 300, voucher: S-1}
            expenses:
              - {date: 2026-09-08, item: 下水管更换, amount: "2,500.00", voucher: Z-1, payee: 维修部, approval: A-1}
            closing: "800.00"
            prepared_by: 戊委员
            checked_by: [辛监督]
            posted: 2026-10-05

            """,
        "content/compounds/hexie/ledger/2026-10.yaml": """
            month: 2026-10
            opening: "800.00"
            income:
              - {date: 2026-10-03, item: 10-12月卫生费, amount: 3600, voucher: S-2}
            expenses: []
            closing: "4,400.00"
            collection:
              due: 120
              paid: 118
              exempt:
                - {count: 2, reason: 低保户减免}
            prepared_by: 戊委员
            checked_by: [辛监督]
            posted: 2026-11-05

            """,
        "content/compounds/hexie/approvals/A-1.md": """
            ---
            subject: 下水管更换
            budget: "3,000.00"
            proposal:     {date: 2026-08-01, by: 物管会}
            consultation: {date: 2026-08-05, by: 居民议事会}
            deliberation: {date: 2026-08-09, by: 小区党支部}
            resolution:   {date: 2026-08-12, by: 居民代表会议, for: 30, against: 1, abstain: 0}
            ---
            会议纪要：比较三家报价。<script>alert(1)</script>

            """,
        "content/compounds/hexie/services/2026-10.md": """
            ---
            month: 2026-10
            items:
              - {name: 楼道清扫, standard: 每周两次, by: 保洁员, status: done}
              - {name: 车棚维护, by: 物管会, status: 进行中, note: 充电桩待修}
            feedback: {phone: 0351-1234567}
            posted: 2026-10-03
            ---
            | 事项 | 时间 |
            |---|---|
            | 收费 | 10月 |

            """,
        "content/compounds/hexie/services/2026-09.md": """
            ---
            month: 2026-09
            items:
              - {name: 楼道清扫, standard: 每周两次, by: 保洁员, status: done}
            feedback: {place: 和谐党群服务站}
            ---

            """,
        "content/compounds/hexie/evaluations/2026-Q3.yaml": """
            quarter: 2026-Q3
            date: 2026-10-10
            participants: 80
            results:
              - {item: 楼道清扫, satisfied: 60, basic: 15, unsatisfied: 5}
            issues:
              - {raised: 照明不足, response: 已加装}

            """,
        "content/compounds/hexie/households/1-1-101.md": """
            ---
            name: 丙中心
            unit: 1-1-101
            joined: 1990
            identity: 中共党员
            specialty: 家电维修
            duty: 1号楼环境卫生监督
            commitment: 随叫随到
            post: 环境卫生先锋岗
            area: 1号楼1单元
            ---
            有事找我。

            """,
        "content/compounds/hexie/notices/gongyue.md": """
            ---
            title: 居民公约
            date: 2026-03-01
            kind: convention
            ---
            1. 爱护公共设施。

            """,
        "content/compounds/xiao-a/compound.yaml": """
            name: 小A院
            households: 40
            station: {use: hexie}
            institutions: [unit_head_reporting, red_white_council, residents_convention]

            """,
        "content/compounds/xiao-b/compound.yaml": """
            name: 小B院
            households: 30
            station: {use: hexie}
            institutions: [unit_head_reporting, red_white_council, residents_convention]

            """,
        "content/notices/tongzhi.md": """
            ---
            title: 收费通知
            date: 2026-09-25
            ---
            请按时缴费。

            """,
        "seeds/pack.yaml": """
            name: 测试规则包
            thresholds:
              own_branch_min_households: 100
              committee_party_ratio_min: 0.6
              major_expense_min: "2,000.00"
              post_within_days: 10
            eight_haves: {place: 有场所, sign: 有牌子}
            severity: {STN-002: warning}

            """,
    ]

    /// Writes the fixture, with `changes` replacing (or, when nil, removing) files, and the repository's templates.
    init(_ changes: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-\(UUID().uuidString)")
        var files = Self.files
        for (path, text) in changes { files[path] = text }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
    }

    /// One file of the fixture with `old` replaced by `new` (the text must occur).
    static func edit(_ path: String, _ old: String, _ new: String) -> [String: String?] {
        edit(path, [(old, new)])
    }

    /// One file of the fixture with several replacements, in order.
    static func edit(_ path: String, _ replacements: [(String, String)]) -> [String: String?] {
        var text = files[path]!
        for (old, new) in replacements {
            precondition(text.contains(old), "fixture \(path) has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return [path: text]
    }

    func check() async throws -> Pipeline.CheckResult { try await Pipeline(root: root).check() }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
