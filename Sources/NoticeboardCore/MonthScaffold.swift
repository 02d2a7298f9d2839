import Foundation
import NoticeboardChecks
import NoticeboardLoading
import NoticeboardModel
import NoticeboardOutput
import NoticeboardRendering
import NoticeboardValues

/// `noticeboard new-month`: starts a month's statement and service list as drafts,
/// the statement's opening carried over from the last closing, the service list copied with statuses reset.
/// Never overwrites a file that exists, except what an interrupted run left of a draft: a file that is empty,
/// or the draft's first part, cut short and unedited, is written again whole (and said so).
public struct MonthScaffold: Sendable {
    public struct Outcome: Sendable {
        /// Files written, relative to the site root.
        public let written: [String]
        /// Files that exist already and were left alone.
        public let kept: [String]
        /// Drafts an interrupted run left empty or cut short, written again whole.
        public var repaired: [String] = []
        /// Temporary files an interrupted run left, removed.
        public var leftovers: [String] = []
    }

    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// For every compound with a committee, or the named ones.
    public func scaffold(_ month: Month, compounds named: [String]) async throws -> Outcome {
        let (loaded, diagnostics) = try await ContentLoader(root: root).load()
        guard let community = loaded else {
            throw InputOutputError(path: root.appendingPathComponent("content").path,
                                   reason: "记录有错误，先运行 noticeboard check 改正 / the records have errors: run noticeboard check (\(diagnostics.count))")
        }
        var written: [String] = [], kept: [String] = [], repaired: [String] = [], leftovers: [String] = []
        for compound in try chosen(named, in: community) {
            for (path, text) in drafts(of: compound, in: month, community: community) {
                let url = root.appendingPathComponent(path), folder = url.deletingLastPathComponent()
                leftovers += DurableFile.removeStrayTemporaries(of: url).map { "\(folder.path.dropFirst(root.path.count + 1))/\($0)" }
                let csv = url.deletingPathExtension().appendingPathExtension("csv")
                let existing = FileManager.default.contents(atPath: url.path)
                let repairing = existing.map { Self.isUnfinished($0, of: text) } ?? false
                if existing != nil && !repairing || (path.hasSuffix(".yaml") && FileManager.default.fileExists(atPath: csv.path)) {
                    kept.append(path)
                    continue
                }
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw InputOutputError(path: url.path, reason: "写入失败 / cannot write: \(error.localizedDescription)")
                }
                if try DurableFile.write(Array(text.utf8), to: url, replacing: repairing) {
                    if repairing { repaired.append(path) } else { written.append(path) }
                } else {
                    kept.append(path)
                }
            }
        }
        return Outcome(written: written, kept: kept, repaired: repaired, leftovers: leftovers)
    }

    /// Whether `bytes`, found where `draft` goes, is what an interrupted write of it left: nothing but white
    /// space, or the draft's start and no more.
    package static func isUnfinished(_ bytes: Data, of draft: String) -> Bool {
        let draft = Array(draft.utf8)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return true }
        return bytes.count < draft.count && draft.starts(with: bytes)
    }

    /// The month's statement and service list drafts of `compound`, with their paths.
    private func drafts(of compound: Compound, in month: Month, community: Community) -> [(String, String)] {
        [(ledgerPath(compound.slug, month), statement(for: compound, month: month, categories: community.rulePack.categories)),
         ("content/compounds/\(compound.slug)/services/\(month).md",
          serviceList(for: compound, month: month, fallbackPhone: community.site.supervision?.phone))]
    }

    private func ledgerPath(_ slug: String, _ month: Month) -> String { "content/compounds/\(slug)/ledger/\(month).yaml" }

    private func chosen(_ named: [String], in community: Community) throws -> [Compound] {
        guard !named.isEmpty else { return community.compounds.filter { $0.committee != nil } }
        return try named.map { slug in
            guard let compound = community.compound(slug) else {
                let hint = Suggestion.closest(to: slug, among: community.compounds.map(\.slug)).map { "（是否应为 \($0)？ / did you mean \($0)?）" } ?? ""
                throw InputOutputError(path: "content/compounds/\(slug)", reason: "没有这个小区 / no such compound\(hint)")
            }
            return compound
        }
    }

    /// The statement draft, every field explained for the person who fills it in.
    package func statement(for compound: Compound, month: Month, categories: [String]) -> String {
        let previous = compound.allStatements.last { $0.month.value < month }
        let opening = previous?.closing.value ?? .zero
        let openingNote = previous.map { "已按\($0.month.value.chinese)期末自动填写" } ?? "没有上月记录，请填写账户上月结余"
        let preparer = previous?.preparedBy?.value
        return """
            # \(compound.name)\(month.chinese)收支明细。填好并经监督小组审核后，删去 draft: true 这一行即发布。
            # 收支也可以放在同名的 \(month).csv 里（从 Excel、WPS 导出，表头：日期,摘要,收入,支出,凭证号,收付款方,审批,分类），这时删去下面的 income 和 expenses 两行。
            month: \(month)
            draft: true                  # 草稿：检查但不发布
            opening: "\(opening)"\(padding(for: "opening: \"\(opening)\""))# 上月结余：\(openingNote)
            income: []                   # 收入，每笔一行，如：
            #  - {date: \(month)-03, item: 卫生费, amount: 3780, voucher: S-\(month)-01}
            expenses: []                 # 支出，每笔一行；2,000元以上的重大支出写明 approval（决议编号）；category 为分类，如：
            #  - {date: \(month)-08, item: 楼道灯维修, amount: "160.00", voucher: Z-\(month)-01, payee: 某某五金店, category: 维修}
            #    分类（年度公开按此统计支出去向）：\(categories.joined(separator: "、"))；不写时为“未分类”
            closing: "\(opening)"\(padding(for: "closing: \"\(opening)\""))# 本月结余 = 上月结余 + 收入 − 支出（填完收支后改这里）
            \(collection(after: previous, policy: compound.fees?.policy))prepared_by: \(preparer ?? "")\(padding(for: "prepared_by: \(preparer ?? "")"))# 制表人
            checked_by: []               # 监督小组审核人：须是监督小组成员，且不是制表人、不是账户共管人
            posted:                      # 公示日期：门房张贴当天填写，如 \(month.next)-05

            """
    }

    /// Last month's fee collection carried over, when it had one: the households due as they were, the fee
    /// policy in a comment, this month's numbers blank (a draft's blanks are not read; a published statement's
    /// are IN-002). Empty when last month had none.
    private func collection(after previous: Statement?, policy: String?) -> String {
        guard let last = previous?.collection else { return "" }
        let fee = policy.map { "；收费标准：" + $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? ""
        let exempt = last.exemptions.isEmpty
            ? ["  exempt: []                 # 特殊情况（减免户），如：", "#    - {count: 2, reason: 低保户减免}"]
            : ["  exempt:                    # 特殊情况（减免户）：填户数；只写户数和原因，不写门牌和姓名"]
                + last.exemptions.map { "    - {count: , reason: \(quoted($0.reason ?? ""))}" }
        return ([
            "collection:                  # 本月收费情况（上月应缴 \(last.due.value) 户，已缴 \(last.paid.value) 户）\(fee)",
            "  due: \(last.due.value)\(padding(for: "  due: \(last.due.value)"))# 应缴户数：按上月填写，有变化请改",
            "  paid:                      # 已缴户数：填写本月实际",
        ] + exempt).joined(separator: "\n") + "\n"
    }

    /// `text` as a double-quoted YAML scalar, whatever it holds.
    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The service list draft: last month's items with their status reset to planned, and its feedback channel
    /// (the community's supervision phone when there is no earlier list), with an example item in a comment.
    package func serviceList(for compound: Compound, month: Month, fallbackPhone: String?) -> String {
        let previous = compound.allServiceLists.last { $0.month.value < month }
        let items = (previous?.items ?? []).map { item -> String in
            var fields = ["name: \(quoted(item.name))"]
            if let standard = item.standard { fields.append("standard: \(quoted(standard))") }
            if let by = item.by { fields.append("by: \(quoted(by))") }
            fields.append("status: planned")
            return "  - {\(fields.joined(separator: ", "))}"
        }
        var feedback: [String] = []
        if let phone = previous?.feedback?.phone ?? (previous == nil ? fallbackPhone : nil) { feedback.append("phone: \(quoted(phone))") }
        if let place = previous?.feedback?.place { feedback.append("place: \(quoted(place))") }
        return """
            ---
            # \(compound.name)\(month.chinese)服务清单。每项的状态：planned 计划 | in_progress 进行中 | done 已完成 | delayed 延期。
            # 填好后删去 draft: true 这一行即发布。
            month: \(month)
            draft: true
            items:\(items.isEmpty ? " []                    # 服务事项，每项一行，如：" : "                       # 服务事项（沿用上月，状态已改为计划），每项一行，如：\n" + items.joined(separator: "\n"))
            #  - {name: 楼道灯更换, standard: 坏了三天内修好, by: 物管会, status: planned, note: 备注，可不写}
            feedback: {\(feedback.joined(separator: ", "))}      # 居民提意见的电话或地点
            posted:                      # 张贴日期：门房张贴当天填写，如 \(month)-03
            ---
            本月重点：（在这里写本月要办的事，可用 Markdown 表格）

            """
    }

    /// Spaces that line the comments up, the way the sample's files are written (a CJK character is two columns).
    private func padding(for text: String) -> String {
        let width = text.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        return String(repeating: " ", count: max(1, 29 - width))
    }
}
