import NoticeboardModel
import NoticeboardPrivacy
import NoticeboardSupport
import NoticeboardValues

/// The texts of the input diagnostics (IN-001 … IN-005), in both languages, in one place.
package enum InputMessages {
    package static func notUTF8() -> Message {
        Message(zh: "文件不是 UTF-8 编码，无法读取（请另存为 UTF-8）", en: "the file is not UTF-8 encoded (save it as UTF-8)")
    }

    package static func unreadable(_ reason: String) -> Message {
        Message(zh: "无法读取文件：\(reason)", en: "cannot read the file: \(reason)")
    }

    /// IN-001 for a folder whose names cannot be read: read as empty, its pages would leave the site unnoticed.
    package static func unlistedFolder(_ path: String, reason: String) -> Message {
        Message(zh: "无法读取文件夹 \(path) 里有哪些文件（\(reason)）：其中的记录读不到，网站会少掉它们的页面；请检查文件夹的权限或磁盘",
                en: "cannot list the folder \(path) (\(reason)): its records cannot be read, and their pages would be missing from the site; check the folder's permissions or the disk")
    }

    /// IN-004: the records are read only from inside the site root, so a link is never followed.
    package static func rulePackOutsideSeeds(_ path: String) -> Message {
        Message(zh: "rules 应为 seeds/ 文件夹里的规则包，如 seeds/xiaodian-2021.yaml（不能指向站点以外），却填写为 \(path)",
                en: "rules must name a pack in the seeds/ folder, such as seeds/xiaodian-2021.yaml (nothing outside the site root), not \(path)")
    }

    package static func symbolicLink(_ path: String) -> Message {
        Message(zh: "\(path) 是符号链接：noticeboard 不跟随链接（链接可能指向站点以外的文件），请换成真实的文件或文件夹",
                en: "\(path) is a symbolic link: noticeboard does not follow links (one may lead outside the site root); put the real file or folder here")
    }

    package static func fileTooLarge(bytes: Int, largest: Int) -> Message {
        Message(zh: "文件有 \(bytes / 1024) KB，超过记录文件的上限 \(largest / 1024 / 1024) MB：请检查是否放错了文件，或把记录拆开",
                en: "the file is \(bytes / 1024) KB, over the \(largest / 1024 / 1024) MB a record file may have: check it is the right file, or split it")
    }

    /// IN-001 for a NUL byte, after which a Markdown body would be cut off without a word.
    package static func nulByte() -> Message {
        Message(zh: "文件里有一个空字符（NUL，0x00）：常见于从别的软件复制或文件损坏，请删除它",
                en: "the file holds a NUL character (0x00), often left by copying from another program or by damage: remove it")
    }

    /// IN-001 for a zero-width character or a bidi control, named as a reader can look it up.
    package static func invisibleCharacter(_ scalar: Unicode.Scalar, name: (zh: String, en: String), onLine count: Int) -> Message {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Message(
            zh: "这里有一个看不见的字符 \(code) \(name.zh)\(count > 1 ? "（这一行共有 \(count) 个）" : "")：它让看起来相同的凭证号、姓名或收付款方在核对时不相同，"
                + "或改变文字显示的顺序，记录里用不到它，请删除（常见于从网页或聊天软件复制的文字）",
            en: "an invisible character, \(code) \(name.en)\(count > 1 ? " (\(count) on this line)" : ""): it makes a voucher, name or payee that looks the same "
                + "compare different, or changes the order text is shown in; records have no use for it, so delete it (it often comes with text copied from a web page or a chat)")
    }

    /// IN-002 for a spreadsheet row of totals, which `check` would otherwise read as a line or call incomplete.
    package static func totalRow(_ cell: String) -> Message {
        Message(zh: "这一行看起来是合计行（“\(quoted(cell))”）：合计由程序计算，表格里只写每一笔收支，请删除这一行",
                en: "this row looks like a total (“\(quoted(cell))”): the totals are computed, and the sheet holds only the single lines, so delete this row")
    }

    /// IN-002 for a spreadsheet row with amounts and neither a date nor an item: a row of sums, most likely.
    static func amountsOnlyRow(_ amounts: [String]) -> Message {
        let shown = amounts.map { "“\(quoted($0))”" }
        return Message(
            zh: "这一行只有金额（\(shown.joined(separator: "、"))），没有日期和摘要，看起来是合计行：合计由程序计算，表格里只写每一笔收支，"
                + "请删除这一行；如果它是一笔收支，请补上日期和摘要",
            en: "this row has amounts (\(shown.joined(separator: ", "))) but neither a date nor an item, so it looks like a total: the totals are computed, "
                + "and the sheet holds only the single lines, so delete this row; if it is a line, add its date and item")
    }

    /// IN-002 for a spreadsheet row without a date, an item or both.
    static func sheetRowLacks(line: Int, date: Bool, item: Bool) -> Message {
        let zh = [date ? "日期（如 2026/11/3）" : nil, item ? "摘要（这笔收支是什么）" : nil].compactMap { $0 }
        let en = [date ? "a date (2026/11/3)" : nil, item ? "an item (what the money was for)" : nil].compactMap { $0 }
        return Message(zh: "第 \(line) 行没有\(zh.joined(separator: "和"))：每一笔收支都要写日期和摘要",
                       en: "line \(line) has no \(en.joined(separator: " and ")): every line needs its date and item")
    }

    /// IN-002 for a spreadsheet cell right of the header's last column.
    package static func cellPastHeader(_ cell: String, headerColumns: Int) -> Message {
        Message(zh: "这个单元格（“\(quoted(cell))”）在表头最后一列的右边（表头只有 \(headerColumns) 列），不会被读取：请把它移到有表头的列里，或删除它",
                en: "this cell (“\(quoted(cell))”) lies right of the header's last column (the header has \(headerColumns)), so it would not be read: move it under a heading, or delete it")
    }

    /// IN-002 for a spreadsheet cell under a heading left empty.
    package static func cellWithoutHeading(_ cell: String, headings: [String]) -> Message {
        Message(zh: "这个单元格（“\(quoted(cell))”）所在的列没有表头，不会被读取：请给这一列写上表头（\(headings.joined(separator: "、"))），或删除它",
                en: "this cell (“\(quoted(cell))”) stands in a column without a heading, so it would not be read: give the column a heading (\(headings.joined(separator: ", "))), or delete it")
    }

    /// A value quoted in a message: its first 20 characters.
    private static func quoted(_ text: String) -> String { text.count > 20 ? text.prefix(20) + "…" : text }

    package static func yamlSyntax(_ problem: String) -> Message {
        Message(zh: "YAML 格式错误：\(problem)", en: "YAML syntax error: \(problem)")
    }

    package static func missingFrontMatter() -> Message {
        Message(zh: "缺少开头的 --- 前言块（Markdown 文件应以 --- 开头的一段 YAML 开始）",
                en: "missing front matter: a Markdown record starts with a YAML block between --- lines")
    }

    package static func unclosedFrontMatter() -> Message {
        Message(zh: "前言块没有结束的 --- 行", en: "the front matter has no closing --- line")
    }

    package static func yamlAnchor() -> Message {
        Message(zh: "YAML 格式错误：不支持锚点和别名（& 与 *），请把内容直接写出来", en: "YAML syntax error: anchors and aliases (& and *) are not supported; write the value out")
    }

    package static func yamlTooDeep(_ levels: Int) -> Message {
        Message(zh: "YAML 格式错误：嵌套超过 \(levels) 层，记录不需要这么深", en: "YAML syntax error: nested more than \(levels) levels deep, deeper than any record needs")
    }

    package static func emptyDocument() -> Message {
        Message(zh: "文件内容为空", en: "the file is empty")
    }

    package static func duplicateKeys(_ keys: [String]) -> Message {
        Message(zh: "键重复：\(keys.joined(separator: "、"))", en: "duplicate keys: \(keys.joined(separator: ", "))")
    }

    package static func missingKey(_ key: String) -> Message {
        Message(zh: "缺少必填项 \(key)", en: "required key \(key) is missing")
    }

    package static func emptyValue(_ key: String) -> Message {
        Message(zh: "\(key) 不能为空", en: "\(key) must not be empty")
    }

    package static func unknownKey(_ key: String, expected: [String], suggestion: String?) -> Message {
        let hintZh = suggestion.map { "，是否应为 \($0)？" } ?? ""
        let hintEn = suggestion.map { "; did you mean \($0)?" } ?? ""
        return Message(zh: "未知的键 \(key)\(hintZh)（此处可用：\(expected.joined(separator: ", "))）",
                       en: "unknown key \(key)\(hintEn) (expected one of: \(expected.joined(separator: ", ")))")
    }

    /// IN-003 for `amount: 1,200` inside `{…}`, which YAML reads as `amount: 1` and a key `200`. The fix is the
    /// spelling `kind` reads: quoted for an amount, without commas for a count, both when there is no kind to ask.
    static func splitNumber<T>(_ path: String, split: SplitNumber, in document: YAMLDocument, kind: ValueKind<T>?) -> Message {
        let key = document.text(split.key) ?? "", written = split.written(in: document), pieces = split.pieces(in: document)
        let withoutCommas = written.replacingOccurrences(of: ",", with: "")
        func reads(_ text: String) -> Bool {
            guard let kind, case .success = kind.parse(FieldName(key, in: .root), text) else { return false }
            return true
        }
        let quoted = (zh: "带逗号的数字请加引号，写作 \(key): \"\(written)\"", en: "quote a number with commas, \(key): \"\(written)\"")
        let plain = (zh: "这个数不写逗号，写作 \(key): \(withoutCommas)", en: "write it without commas, \(key): \(withoutCommas)")
        let fix = reads(written) ? quoted : reads(withoutCommas) ? plain
            : (zh: quoted.zh + "（或不写逗号：\(key): \(withoutCommas)）", en: quoted.en + " (or leave the commas out, \(key): \(withoutCommas))")
        let first = pieces.dropLast(), last = pieces.last ?? ""
        return Message(
            zh: "\(path) 的 \(written) 在 {…} 里被逗号拆成了 \(first.joined(separator: "、")) 和 \(last)：\(fix.zh)",
            en: "\(path) is \(written), which its commas split into \(first.joined(separator: ", ")) and \(last) inside {…}: \(fix.en)")
    }

    /// `splitNumber` without a kind to ask: both fixes.
    static func splitNumber(_ path: String, split: SplitNumber, in document: YAMLDocument) -> Message {
        splitNumber(path, split: split, in: document, kind: nil as ValueKind<String>?)
    }

    /// IN-001 for keys written twice that are the pieces of numbers split at their commas (`{due: 1,200, paid: 1,200}`).
    static func duplicateSplitNumbers(_ keys: [String]) -> Message {
        Message(
            zh: "键重复：\(keys.joined(separator: "、"))。多半是 {…} 里没加引号的带逗号数字（如 due: 1,\(keys[0])）被逗号拆开了："
                + "带逗号的数字请加引号（\"1,\(keys[0])\"），或不写逗号（1\(keys[0])）",
            en: "duplicate keys: \(keys.joined(separator: ", ")), most likely numbers with commas inside {…} (such as due: 1,\(keys[0])) "
                + "split at their commas: quote them (\"1,\(keys[0])\"), or leave the commas out (1\(keys[0]))")
    }

    /// IN-003 for a number holding characters that look like the ones meant (`1,2OO`, `1，200`), naming each.
    static func misspeltNumber(_ key: String, value: String, fix: NumberSpelling.Fix, meant: String) -> Message {
        Message(zh: "\(key) 的 \(value) 里有\(fix.slips.map(\.zh).joined(separator: "、"))：请写作 \(meant)",
                en: "\(key) is \(value), with \(fix.slips.map(\.en).joined(separator: " and ")): write \(meant)")
    }

    /// IN-002 for a count written with thousands separators (`due: 1,260`).
    static func countWithCommas(_ key: String, value: String, meant: String) -> Message {
        Message(zh: "\(key) 的 \(value) 是户数、人数这样的整数，不写逗号：请写作 \(meant)",
                en: "\(key) is \(value), a count, which takes no commas: write \(meant)")
    }

    package static func wrongType(_ key: String, expected: ValueDescription) -> Message {
        Message(zh: "\(key) 应为\(expected.zh)", en: "\(key) must be \(expected.en)")
    }

    package static func badChoice(_ key: String, value: String, allowed: [String]) -> Message {
        Message(zh: "\(key) 的取值 \(value) 无效，可选：\(allowed.joined(separator: "、"))",
                en: "\(key) has the invalid value \(value); allowed: \(allowed.joined(separator: ", "))")
    }

    package static func malformed(_ key: String, value: String, expected: ValueDescription) -> Message {
        Message(zh: "\(key) 的值 \(value) 格式不对，应为\(expected.zh)", en: "\(key) value \(value) is malformed; expected \(expected.en)")
    }

    /// IN-003 for a number past what any record can hold (a typo, or an attempt to overflow a sum).
    package static func tooLarge(_ key: String, value: String, bound: String) -> Message {
        Message(zh: "\(key) 的值 \(value) 超出范围：最大为 \(bound)", en: "\(key) value \(value) is out of range: at most \(bound)")
    }

    package static func dayDoesNotExist(_ key: String, value: String, year: Int, month: Int) -> Message {
        let days = Month.daysIn(year: year, month: month)
        return Message(zh: "\(key) 的日期 \(value) 不存在：\(year)年\(month)月只有 \(days) 天（日期写作 YYYY-MM-DD，如 2026-11-03）",
                       en: "\(key) is \(value), a date that does not exist: \(year)-\(Month.pad(month)) has \(days) days (dates are YYYY-MM-DD, such as 2026-11-03)")
    }

    /// IN-003 for a spreadsheet's date past its month's end (`2026/11/31`).
    static func sheetDayDoesNotExist(line: Int, value: String, year: Int, month: Int) -> Message {
        let days = Month.daysIn(year: year, month: month)
        return Message(zh: "第 \(line) 行的日期 \(value) 不存在：\(year)年\(month)月只有 \(days) 天",
                       en: "the date on line \(line), \(value), does not exist: \(year)-\(Month.pad(month)) has \(days) days")
    }

    package static func fileNameDisagrees(field: String, written: String, fileName: String) -> Message {
        Message(zh: "\(field) 填写为 \(written)，与文件名 \(fileName) 不一致",
                en: "\(field) is \(written) but the file is named \(fileName)")
    }

    package static func badSlug(_ slug: String) -> Message {
        Message(zh: "小区文件夹名 \(slug) 不合规：只能用小写英文字母、数字和 -（如 xinyuan、yizhong-sushe）",
                en: "compound folder name \(slug) is not a slug: use lowercase letters, digits and - (xinyuan, yizhong-sushe)")
    }

    package static func reservedSlug(_ slug: String) -> Message {
        Message(zh: "小区文件夹名 \(slug) 与网站自己的栏目重名（\(Compound.reservedSlugs.sorted().joined(separator: "、"))），请换一个名字",
                en: "compound folder name \(slug) is one the site itself uses (\(Compound.reservedSlugs.sorted().joined(separator: ", "))): choose another")
    }

    /// IN-004 for a file or folder named with a personal number, `path` already masked.
    package static func personalNumberInName(_ path: String, kind: PersonalNumber.Kind) -> Message {
        let zh = kind == .identityCard ? "身份证号" : "手机号", en = kind == .identityCard ? "an identity-card number" : "a mobile number"
        return Message(zh: "\(path) 的名字里有\(zh)：文件和文件夹的名字会成为网页地址，出现在 sitemap.xml 里，无法打码；请改名（如用门牌号、日期或拼音）",
                       en: "\(path) holds \(en) in its name: names of files and folders become page addresses and stand in sitemap.xml, where nothing can mask them; rename it (after the unit, a date, or in pinyin)")
    }

    package static func badFileName(_ name: String, expected: String) -> Message {
        Message(zh: "文件名 \(name) 不合规，应为\(expected)", en: "file name \(name) is not valid; expected \(expected)")
    }

    package static func unexpectedFile(_ path: String) -> Message {
        Message(zh: "不认识的文件 \(path)：content/ 下只放规定的记录文件", en: "unexpected file \(path): content/ holds only the record files of the format")
    }

    package static func unresolved(_ what: ReferenceKind, _ value: String, suggestion: String?) -> Message {
        let hintZh = suggestion.map { "，是否应为 \($0)？" } ?? ""
        let hintEn = suggestion.map { "; did you mean \($0)?" } ?? ""
        return Message(zh: "找不到\(what.zh) \(value)\(hintZh)", en: "no \(what.en) named \(value)\(hintEn)")
    }
}

/// What a value should have been, for IN-002 and IN-003 messages.
package struct ValueDescription: Sendable {
    package let zh: String
    package let en: String
}

/// What a reference points at, for IN-005 messages.
package enum ReferenceKind: Sendable {
    case compound, approval, station, ruleID, rulePack, eightHavesItem, category

    package var zh: String {
        switch self {
        case .compound: "小区"
        case .approval: "审批记录"
        case .station: "党群服务站所在小区"
        case .ruleID: "规则编号"
        case .rulePack: "规则包文件"
        case .eightHavesItem: "规则包“八有”中的项目"
        case .category: "规则包 categories 中的分类"
        }
    }

    package var en: String {
        switch self {
        case .compound: "compound"
        case .approval: "approval"
        case .station: "compound with a station"
        case .ruleID: "rule id"
        case .rulePack: "rule pack file"
        case .eightHavesItem: "eight-haves item of the rule pack"
        case .category: "category in the rule pack's categories"
        }
    }
}
