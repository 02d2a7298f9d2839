import Foundation
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// How a scalar is read: what it must look like, and which input rule blames it when it does not.
package struct ValueKind<Value: Sendable>: Sendable {
    package let parse: @Sendable (_ key: FieldName, _ text: String) -> Result<Value, ValueProblem>
}

/// Why a value could not be read, and so which input rule reports it.
package enum ValueProblem: Error {
    /// IN-002: wrong type or bad enumeration value.
    case wrongType(Message)
    /// IN-003: a malformed date, month, quarter or amount.
    case malformed(Message)
}

extension ValueKind where Value == String {
    /// Any non-empty text; numbers written without quotes are taken as their text.
    package static let text = ValueKind { _, text in .success(text.trimmedOfSpaces) }

    /// An absolute http(s) URL ending in "/", under which pages are hosted.
    package static let baseURL = ValueKind { key, text in
        BaseURL.isValid(text) ? .success(text) : .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(
            zh: "以 http:// 或 https:// 开头、以 / 结尾的完整网址", en: "an absolute http(s) URL ending in /"))))
    }

    /// A licence identifier as data packages name them (`CC-BY-4.0`, `ODbL-1.0`): letters, digits, `.`, `-`, `_`.
    package static let licence = ValueKind { key, text in
        let text = text.trimmedOfSpaces
        let ok = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        return ok ? .success(text) : .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(
            zh: "许可证代号，只含字母、数字、.、-、_（如 CC-BY-4.0）", en: "a licence identifier of letters, digits, ., -, _ (CC-BY-4.0)"))))
    }

    /// An absolute http(s) URL.
    package static let url = ValueKind { key, text in
        let ok = (text.hasPrefix("https://") || text.hasPrefix("http://")) && URL(string: text)?.host?.isEmpty == false
        return ok ? .success(text) : .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(
            zh: "以 http:// 或 https:// 开头的完整网址", en: "an absolute http(s) URL"))))
    }
}

extension ValueKind where Value == Int {
    /// The largest count a record may hold (households, votes, people, days, square metres):
    /// above any compound's, and small enough that no sum of counts can overflow.
    package static let largestCount = 100_000

    package static let wholeNumber = ValueKind { key, text in
        guard let n = Int(text), n >= 0 else {
            if let problem = tooLarge(key, text) ?? misspelt(key, text) { return .failure(problem) }
            return .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: "不小于 0 的整数", en: "a whole number ≥ 0"))))
        }
        return n <= largestCount ? .success(n) : .failure(tooLarge(key, text)!)
    }

    package static let positiveNumber = ValueKind { key, text in
        guard let n = Int(text), n > 0 else {
            if let problem = tooLarge(key, text) ?? misspelt(key, text) { return .failure(problem) }
            return .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: "大于 0 的整数", en: "a whole number > 0"))))
        }
        return n <= largestCount ? .success(n) : .failure(tooLarge(key, text)!)
    }

    /// IN-003 for a run of digits past `largestCount`, even one too long for an `Int`; nil for anything else.
    private static func tooLarge(_ key: FieldName, _ text: String) -> ValueProblem? {
        let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), Int(digits).map({ $0 > largestCount }) ?? true else { return nil }
        return .malformed(InputMessages.tooLarge("\(key)", value: text, bound: "100,000"))
    }

    /// A count written with commas (`1,260`) or look-alike characters (`1OO`), said as it was meant; nil for anything else.
    private static func misspelt(_ key: FieldName, _ text: String) -> ValueProblem? {
        let fix = NumberSpelling.fix(text)
        let meant = (fix?.meant ?? text).replacingOccurrences(of: ",", with: "")
        guard meant != text, let n = Int(meant), n > 0 else { return nil }
        if let fix { return .malformed(InputMessages.misspeltNumber("\(key)", value: text, fix: fix, meant: meant)) }
        return .wrongType(InputMessages.countWithCommas("\(key)", value: text, meant: meant))
    }

    package static let year = ValueKind { key, text in
        guard let n = Int(text), (1921...2999).contains(n) else {
            return .failure(.malformed(InputMessages.malformed("\(key)", value: text, expected: .init(zh: "四位年份（如 1989）", en: "a four-digit year (1989)"))))
        }
        return .success(n)
    }
}

extension ValueKind where Value == Bool {
    package static let flag = ValueKind { key, text in
        switch text.lowercased() {
        case "true", "yes", "是": return .success(true)
        case "false", "no", "否": return .success(false)
        default:
            return .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: " true（是）或 false（否）", en: "true or false"))))
        }
    }
}

extension ValueKind where Value == Money {
    /// An amount of yuan with at most two decimals, not negative.
    package static let amount = ValueKind { key, text in
        guard let money = Money(parsing: text), !money.isNegative else {
            if let problem = misspelt(key, text) { return .failure(problem) }
            return .failure(.malformed(InputMessages.malformed("\(key)", value: text, expected: .init(
                zh: "不为负的金额，最多两位小数（如 3780、3780.5、\"3,780.50\"）",
                en: "a non-negative amount with at most two decimals (3780, 3780.5, \"3,780.50\")"))))
        }
        return money.isWithinBounds ? .success(money) : .failure(tooLarge(key, text))
    }

    /// A balance, which may be negative.
    package static let balance = ValueKind { key, text in
        guard let money = Money(parsing: text) else {
            if let problem = misspelt(key, text) { return .failure(problem) }
            return .failure(.malformed(InputMessages.malformed("\(key)", value: text, expected: .init(
                zh: "金额，最多两位小数（如 3780、3780.5、\"3,780.50\"）", en: "an amount with at most two decimals (3780, 3780.5, \"3,780.50\")"))))
        }
        return money.isWithinBounds ? .success(money) : .failure(tooLarge(key, text))
    }

    /// IN-003 naming the look-alike characters of an amount that is one once they are replaced (`"1,2OO"`).
    private static func misspelt(_ key: FieldName, _ text: String) -> ValueProblem? {
        guard let fix = NumberSpelling.fix(text), Money(parsing: fix.meant) != nil else { return nil }
        return .malformed(InputMessages.misspeltNumber("\(key)", value: text, fix: fix, meant: NumberSpelling.yamlValue(fix.meant)))
    }

    /// IN-003 for an amount past `Money.largest`.
    package static func tooLarge(_ key: FieldName, _ text: String) -> ValueProblem {
        .malformed(InputMessages.tooLarge("\(key)", value: text, bound: Money.largest.withYuanSign))
    }
}

extension ValueKind where Value == Day {
    package static let day = ValueKind { key, text in
        if let day = Day(parsing: text) { return .success(day) }
        if let (year, month, day) = dateParts(text) {
            if let valid = Day(year: year, month: month, day: day) {
                return .failure(.malformed(InputMessages.malformed("\(key)", value: text, expected: .init(
                    zh: "日期 YYYY-MM-DD，即 \(valid)", en: "a date YYYY-MM-DD, here \(valid)"))))
            }
            return .failure(.malformed(InputMessages.dayDoesNotExist("\(key)", value: text, year: year, month: month)))
        }
        return .failure(.malformed(InputMessages.malformed(
            "\(key)", value: text, expected: .init(zh: "日期 YYYY-MM-DD（如 2026-11-03）", en: "a date YYYY-MM-DD (2026-11-03)"))))
    }

    /// The year, month and day `2026-02-30`, `2026/11/31` or `2026.11.3` names, whether or not the day exists:
    /// what was meant, to say what is wrong with it. Nil unless the year and the month are ones.
    static func dateParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(whereSeparator: { "-/.年月日".contains($0) }).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        return (year, month, day)
    }
}

extension ValueKind where Value == Month {
    package static let month = ValueKind { key, text in
        Month(parsing: text).map { .success($0) } ?? .failure(.malformed(InputMessages.malformed(
            "\(key)", value: text, expected: .init(zh: "月份 YYYY-MM（如 2026-11）", en: "a month YYYY-MM (2026-11)"))))
    }
}

extension ValueKind where Value == Quarter {
    package static let quarter = ValueKind { key, text in
        Quarter(parsing: text).map { .success($0) } ?? .failure(.malformed(InputMessages.malformed(
            "\(key)", value: text, expected: .init(zh: "季度 YYYY-Qn（如 2026-Q3）", en: "a quarter YYYY-Qn (2026-Q3)"))))
    }
}

extension ValueKind where Value == Decimal {
    /// A share between 0 and 1, such as 0.6.
    package static let ratio = ValueKind { key, text in
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let d = Decimal(string: text), d >= 0, d <= 1 else {
            return .failure(.wrongType(InputMessages.wrongType("\(key)", expected: .init(zh: "0 到 1 之间的小数（如 0.6）", en: "a decimal between 0 and 1 (0.6)"))))
        }
        return .success(d)
    }
}

extension ValueKind where Value: LabeledChoice {
    package static var choice: ValueKind {
        ValueKind { key, text in
            if let match = Value.allCases.first(where: { $0.rawValue == text || $0.label == text }) { return .success(match) }
            let allowed = Value.allCases.map { "\($0.rawValue)（\($0.label)）" }
            return .failure(.wrongType(InputMessages.badChoice("\(key)", value: text, allowed: allowed)))
        }
    }
}
