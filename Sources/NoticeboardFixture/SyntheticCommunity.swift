import DefaultSite
import Foundation
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// `noticeboard generate-fixture`: a realistic synthetic community for measuring speed and memory —
/// branches, committees, monthly statements of 10–40 lines, approvals, service lists, evaluations,
/// plates and notices — that checks clean. The same arguments give the same bytes, and `months + 1`
/// gives the same files plus one more month for every compound.
public struct SyntheticCommunity: Sendable {
    public let compounds: Int
    public let months: Int
    /// The first month; later months follow it.
    static let firstMonth = Month(year: 2024, month: 11)!
    /// Compounds in one joint branch.
    static let jointBranchSize = 8

    public init(compounds: Int, months: Int) {
        self.compounds = compounds
        self.months = months
    }

    /// Writes the site root: `content/`, and the `seeds/` and `templates/` of `defaults` where the root has
    /// none yet. Returns the number of files.
    @discardableResult
    public func write(to root: URL, defaults: [SiteFile] = DefaultSite.files) async throws -> Int {
        let fm = FileManager.default
        for folder in ["seeds", "templates"] where !fm.fileExists(atPath: root.appendingPathComponent(folder).path) {
            for file in defaults where file.path.hasPrefix(folder + "/") { try file.write(below: root, overwriting: true) }
        }
        let plan = SyntheticPlan(compounds: compounds)
        var files = [("content/site.yaml", siteYAML)]
        files += plan.branches.map { ("content/branches/\($0.id).yaml", $0.yaml) }
        files += SyntheticRecords.communityNotices
        let perCompound = await Array(0..<compounds).concurrentMap { index in
            SyntheticRecords(plan: plan, index: index, months: months).files()
        }
        files += perCompound.flatMap { $0 }
        let folders = Set(files.map { (root.appendingPathComponent($0.0).path as NSString).deletingLastPathComponent })
        for folder in folders.sorted() { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let failures = await files.concurrentMap { path, text -> String? in
            let url = root.appendingPathComponent(path)
            let data = Data(text.utf8)
            // Unchanged files keep their bytes and times, as a worker's untouched records would.
            if FileManager.default.contents(atPath: url.path) == data { return nil }
            do { try data.write(to: url) } catch { return url.path }
            return nil
        }
        if let failed = failures.compactMap({ $0 }).first {
            throw InputOutputError(path: failed, reason: "写入失败 / cannot write")
        }
        return files.count
    }

    var siteYAML: String {
        """
        community: 示例市城区
        street: 示例街道
        base_url: https://gongshi.example.cn/city/
        rules: \(ContentLoader.defaultRulePack)
        party_committee: {name: 示例市城区党工委}
        street_party_committee: 示例街道党工委
        supervision:
          phone: 0351-7000000

        """
    }
}

/// Which compounds exist and how they are organised, decided once for all records.
struct SyntheticPlan: Sendable {
    struct Branch: Sendable {
        let id: String
        let yaml: String
    }

    struct CompoundPlan: Sendable {
        let slug: String
        let name: String
        let households: Int
        let buildings: Int
        let secretary: String
    }

    let compounds: [CompoundPlan]
    let branches: [Branch]

    init(compounds count: Int) {
        var random = SeededRandom(1)
        var compounds = (0..<count).map { index -> CompoundPlan in
            let households = random.int(0...9) < 3 ? random.int(100...420) : random.int(24...99)
            return CompoundPlan(slug: SyntheticNames.slug(index), name: SyntheticNames.compound(index), households: households,
                                buildings: max(1, households / 24), secretary: SyntheticNames.person(index, 1))
        }
        var branches: [Branch] = []
        func own(_ index: Int) {
            let c = compounds[index]
            branches.append(Branch(id: c.slug, yaml: """
                name: \(c.name)党支部
                kind: own
                compounds: [\(c.slug)]
                secretary: \(c.secretary)
                established: 2021-06-\(String(format: "%02d", index % 28 + 1))
                groups:
                  - name: 1号楼党小组
                    leader: \(SyntheticNames.person(index, 2))
                    buildings: ["1"]
                    center_households:
                      - {name: \(SyntheticNames.person(index, 3)), unit: 1-1-301}

                """))
        }
        func joint(_ members: [Int]) {
            let number = branches.count + 1
            let secretary = SyntheticNames.person(members[0], SyntheticNames.rolesPerCompound - 1)
            for index in members {
                let c = compounds[index]
                compounds[index] = CompoundPlan(slug: c.slug, name: c.name, households: c.households, buildings: c.buildings, secretary: secretary)
            }
            branches.append(Branch(id: "lianhe-\(String(format: "%04d", number))", yaml: """
                name: 第\(number)片区联合党支部
                kind: joint
                compounds: [\(members.map { compounds[$0].slug }.joined(separator: ", "))]
                secretary: \(secretary)
                established: 2021-08-16

                """))
        }
        // Compounds of 100 households or more have their own branch; smaller ones form joint branches of eight.
        var pending: [Int] = []
        for index in 0..<count {
            if compounds[index].households >= 100 {
                own(index)
            } else {
                pending.append(index)
                if pending.count == SyntheticCommunity.jointBranchSize { joint(pending); pending = [] }
            }
        }
        if pending.count == 1 { own(pending[0]) } else if pending.count > 1 { joint(pending) }
        self.compounds = compounds
        self.branches = branches
    }
}

/// Names that read like a Chinese city's and never belong to a real person on purpose.
enum SyntheticNames {
    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
    static let firstCharacters = Array("建秀桂志丽敏伟芳军霞玉淑国海红振文春秋永德学爱小长宏立明华英")
    static let secondCharacters = Array("国英兰强华平军芳明红生林梅杰东成刚伟燕霞勇娟涛斌超辉玲静丹")
    /// Roles per compound; person numbers are unique below surnames × 30 × 30.
    static let rolesPerCompound = 40

    /// The person in `role` (0–39) of compound `index`: distinct for every (index, role).
    static func person(_ index: Int, _ role: Int) -> String {
        let k = index * rolesPerCompound + role
        let s = surnames.count, f = firstCharacters.count
        return String([surnames[k % s], firstCharacters[k / s % f], secondCharacters[k / (s * f) % secondCharacters.count]])
    }

    static func slug(_ index: Int) -> String { "xq-\(String(format: "%04d", index + 1))" }

    static let streets = ["建设路", "解放路", "和平街", "迎泽街", "五一路", "新建路", "府东街", "并州路", "体育路", "长风街", "学府街", "南内环"]

    static func compound(_ index: Int) -> String {
        "\(streets[index % streets.count])\(index / streets.count + 1)号院"
    }
}
