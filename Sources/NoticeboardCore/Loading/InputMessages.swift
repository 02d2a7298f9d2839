/// The texts of the input diagnostics (IN-001 … IN-005), in both languages, in one place.
enum InputMessages {
    static func notUTF8() -> Message {
        Message(zh: "文件不是 UTF-8 编码，无法读取（请另存为 UTF-8）", en: "the file is not UTF-8 encoded (save it as UTF-8)")
    }

    static func yamlSyntax(_ problem: String) -> Message {
        Message(zh: "YAML 格式错误：\(problem)", en: "YAML syntax error: \(problem)")
    }

    static func missingFrontMatter() -> Message {
        Message(zh: "缺少开头的 --- 前言块（Markdown 文件应以 --- 开头的一段 YAML 开始）",
                en: "missing front matter: a Markdown record starts with a YAML block between --- lines")
    }

    static func unclosedFrontMatter() -> Message {
        Message(zh: "前言块没有结束的 --- 行", en: "the front matter has no closing --- line")
    }

    static func emptyDocument() -> Message {
        Message(zh: "文件内容为空", en: "the file is empty")
    }

    static func duplicateKeys(_ keys: [String]) -> Message {
        Message(zh: "键重复：\(keys.joined(separator: "、"))", en: "duplicate keys: \(keys.joined(separator: ", "))")
    }

    static func missingKey(_ key: String) -> Message {
        Message(zh: "缺少必填项 \(key)", en: "required key \(key) is missing")
    }

    static func emptyValue(_ key: String) -> Message {
        Message(zh: "\(key) 不能为空", en: "\(key) must not be empty")
    }

    static func unknownKey(_ key: String, expected: [String], suggestion: String?) -> Message {
        let hintZh = suggestion.map { "，是否应为 \($0)？" } ?? ""
        let hintEn = suggestion.map { "; did you mean \($0)?" } ?? ""
        return Message(zh: "未知的键 \(key)\(hintZh)（此处可用：\(expected.joined(separator: ", "))）",
                       en: "unknown key \(key)\(hintEn) (expected one of: \(expected.joined(separator: ", ")))")
    }

    static func wrongType(_ key: String, expected: ValueDescription) -> Message {
        Message(zh: "\(key) 应为\(expected.zh)", en: "\(key) must be \(expected.en)")
    }

    static func badChoice(_ key: String, value: String, allowed: [String]) -> Message {
        Message(zh: "\(key) 的取值 \(value) 无效，可选：\(allowed.joined(separator: "、"))",
                en: "\(key) has the invalid value \(value); allowed: \(allowed.joined(separator: ", "))")
    }

    static func malformed(_ key: String, value: String, expected: ValueDescription) -> Message {
        Message(zh: "\(key) 的值 \(value) 格式不对，应为\(expected.zh)", en: "\(key) value \(value) is malformed; expected \(expected.en)")
    }

    static func fileNameDisagrees(field: String, written: String, fileName: String) -> Message {
        Message(zh: "\(field) 填写为 \(written)，与文件名 \(fileName) 不一致",
                en: "\(field) is \(written) but the file is named \(fileName)")
    }

    static func badSlug(_ slug: String) -> Message {
        Message(zh: "小区文件夹名 \(slug) 不合规：只能用小写英文字母、数字和 -（如 xinyuan、yizhong-sushe）",
                en: "compound folder name \(slug) is not a slug: use lowercase letters, digits and - (xinyuan, yizhong-sushe)")
    }

    static func badFileName(_ name: String, expected: String) -> Message {
        Message(zh: "文件名 \(name) 不合规，应为\(expected)", en: "file name \(name) is not valid; expected \(expected)")
    }

    static func unexpectedFile(_ path: String) -> Message {
        Message(zh: "不认识的文件 \(path)：content/ 下只放规定的记录文件", en: "unexpected file \(path): content/ holds only the record files of the format")
    }

    static func unresolved(_ what: ReferenceKind, _ value: String, suggestion: String?) -> Message {
        let hintZh = suggestion.map { "，是否应为 \($0)？" } ?? ""
        let hintEn = suggestion.map { "; did you mean \($0)?" } ?? ""
        return Message(zh: "找不到\(what.zh) \(value)\(hintZh)", en: "no \(what.en) named \(value)\(hintEn)")
    }
}

/// What a value should have been, for IN-002 and IN-003 messages.
struct ValueDescription: Sendable {
    let zh: String
    let en: String
}

/// What a reference points at, for IN-005 messages.
enum ReferenceKind: Sendable {
    case compound, approval, station, ruleID, rulePack, eightHavesItem

    var zh: String {
        switch self {
        case .compound: "小区"
        case .approval: "审批记录"
        case .station: "党群服务站所在小区"
        case .ruleID: "规则编号"
        case .rulePack: "规则包文件"
        case .eightHavesItem: "规则包“八有”中的项目"
        }
    }

    var en: String {
        switch self {
        case .compound: "compound"
        case .approval: "approval"
        case .station: "compound with a station"
        case .ruleID: "rule id"
        case .rulePack: "rule pack file"
        case .eightHavesItem: "eight-haves item of the rule pack"
        }
    }
}
