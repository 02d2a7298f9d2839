import Foundation
import NoticeboardModel
import NoticeboardOpenData
import NoticeboardValues

/// What a statement's page shows, read from its HTML as a reader reads it (the text, without tags): the codes
/// on it, the four totals by their labels, and every amount in yuan. Compared with the data, a page whose
/// figures were changed is told even when its code was left alone.
package enum PageFigures {
    /// Every verification code the text shows (`VBYY-U5TC`).
    package static func codes(in html: String) -> [String] {
        html.matches(of: #/[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/#).map { String($0.output) }
    }

    /// The text a reader sees: tags dropped (with their attributes), a few character references read.
    package static func visibleText(_ html: String) -> String {
        html.replacing(#/<script[\s\S]*?</script>/#, with: " ").replacing(#/<[^>]*>/#, with: " ")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The amounts in yuan the text shows (`¥3,720.00`, `-¥12.00`), in order.
    package static func amounts(in text: String) -> [Money] {
        text.matches(of: #/(-?)¥([0-9][0-9,]*\.[0-9]{2})/#).compactMap { match in
            Money(parsing: String(match.output.1) + String(match.output.2))
        }
    }

    /// How the page's figures differ from the data's (empty when they agree): each of the four totals, found
    /// after its label, must be the data's; every amount shown must be one of the statement's figures; and
    /// every line's amount must be shown at least as often as the lines hold it.
    package static func differences(page html: String, data: StatementData) -> [String] {
        let text = visibleText(html)
        var found: [String] = []
        let totals: [(String, Int64)] = [("上月结余", data.openingFen), ("本月收入", data.totalIncomeFen), ("本月支出", data.totalExpensesFen), ("本月结余", data.closingFen)]
        for (label, fen) in totals {
            guard let at = text.range(of: label) else {
                found.append("没有「\(label)」 / shows no \(label)")
                continue
            }
            let shown = amounts(in: String(text[at.upperBound...]).prefix(80).description).first
            if shown?.fen != fen {
                found.append("\(label) 是 \(shown?.withYuanSign ?? "（无）")，数据是 \(Money(fen: fen).withYuanSign) / \(label) reads \(shown?.withYuanSign ?? "nothing"), the data \(Money(fen: fen).withYuanSign)")
            }
        }
        let shown = amounts(in: text)
        let lineAmounts = data.lines.map(\.amountFen)
        let figures = Set(lineAmounts + [data.openingFen, data.closingFen, data.totalIncomeFen, data.totalExpensesFen,
                                         data.openingFen + data.totalIncomeFen - data.totalExpensesFen])
        for amount in Set(shown.map(\.fen)).subtracting(figures).sorted() {
            found.append("有一个数据里没有的金额 \(Money(fen: amount).withYuanSign) / shows \(Money(fen: amount).withYuanSign), which is no figure of the data")
        }
        var counts: [Int64: Int] = [:]
        for amount in shown { counts[amount.fen, default: 0] += 1 }
        var needed: [Int64: Int] = [:]
        for amount in lineAmounts { needed[amount, default: 0] += 1 }
        for (amount, count) in needed.sorted(by: { $0.key < $1.key }) where counts[amount, default: 0] < count {
            found.append("明细金额 \(Money(fen: amount).withYuanSign) 应出现 \(count) 次，网页上只有 \(counts[amount, default: 0]) 次 / a line's amount appears fewer times than the lines hold it")
        }
        return found
    }
}
