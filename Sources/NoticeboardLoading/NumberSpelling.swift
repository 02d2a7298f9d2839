import NoticeboardValues

/// What a mistyped number was meant to be, so that a message can name the character to change instead of
/// only calling the number malformed: letters that look like digits (`1,2OO`, `l,200`), full-width commas,
/// points and digits typed with a Chinese input method (`1，200`, `１２００`), a full stop for the point.
enum NumberSpelling {
    /// A character written where another was meant.
    struct Slip: Hashable {
        let written: Character
        let meant: Character

        var zh: String {
            switch written {
            case "O", "o", "l", "I", "|": "字母 \(written)（应为数字 \(meant)）"
            case "〇": "汉字“〇”（应为数字 0）"
            case "，": "全角逗号“，”（应为半角逗号“,”）"
            case "．": "全角句点“．”（应为小数点“.”）"
            case "。": "句号“。”（应为小数点“.”）"
            default: "全角数字“\(written)”（应为 \(meant)）"
            }
        }

        var en: String {
            switch written {
            case "O", "o", "l", "I", "|": "the letter \(written) where the digit \(meant) belongs"
            case "〇": "the Chinese “〇” where the digit 0 belongs"
            case "，": "the full-width comma “，” where a comma “,” belongs"
            case "．", "。": "“\(written)” where a decimal point “.” belongs"
            default: "the full-width digit “\(written)” where \(meant) belongs"
            }
        }
    }

    /// The number as meant and what was changed to make it.
    struct Fix {
        let meant: String
        let slips: [Slip]
    }

    private static let lookAlikes: [Character: Character] = [
        "O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "|": "1", "，": ",", "．": ".", "。": ".",
        "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5", "６": "6", "７": "7", "８": "8", "９": "9",
    ]

    /// `text` with every look-alike replaced, when it holds a digit and at least one look-alike; nil otherwise.
    /// Whether the result is a number is the caller's to decide, by its own reading.
    static func fix(_ text: String) -> Fix? {
        guard text.contains(where: { $0.isASCIIDigit || ("０"..."９").contains($0) }) else { return nil }
        var meant = "", slips: [Slip] = []
        for character in text {
            guard let replacement = lookAlikes[character] else {
                meant.append(character)
                continue
            }
            meant.append(replacement)
            let slip = Slip(written: character, meant: replacement)
            if !slips.contains(slip) { slips.append(slip) }
        }
        return slips.isEmpty ? nil : Fix(meant: meant, slips: slips)
    }

    /// `1,200` as a YAML value: quoted when it holds a comma, which `{…}` would otherwise split it at.
    static func yamlValue(_ number: String) -> String { number.contains(",") ? "\"\(number)\"" : number }

    // MARK: A number split by YAML's flow mappings

    /// `1`, `-12`, `120`: what stands before the first comma of a number written with thousands separators.
    static func isLeadingGroup(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `200`, `000`, `200.50`: what stands after a thousands separator.
    static func isLaterGroup(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        return parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
    }
}
