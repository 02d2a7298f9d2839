import Foundation
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardOutput
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
@testable import NoticeboardFixture
import NoticeboardTestSupport

/// Seeded random edits of a `SiteFixture` on disk, of every input a page can be made from: each kind of record
/// (statements in YAML and CSV, service lists, approvals, evaluations, plates, notices, compounds, branches),
/// the templates and assets, the rule pack and `site.yaml`. Edits are meant to keep the records valid, and
/// most do; some (a vote, a deadline, a removal) may break a rule, which the caller handles as a failed build.
struct RandomSiteEdits {
    /// One kind of edit: nil when it does not apply to the site as it is now, else what it did.
    struct Edit: Sendable {
        let name: String
        let apply: @Sendable (inout SeededRandom, RandomSiteEdits) throws -> String?
    }

    let root: URL

    // MARK: Files

    func read(_ path: String) -> String? { try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }

    /// A file every site these edits make has; thrown, not trapped, should it be missing.
    func existing(_ path: String) throws -> String {
        guard let text = read(path) else { throw FixtureError("\(path) is not in the site at \(root.path)") }
        return text
    }

    /// The newest of `months` (statements and service lists keep September and October whatever is edited).
    static func newest(_ months: [String]) throws -> String {
        guard let month = months.last else { throw FixtureError("a site without months") }
        return month
    }

    func write(_ text: String, _ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }

    /// The files directly in `folder` (site-relative) whose names end in `suffix`, sorted.
    func files(in folder: String, ending suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Replaces the value after one `key: ` (block or flow style) in `path`, picked at random among them.
    func replaceValue(_ key: String, in path: String, using random: inout SeededRandom, indent: String? = nil,
                      with value: (String, inout SeededRandom) -> String) throws -> String? {
        guard let text = read(path) else { return nil }
        let lead = indent.map { "(?m)^\($0)" } ?? "(?m)(?:^|[^A-Za-z_])"
        // A quoted text, a flow list or mapping, or a plain value up to the end of its line or flow item.
        let pattern = try Regex("\(lead)\(key): (\"[^\"\\n]*\"|\\[[^\\]\\n]*\\]|\\{[^}\\n]*\\}|[^,}\\n]+)")
        let matches = text.matches(of: pattern)
        guard !matches.isEmpty, let range = random.pick(matches).output[1].range else { return nil }
        let old = String(text[range]), new = value(old, &random)
        var edited = text
        edited.replaceSubrange(range, with: new)
        try write(edited, path)
        return "\(path): \(key) \(old) → \(new)"
    }

    /// Replaces every `old` by `new` in `path`, when it holds `old`.
    func replace(_ old: String, _ new: String, in path: String) throws -> String? {
        guard let text = read(path), text.contains(old) else { return nil }
        try write(text.replacingOccurrences(of: old, with: new), path)
        return "\(path): \(old) → \(new)"
    }

    // MARK: Values

    static let words = ["楼道照明", "绿化修剪", "电梯维保", "监控维修", "化粪池清掏", "路灯更换", "消防器材", "垃圾清运",
                        "门禁维修", "屋顶防水", "（二）期工程", "A&B 两栋", "<b>加粗</b>", "车棚 改造", "雨水管", "公共座椅"]
    static let names = ["张立", "李明", "王芳", "赵强", "刘洋", "陈静", "杨帆", "周涛"]
    static let compounds = ["hexie", "xiao-a", "xiao-b"]

    static func word(_ random: inout SeededRandom) -> String { random.pick(words) }

    static func yuan(_ fen: Int64) -> String { "\"\(Money(fen: fen).description)\"" }

    /// An amount as YAML's flow style and CSV take it unquoted: `3600.50`, no grouping commas.
    static func plain(_ fen: Int64) -> String { "\(fen / 100).\(fen % 100 < 10 ? "0" : "")\(fen % 100)" }

    static func fen(_ text: String) -> Int64? {
        Money(parsing: text.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))?.fen
    }

    /// The compound's months with a statement (YAML header), oldest first.
    func months(_ slug: String = "hexie") -> [String] {
        files(in: "content/compounds/\(slug)/ledger", ending: ".yaml").map { String($0.split(separator: "/").last!.dropLast(5)) }
    }

    /// The compound's months with a service list, oldest first.
    func listMonths(_ slug: String = "hexie") -> [String] {
        files(in: "content/compounds/\(slug)/services", ending: ".md").map { String($0.split(separator: "/").last!.dropLast(3)) }
    }

    /// Writes the statement of `month`, opening with the closing of the month before it, its income lines
    /// (none or one) in the YAML or in a CSV sheet beside it.
    func writeStatement(_ month: String, using random: inout SeededRandom) throws -> String {
        let balance = months().last { $0 < month }.flatMap { read("content/compounds/hexie/ledger/\($0).yaml") }
            .flatMap { $0.firstMatch(of: /(?m)^closing: ([^\n]+)/) }.flatMap { Self.fen(String($0.output.1)) } ?? 0
        let amount = Int64(random.int(0...50)) * 100, path = "content/compounds/hexie/ledger/\(month)"
        let header = "month: \(month)\nopening: \(Self.yuan(balance))\n%@closing: \(Self.yuan(balance + amount))\nprepared_by: 戊委员\nchecked_by: [辛监督]\n"
        if random.int(0...1) == 0 {
            let lines = amount == 0 ? "income: []\nexpenses: []\n"
                : "income:\n  - {date: \(month)-02, item: \(Self.word(&random)), amount: \(Self.plain(amount)), voucher: S-\(month.suffix(2))01}\nexpenses: []\n"
            try write(header.replacingOccurrences(of: "%@", with: lines), path + ".yaml")
            return "statement with \(amount) fen in, in YAML"
        }
        try write(header.replacingOccurrences(of: "%@", with: ""), path + ".yaml")
        let row = amount == 0 ? "" : "\(month)-02,\(Self.word(&random)),\(Self.plain(amount)),,S-\(month.suffix(2))01,,\n"
        try write("日期,摘要,收入,支出,凭证号,收付款方,审批\n" + row, path + ".csv")
        return "statement with \(amount) fen in, in CSV"
    }

    static func month(after month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        let (year, next) = parts[1] == 12 ? (parts[0] + 1, 1) : (parts[0], parts[1] + 1)
        return "\(year)-\(next < 10 ? "0" : "")\(next)"
    }

    /// Moves the closing of `month` and the opening and closing of every later month by `delta` fen,
    /// so that the statements still balance and carry over.
    func shiftBalances(from month: String, by delta: Int64) throws {
        for later in months() where later >= month {
            let path = "content/compounds/hexie/ledger/\(later).yaml"
            guard var text = read(path) else { continue }
            for key in later == month ? ["closing"] : ["opening", "closing"] {
                guard let match = text.firstMatch(of: try Regex("(?m)^\(key): ([^\\n]+)")), let range = match.output[1].range,
                      let fen = Self.fen(String(text[range])) else { continue }
                text.replaceSubrange(range, with: Self.yuan(fen + delta))
            }
            try write(text, path)
        }
    }

    // MARK: The catalogue

    /// Every kind of edit; those of the statements, the months and the compounds' files twice: the pages carried
    /// over by the key of their files (`MonthlyReads`) are where a read left unnoted would hide.
    static let catalogue: [Edit] = statementEdits + statementEdits + serviceListEdits + recordEdits + organisationEdits + organisationEdits
        + [compoundComesAndGoes] + siteEdits

    /// Edits that break a rule on purpose, for the failing build that must leave the output as it was.
    static let breaking: [Edit] = [
        Edit(name: "a statement that does not balance") { random, site in
            let path = "content/compounds/hexie/ledger/\(random.pick(site.months())).yaml"
            return try site.replaceValue("closing", in: path, using: &random, indent: "") { old, _ in yuan((fen(old) ?? 0) + 1) }
        },
        Edit(name: "a service item's unknown status") { random, site in
            try site.replaceValue("status", in: random.pick(site.files(in: "content/compounds/hexie/services", ending: ".md")), using: &random) { _, _ in "maybe" }
        },
        Edit(name: "a broken template") { random, site in
            let path = random.pick(site.files(in: "templates", ending: ".mustache"))
            try site.write(try site.existing(path) + "{{#unclosed}}\n", path)
            return "\(path): unclosed section"
        },
    ]

    static let statementEdits: [Edit] = [
        Edit(name: "statement line's item") { random, site in
            let path = "content/compounds/hexie/ledger/\(random.pick(site.months())).yaml"
            return try site.replaceValue("item", in: path, using: &random) { _, random in word(&random) }
        },
        Edit(name: "statement line's day") { random, site in
            let path = "content/compounds/hexie/ledger/\(random.pick(site.months())).yaml"
            return try site.replaceValue("date", in: path, using: &random) { old, random in "\(old.prefix(8))\(String(format: "%02d", random.int(1...28)))" }
        },
        Edit(name: "income amount, balances moved") { random, site in
            let month = random.pick(site.months()), path = "content/compounds/hexie/ledger/\(month).yaml"
            guard let text = site.read(path), let match = text.firstMatch(of: /amount: ([0-9.,]+), voucher: S-/),
                  let old = fen(String(match.output.1)) else { return nil }
            let new = Int64(random.int(1...600)) * 1000
            try site.write(text.replacingCharacters(in: match.output.1.startIndex..<match.output.1.endIndex, with: plain(new)), path)
            try site.shiftBalances(from: month, by: new - old)
            return "\(path): income \(old) → \(new) fen"
        },
        Edit(name: "income line added, balances moved") { random, site in
            let month = random.pick(site.months()), path = "content/compounds/hexie/ledger/\(month).yaml"
            guard let text = site.read(path) else { return nil }
            let amount = Int64(random.int(1...300)) * 100, voucher = "S-\(month.suffix(2))\(random.int(10...99))"
            guard try !site.months().contains(where: { try site.existing("content/compounds/hexie/ledger/\($0).yaml").contains(voucher + "}") }) else { return nil }
            let line = "{date: \(month)-\(String(format: "%02d", random.int(1...28))), item: \(word(&random)), amount: \(plain(amount)), voucher: \(voucher)}"
            let csv = "content/compounds/hexie/ledger/\(month).csv"
            if let sheet = site.read(csv) {
                try site.write(sheet + "\(month)-\(String(format: "%02d", random.int(1...28))),\(word(&random)),\(plain(amount)),,\(voucher),,\n", csv)
            } else if text.contains("income: []") {
                try site.write(text.replacingOccurrences(of: "income: []", with: "income:\n  - \(line)"), path)
            } else if text.contains("income:\n") {
                try site.write(text.replacingOccurrences(of: "income:\n", with: "income:\n  - \(line)\n"), path)
            } else { return nil }
            try site.shiftBalances(from: month, by: amount)
            return "\(path): income line \(line)"
        },
        Edit(name: "voucher renamed") { random, site in
            let path = "content/compounds/hexie/ledger/\(random.pick(site.months())).yaml"
            return try site.replaceValue("voucher", in: path, using: &random) { old, random in "\(old)-\(random.int(1...9))" }
        },
        Edit(name: "statement posted day") { random, site in
            let path = "content/compounds/hexie/ledger/\(random.pick(site.months())).yaml"
            return try site.replaceValue("posted", in: path, using: &random) { old, random in "\(old.prefix(8))0\(random.int(1...9))" }
        },
        Edit(name: "collection due and paid") { random, site in
            let paid = random.int(90...118)
            return try site.replaceValue("due", in: "content/compounds/hexie/ledger/2026-10.yaml", using: &random) { _, _ in "\(paid + 2)" }
                .flatMap { _ in try site.replaceValue("paid", in: "content/compounds/hexie/ledger/2026-10.yaml", using: &random) { _, _ in "\(paid)" } }
        },
        Edit(name: "a new month: its service list, and its statement (YAML or CSV) or not yet") { random, site in
            let month = month(after: max(try newest(site.months()), try newest(site.listMonths())))
            guard month < "2027-05" else { return nil }
            let services = try site.existing("content/compounds/hexie/services/\(try newest(site.listMonths())).md")
            try site.write(services.replacingOccurrences(of: try newest(site.listMonths()), with: month).replacingOccurrences(of: "draft: true\n", with: ""),
                           "content/compounds/hexie/services/\(month).md")
            guard random.int(0...2) > 0 else { return "new month \(month), its service list alone" }
            return try "new month \(month), " + site.writeStatement(month, using: &random)
        },
        Edit(name: "the statement of a month that has only its service list") { random, site in
            guard let month = site.listMonths().last, !site.months().contains(month) else { return nil }
            return try site.writeStatement(month, using: &random)
        },
        Edit(name: "newest month's statement, service list or both made a draft or published") { random, site in
            let month = max(try newest(site.months()), try newest(site.listMonths()))
            guard month > "2026-10" else { return nil }
            let files = ["ledger/\(month).yaml", "services/\(month).md"].map { "content/compounds/hexie/\($0)" }
            var done: [String] = []
            for path in random.pick([[files[0]], [files[1]], files]) {
                guard let text = site.read(path) else { continue }
                let draft = text.contains("draft: true\n")
                try site.write(draft ? text.replacingOccurrences(of: "draft: true\n", with: "")
                               : text.replacingOccurrences(of: "month: \(month)\n", with: "month: \(month)\ndraft: true\n"), path)
                done.append("\(path): draft \(draft ? "removed" : "added")")
            }
            return done.isEmpty ? nil : done.joined(separator: ", ")
        },
        Edit(name: "statement correction added") { random, site in
            let month = random.pick(site.months()), path = "content/compounds/hexie/ledger/\(month).yaml"
            guard let text = site.read(path), !text.contains("corrections:") else { return nil }
            // Dated after the statement was posted (FIN-013), which is early in the month after.
            let line = "corrections:\n  - {date: \(Self.month(after: month))-\(random.int(10...28)), what: \(word(&random)), why: \(word(&random))}\n"
            try site.write(text + line, path)
            return "\(path): \(line.dropLast())"
        },
        Edit(name: "newest month's statement, service list or both removed") { random, site in
            let month = max(try newest(site.months()), try newest(site.listMonths()))
            guard month > "2026-10" else { return nil }
            let paths = random.pick([["ledger/\(month).yaml", "ledger/\(month).csv"], ["services/\(month).md"],
                                     ["ledger/\(month).yaml", "ledger/\(month).csv", "services/\(month).md"]])
            let removed = paths.filter { (try? site.remove("content/compounds/hexie/\($0)")) != nil }
            return removed.isEmpty ? nil : "\(month): \(removed.joined(separator: ", ")) removed"
        },
    ]

    static let serviceListEdits: [Edit] = [
        Edit(name: "service item's name") { random, site in
            try site.replaceValue("name", in: random.pick(site.files(in: "content/compounds/hexie/services", ending: ".md")), using: &random) { _, random in word(&random) }
        },
        Edit(name: "service item's status") { random, site in
            try site.replaceValue("status", in: random.pick(site.files(in: "content/compounds/hexie/services", ending: ".md")), using: &random) { _, random in
                random.pick(["done", "planned", "in_progress", "delayed", "进行中", "已完成"])
            }
        },
        Edit(name: "service list's Markdown") { random, site in
            let path = random.pick(site.files(in: "content/compounds/hexie/services", ending: ".md"))
            guard let text = site.read(path) else { return nil }
            let line = random.pick(["| \(word(&random)) | \(random.int(1...12))月 |", "- \(word(&random))", "**\(word(&random))**", "\n\(word(&random))"])
            try site.write(text + line + "\n", path)
            return "\(path): + \(line)"
        },
        Edit(name: "service feedback phone") { random, site in
            try site.replaceValue("phone", in: "content/compounds/hexie/services/2026-10.md", using: &random) { _, random in "0351-\(random.int(1_000_000...9_999_999))" }
        },
    ]

    static let recordEdits: [Edit] = [
        Edit(name: "approval's subject or minutes") { random, site in
            let path = "content/compounds/hexie/approvals/A-1.md"
            if random.int(0...1) == 0 { return try site.replaceValue("subject", in: path, using: &random) { _, random in word(&random) } }
            try site.write(try site.existing(path) + "\(word(&random))。\n", path)
            return "\(path): minutes appended"
        },
        Edit(name: "approval's votes or budget") { random, site in
            let path = "content/compounds/hexie/approvals/A-1.md"
            if random.int(0...1) == 0 { return try site.replaceValue("for", in: path, using: &random) { _, random in "\(random.int(16...40))" } }
            return try site.replaceValue("budget", in: path, using: &random) { _, random in yuan(Int64(random.int(25...50)) * 10_000) }
        },
        Edit(name: "evaluation's results") { random, site in
            let path = "content/compounds/hexie/evaluations/2026-Q3.yaml"
            guard let text = site.read(path), let match = text.firstMatch(of: /satisfied: \d+, basic: \d+, unsatisfied: \d+/) else { return nil }
            let unsatisfied = random.int(0...10), basic = random.int(0...30), satisfied = 80 - basic - unsatisfied
            try site.write(text.replacingCharacters(in: match.range, with: "satisfied: \(satisfied), basic: \(basic), unsatisfied: \(unsatisfied)"), path)
            return "\(path): \(satisfied)/\(basic)/\(unsatisfied)"
        },
        Edit(name: "evaluation's issue") { random, site in
            try site.replaceValue(random.pick(["raised", "response"]), in: "content/compounds/hexie/evaluations/2026-Q3.yaml", using: &random) { _, random in word(&random) }
        },
        Edit(name: "plate's text") { random, site in
            let path = "content/compounds/hexie/households/1-1-101.md"
            if random.int(0...3) == 0 {
                try site.write(try site.existing(path) + "\(word(&random))\n", path)
                return "\(path): body appended"
            }
            return try site.replaceValue(random.pick(["specialty", "duty", "commitment", "post", "area", "joined"]), in: path, using: &random) { old, random in
                old.allSatisfy(\.isNumber) ? "\(random.int(1950...2020))" : word(&random)
            }
        },
        Edit(name: "notice's title, date, kind or text") { random, site in
            let path = random.pick(site.files(in: "content/notices", ending: ".md") + site.files(in: "content/compounds/hexie/notices", ending: ".md"))
            switch random.int(0...3) {
            case 0: return try site.replaceValue("title", in: path, using: &random) { _, random in word(&random) }
            case 1: return try site.replaceValue("date", in: path, using: &random) { _, random in "2026-0\(random.int(1...9))-\(String(format: "%02d", random.int(1...28)))" }
            case 2: return try site.replaceValue("kind", in: path, using: &random) { _, random in random.pick(["notice", "convention", "rules"]) }
            default:
                try site.write(try site.existing(path) + "\n\(word(&random))\n", path)
                return "\(path): text appended"
            }
        },
        Edit(name: "notice added or removed") { random, site in
            let folder = random.pick(["content/notices", "content/compounds/\(random.pick(compounds))/notices"])
            let path = "\(folder)/\(random.pick(["tingshui", "huodong", "weixiu"])).md"
            if site.read(path) != nil {
                try site.remove(path)
                return "\(path) removed"
            }
            try site.write("---\ntitle: \(word(&random))\ndate: 2026-10-\(String(format: "%02d", random.int(1...28)))\n---\n\(word(&random))。\n", path)
            return "\(path) added"
        },
    ]

    static let organisationEdits: [Edit] = [
        Edit(name: "compound's or committee's or station's name") { random, site in
            // Most often the compound with statements, whose pages are keyed by their files.
            let path = "content/compounds/\(random.int(0...1) == 0 ? "hexie" : random.pick(compounds))/compound.yaml"
            let indent = random.pick(["", "  "])
            return try site.replaceValue("name", in: path, using: &random, indent: indent) { _, random in word(&random) + random.pick(["小区", "物管会", "服务站"]) }
        },
        Edit(name: "compound's households") { random, site in
            let slug = random.pick(compounds)
            return try site.replaceValue("households", in: "content/compounds/\(slug)/compound.yaml", using: &random, indent: "") { _, random in
                "\(slug == "hexie" ? random.int(100...200) : random.int(10...60))"
            }
        },
        Edit(name: "compound's fee policy or election") { random, site in
            let path = "content/compounds/hexie/compound.yaml"
            if random.int(0...1) == 0 { return try site.replaceValue("policy", in: path, using: &random) { _, random in "每户每月\(random.int(5...30))元" } }
            let voted = random.int(61...120)
            return try site.replace("voted: 100, approved: 90", "voted: \(voted), approved: \(random.int(voted / 2 + 1...voted))", in: path)
        },
        Edit(name: "station's eight haves or institutions") { random, site in
            let path = "content/compounds/hexie/compound.yaml"
            if random.int(0...1) == 0 {
                return try site.replaceValue("eight_haves", in: path, using: &random) { _, random in random.pick(["[place, sign]", "[place]", "[sign, place]", "[]"]) }
            }
            let all = ["unit_head_reporting", "red_white_council", "residents_convention"]
            return try site.replaceValue("institutions", in: "content/compounds/\(random.pick(compounds))/compound.yaml", using: &random) { _, random in
                "[\(all.shuffled(using: &random).prefix(random.int(2...3)).joined(separator: ", "))]"
            }
        },
        Edit(name: "branch's name, group or leader") { random, site in
            let path = random.pick(["content/branches/hexie.yaml", "content/branches/pianqu.yaml"])
            switch random.int(0...2) {
            case 0: return try site.replaceValue("name", in: path, using: &random, indent: "") { _, random in word(&random) + "党支部" }
            case 1: return try site.replaceValue("name", in: "content/branches/hexie.yaml", using: &random, indent: "  - ") { _, random in word(&random) + "党小组" }
            default: return try site.replaceValue("leader", in: "content/branches/hexie.yaml", using: &random) { _, random in random.pick(names) }
            }
        },
    ]

    /// A small compound that comes and goes: the joint branch covers it while it is there.
    static let addedCompound = "name: 小C院\nhouseholds: 20\nstation: {use: hexie}\ninstitutions: [unit_head_reporting, red_white_council, residents_convention]\n"

    static let compoundComesAndGoes = Edit(name: "a compound added or removed") { _, site in
        let path = "content/compounds/xiao-c/compound.yaml"
        if site.read(path) != nil {
            try site.remove("content/compounds/xiao-c")
            return try site.replace("[xiao-a, xiao-b, xiao-c]", "[xiao-a, xiao-b]", in: "content/branches/pianqu.yaml").map { _ in "xiao-c removed" }
        }
        try site.write(addedCompound, path)
        return try site.replace("[xiao-a, xiao-b]", "[xiao-a, xiao-b, xiao-c]", in: "content/branches/pianqu.yaml").map { _ in "xiao-c added" }
    }

    static let siteEdits: [Edit] = [
        Edit(name: "site's names, phone or base URL") { random, site in
            let path = "content/site.yaml"
            switch random.int(0...3) {
            case 0: return try site.replaceValue("community", in: path, using: &random) { _, random in word(&random) + "社区" }
            case 1: return try site.replaceValue("street", in: path, using: &random) { _, random in word(&random) + "街道" }
            case 2: return try site.replaceValue("phone", in: path, using: &random) { _, random in "0351-\(random.int(1_000_000...9_999_999))" }
            default: return try site.replaceValue("base_url", in: path, using: &random) { _, random in
                random.pick(["https://example.org/board/", "https://gongshi.example.cn/hexie/", "http://127.0.0.1:8000/"])
            }
            }
        },
        Edit(name: "site's district or party committee added or removed") { random, site in
            let path = "content/site.yaml", line = random.pick(["district: 小店区\n", "party_committee: {name: 测试社区党委, secretary: 甲书记}\n"])
            guard let text = site.read(path) else { return nil }
            try site.write(text.contains(line) ? text.replacingOccurrences(of: line, with: "") : text + line, path)
            return "\(path): \(line.prefix(8)) toggled"
        },
        Edit(name: "a template's text or a comment") { random, site in
            let path = random.pick(site.files(in: "templates", ending: ".mustache"))
            guard let text = site.read(path) else { return nil }
            let labels = text.matches(of: />(\p{Han}+)</)
            if let label = labels.isEmpty ? nil : random.pick(labels), random.int(0...1) == 0 {
                var edited = text
                edited.replaceSubrange(label.output.1.startIndex..<label.output.1.endIndex, with: word(&random))
                try site.write(edited, path)
                return "\(path): label \(label.output.1) replaced"
            }
            try site.write(text + "<!-- \(word(&random)) -->\n", path)
            return "\(path): comment appended"
        },
        Edit(name: "stylesheet or emblem") { random, site in
            if random.int(0...1) == 0 {
                try site.write(try site.existing("templates/style.css") + ".x\(random.int(1...999)) { color: #123; }\n", "templates/style.css")
                return "templates/style.css: rule appended"
            }
            let emblem = site.root.appendingPathComponent("templates/assets/emblem.png")
            try (try Data(contentsOf: emblem) + [UInt8(random.int(0...255))]).write(to: emblem)
            return "templates/assets/emblem.png: byte appended"
        },
        Edit(name: "rule pack switched") { _, site in
            if let pack = site.read("seeds/pack.yaml"), site.read("seeds/pack-b.yaml") == nil {
                try site.write(pack.replacingOccurrences(of: "post_within_days: ", with: "post_within_days: 1"), "seeds/pack-b.yaml")
            }
            return try site.replace("rules: seeds/pack.yaml", "rules: seeds/pack-b.yaml", in: "content/site.yaml")
                ?? site.replace("rules: seeds/pack-b.yaml", "rules: seeds/pack.yaml", in: "content/site.yaml")
        },
        Edit(name: "rule pack's name, thresholds, labels or severity") { random, site in
            let path = site.read("content/site.yaml")?.contains("seeds/pack-b.yaml") == true ? "seeds/pack-b.yaml" : "seeds/pack.yaml"
            switch random.int(0...4) {
            case 0: return try site.replaceValue("name", in: path, using: &random, indent: "") { _, random in word(&random) + "规则包" }
            case 1: return try site.replaceValue("post_within_days", in: path, using: &random) { _, random in "\(random.int(4...20))" }
            case 2: return try site.replaceValue("major_expense_min", in: path, using: &random) { _, random in yuan(Int64(random.int(10...40)) * 10_000) }
            case 3: return try site.replaceValue(random.pick(["place", "sign"]), in: path, using: &random) { _, random in word(&random) }
            default: return try site.replaceValue("severity", in: path, using: &random) { _, random in random.pick(["{STN-002: warning}", "{STN-002: off}", "{}"]) }
            }
        },
    ]
}
