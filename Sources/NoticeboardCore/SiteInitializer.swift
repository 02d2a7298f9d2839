import DefaultSite
import Foundation
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

/// `noticeboard init`: a new community's site root that builds clean — site.yaml, one branch,
/// one compound, and the default templates and rule pack (built into the program, or read from
/// another site root's `templates/` and `seeds/`).
public struct SiteInitializer: Sendable {
    public let target: URL
    public let defaults: [SiteFile]

    public init(target: URL, defaults: [SiteFile] = DefaultSite.files) {
        self.target = target.standardizedFileURL
        self.defaults = defaults
    }

    /// The templates and rule pack of an existing site root, to start a new one from (`init --from`).
    public static func files(of root: URL) throws -> [SiteFile] {
        var files: [SiteFile] = []
        for folder in ["templates", "seeds"] {
            let top = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: top, includingPropertiesForKeys: [.isRegularFileKey]) else {
                throw InputOutputError(path: top.path, reason: "找不到模板或规则包文件夹 / no templates or seeds folder here")
            }
            for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = folder + "/" + url.standardizedFileURL.path.dropFirst(top.standardizedFileURL.path.count + 1)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw InputOutputError(path: url.path, reason: "无法读取 / cannot read")
                }
                files.append(SiteFile(path: relative, bytes: [UInt8](data)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Files written, relative to the new root. A folder that holds only files this would write, as it writes
    /// them (what an interrupted run left), is finished; any other folder that is not empty is refused.
    public func create(community: String, baseURL: String) throws -> [String] {
        let fm = FileManager.default
        let records = records(community: community, baseURL: baseURL).map { SiteFile(path: $0.0, bytes: Array($0.1.utf8)) }
        let present = try filesAnEarlierRunLeft(of: defaults + records)
        var written: [String] = []
        do {
            try fm.createDirectory(at: target, withIntermediateDirectories: true)
            for file in defaults + records where !present.contains(file.path) { try file.write(below: target, overwriting: false) }
        } catch {
            throw InputOutputError(path: target.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
        }
        for folder in ["templates", "seeds"] where defaults.contains(where: { $0.path.hasPrefix(folder + "/") }) {
            written.append(folder + "/")
        }
        return written + records.map(\.path)
    }

    /// The files of `planned` already in the target as they would be written; throws when the target holds
    /// anything else (hidden files and folders aside, as a `.git` may be there first).
    private func filesAnEarlierRunLeft(of planned: [SiteFile]) throws -> Set<String> {
        let expected = Dictionary(planned.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        let notEmpty = InputOutputError(path: target.path, reason: "文件夹不是空的，不会覆盖 / the folder is not empty; nothing was written")
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard let walk = FileManager.default.enumerator(at: target, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        var present: Set<String> = []
        for case let url as URL in walk {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(target.path.count + 1))
            guard values?.isRegularFile == true, let bytes = expected[relative],
                  FileManager.default.contents(atPath: url.path).map(Array.init) == bytes else { throw notEmpty }
            present.insert(relative)
        }
        return present
    }

    /// The first records, each field explained; the names are placeholders to replace.
    package func records(community: String, baseURL: String) -> [(String, String)] {
        [
            ("content/site.yaml", """
                # 社区的基本信息。改成你们社区的名称、街道和网站地址。
                community: \(community)          # 社区名称
                street: 某某街道                   # 所属街道
                base_url: \(baseURL)   # 网站地址（以 / 结尾）：张贴版二维码指向这里
                rules: \(ContentLoader.defaultRulePack)   # 规则包：门槛和各规则的严重程度
                party_committee: {name: \(community)党委}
                street_party_committee: 某某街道党工委
                supervision:
                  phone: 0351-0000000              # 社区监督电话，印在每张公示上

                """),
            ("content/branches/shili.yaml", """
                # 党支部：own = 单独建支 | joint = 联合党支部（覆盖两个以上小区）
                name: 示例小区党支部
                kind: own
                compounds: [shili]                 # 覆盖的小区（文件夹名）
                secretary: 某书记
                established: 2021-05-20

                """),
            ("content/compounds/shili/compound.yaml", """
                # 一个小区：文件夹名（shili）就是它在网址中的名字，只用小写字母、数字和 -。
                name: 示例小区
                households: 60                     # 户数；100户以上须单独建支并成立物管会
                buildings: 3
                property_management: none          # 无物业
                committee:                         # 物管会：党员不少于60%，经街道党工委审核、居民投票选举
                  name: 示例小区物业管理委员会
                  party_secretary: 某书记            # 由小区党支部书记兼任
                  review: {by: 某某街道党工委, date: 2021-06-01}
                  election: {date: 2021-06-12, eligible: 60, voted: 52, approved: 48}
                  members:                         # nominated_by: party_group 党小组推荐 | residents 群众举荐 | self 个人自荐
                    - {name: 某书记, role: 主任, party_member: true, nominated_by: party_group}
                    - {name: 委员甲, role: 副主任, party_member: true, nominated_by: residents}
                    - {name: 委员乙, role: 委员, party_member: true, nominated_by: party_group}
                    - {name: 委员丙, role: 委员, party_member: false, nominated_by: self}
                    - {name: 委员丁, role: 委员, party_member: false, nominated_by: residents}
                account:                           # 三方共管：党支部书记、物管会成员、业主代表
                  bank: 某银行某支行
                  managers:
                    - {name: 某书记, capacity: branch_secretary}
                    - {name: 委员乙, capacity: committee_member}
                    - {name: 业主代表, capacity: owner_representative}
                  supervisors: [监督员甲, 监督员乙]    # 居民监督小组：审核每月收支明细
                fees:                              # 一小区一对策：民主协商制定的收费制度
                  policy: 卫生费每户每月10元，按季度收取
                  decided: {date: 2021-07-05, by: 居民议事会, approved: 50, of: 60}
                station:                           # 党群服务站；共用别的小区的写 station: {use: 小区文件夹名}
                  name: 示例小区党群服务站
                  area_m2: 80
                  origin: 整合闲置空间
                  eight_haves: [place, sign, rules, facilities, staff, activities, records, funds]
                institutions: [unit_head_reporting, red_white_council, residents_convention]   # 单元长报到、红白理事会、居民公约

                """),
        ]
    }
}

extension SiteFile {
    /// Writes the file below `root`, whole or not at all (`DurableFile`), making the folders it needs;
    /// not `overwriting`, a file already there is an error.
    public func write(below root: URL, overwriting: Bool) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard try DurableFile.write(bytes, to: url, replacing: overwriting) else {
            throw InputOutputError(path: url.path, reason: "已存在，不会覆盖 / exists; not overwritten")
        }
    }
}
