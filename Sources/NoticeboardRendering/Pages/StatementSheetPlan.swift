/// A statement's sheet page as `templates/style.css` sets it ("A4 gatehouse sheets"), in millimetres: each
/// `.sheet-page` is one sheet of A4 with its margins as its padding, so the plan knows what a page holds. A change to those sizes is a change here; `SheetTests` prints months of every length
/// and counts the pages.
package enum SheetGeometry {
    package static let millimetresPerPoint = 25.4 / 72
    /// A4 (210 × 297 mm) less the margins: 25 mm top, 22 mm bottom, 20 mm each side.
    package static let textWidth = 170.0, textHeight = 250.0
    /// What a page keeps free of the estimate, for what the estimate does not see (a font's own metrics,
    /// a line broken early before a closing bracket).
    package static let reserve = 2.5
    /// A table cell's padding (0.5 mm above and below, 1.2 mm each side) and its 0.5 pt border.
    package static let cellPaddingHeight = 1.0, cellPaddingWidth = 2.4, border = 0.3
    /// The space under a paragraph and under a table.
    package static let paragraphGap = 1.5
    /// The foot: its margin above, the room for the seal, the gap between its rows.
    package static let footMargin = 2.0, sealHeight = 36.0, sealWidth = 46.0, footGap = 1.0, footColumnGap = 4.0

    /// How wide `text` sets, in ems: a Chinese character (or a full-width form) is one em; Latin letters,
    /// digits and marks are counted a little wider than the sheet's faces set them (Noto Serif CJK, FangSong,
    /// SimSun: digits 0.5–0.55 em, capitals up to 0.75 em but W), any other character as one em.
    package static func ems(_ text: String) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: continue
            case 0x20, 0x21, 0x27...0x2F, 0x3A, 0x3B, 0x49, 0x69, 0x6A, 0x6C, 0x7C: ems += 0.35
            case 0x30...0x39, 0x22...0x26, 0x3C...0x3F, 0x5B...0x60, 0x7B, 0x7D, 0x7E: ems += 0.55
            case 0x61...0x7A: ems += scalar.value == 0x6D || scalar.value == 0x77 ? 0.85 : 0.6
            case 0x41...0x5A: ems += scalar.value == 0x4D || scalar.value == 0x57 ? 1.05 : 0.75
            default: ems += 1
            }
        }
        return ems
    }

    /// Lines `text` takes in a column `width` millimetres wide (padding excluded) at `points`: at least one.
    /// Chinese text breaks between any two characters, so the count is its width over the line's, less
    /// some room for a closing mark that may not begin a line and is kept on the line before.
    package static func lines(_ text: String, width: Double, points: Double) -> Int {
        let perLine = max(1, width / (points * millimetresPerPoint) - 0.6)
        return max(1, Int((ems(text) / perLine).rounded(.up)))
    }
}

/// How a month's ledger goes onto A4 sheet pages, and at what type size: a notice is read standing at the
/// gate, so the sheet prints at the largest size (16, 14 or 12 pt) that needs the fewest pages. Every page
/// is filled before the next begins; the last page holds the totals, the signature lines, the QR code and
/// the room for the seal, and keeps at least `linesWithTotals` of the month's lines with them. Each page
/// carries the title, and the first says how many pages there are.
package struct StatementSheetPlan {
    /// A type size of the sheet, named by the class its stylesheet keys on.
    package struct Scale: Equatable, Sendable {
        package let name: String
        /// The table's and the text's size, and the title's, in points.
        package let points: Double, titlePoints: Double
        /// The verification code's and the supervision phone's size beside the QR code, and the address's under it.
        package let codePoints: Double, addressPoints: Double

        package static let large = Scale(name: "sheet-large", points: 16, titlePoints: 26, codePoints: 18, addressPoints: 14)
        package static let medium = Scale(name: "sheet-medium", points: 14, titlePoints: 24, codePoints: 16, addressPoints: 14)
        package static let regular = Scale(name: "sheet-regular", points: 12, titlePoints: 22, codePoints: 14, addressPoints: 12)
        /// Largest first.
        package static let all: [Scale] = [.large, .medium, .regular]

        var em: Double { points * SheetGeometry.millimetresPerPoint }
        /// A line of a paragraph (line-height 1.3).
        var textLine: Double { em * 1.3 }
        /// A table row of `lines` lines (line-height 1.25).
        func row(_ lines: Int) -> Double { Double(lines) * em * 1.25 + SheetGeometry.cellPaddingHeight + SheetGeometry.border }
        /// The ledger's columns besides 摘要: 日期 5 em, 金额 6 em, 凭证号 7.5 em.
        var itemWidth: Double { SheetGeometry.textWidth - 18.5 * em }
        var voucherWidth: Double { 7.5 * em }
    }

    /// A ledger line as the plan sees it: the text of its 摘要 column, its voucher, whether it cites a decision.
    package struct Line {
        package let income: Bool
        package let item: String
        package let voucher: String
        package let citesApproval: Bool

        package init(income: Bool, item: String, voucher: String, citesApproval: Bool) {
            self.income = income
            self.item = item
            self.voucher = voucher
            self.citesApproval = citesApproval
        }
    }

    /// What the sheet prints besides its lines, as much as its height depends on.
    package struct Frame {
        /// The title's parts, each kept on one line (compound, month, 收支明细公示（续）).
        package let titleParts: [String]
        /// The paragraphs under the totals (the check and the fee collection, the corrections), as printed.
        package let checkText: [String]
        /// The three totals in capital numerals.
        package let capitals: [String]
        /// The printed QR code's side, and the address printed under it.
        package let qrSide: Double
        package let address: String

        package init(titleParts: [String], checkText: [String], capitals: [String], qrSide: Double, address: String) {
            self.titleParts = titleParts
            self.checkText = checkText
            self.capitals = capitals
            self.qrSide = qrSide
            self.address = address
        }
    }

    /// One page's lines, by index into the month's lines (income first, then expenses).
    package struct Page: Equatable {
        package let lines: Range<Int>
    }

    /// Lines printed with the totals on the last page, when the month runs on to more than one page.
    package static let linesWithTotals = 3

    /// How many one-line rows of one kind a page between others holds at 12 pt: a full page (for the benchmark).
    package static var linesPerFullPage: Int {
        let scale = Scale.regular
        let room = SheetGeometry.textHeight - SheetGeometry.reserve - titleHeight(["收支明细公示（续）"], at: scale)
            - 2 * scale.row(1) - scale.textLine - 2 * SheetGeometry.paragraphGap
        return Int(room / scale.row(1))
    }

    package let scale: Scale
    package let pages: [Page]

    package init(lines: [Line], frame: Frame) {
        var best: (scale: Scale, pages: [Page])?
        for scale in Scale.all {
            let pages = Self.paginate(lines, frame, at: scale)
            if best == nil || pages.count < best!.pages.count { best = (scale, pages) }
        }
        scale = best!.scale
        pages = best!.pages
    }

    /// Height of each line's row at `scale`: its 摘要 (or voucher, if that wraps more), and the decision it cites.
    static func rowHeights(_ lines: [Line], at scale: Scale) -> [Double] {
        lines.map { line in
            let item = SheetGeometry.lines(line.item, width: scale.itemWidth - SheetGeometry.cellPaddingWidth, points: scale.points)
            let voucher = SheetGeometry.lines(line.voucher, width: scale.voucherWidth - SheetGeometry.cellPaddingWidth, points: scale.points)
            let approval = line.citesApproval ? 1 : 0
            return scale.row(max(item + approval, voucher))
        }
    }

    /// Height of the title at `scale`: its parts on as few lines as they fit, none broken inside.
    static func titleHeight(_ parts: [String], at scale: Scale) -> Double {
        let perLine = SheetGeometry.textWidth / (scale.titlePoints * SheetGeometry.millimetresPerPoint)
        var lines = 1, used = 0.0
        for part in parts {
            let width = SheetGeometry.ems(part)
            if used > 0 && used + width > perLine { lines += 1; used = 0 }
            used += width
        }
        return Double(lines) * scale.titlePoints * SheetGeometry.millimetresPerPoint * 1.3 + 3
    }

    /// Height of what follows the lines on the last page: the totals, the paragraphs under them, the
    /// signature lines, and the foot with the QR code, the code and phone beside it, the seal and the address.
    static func footHeight(_ frame: Frame, at scale: Scale) -> Double {
        let capitalWidth = SheetGeometry.textWidth / 2 - SheetGeometry.cellPaddingWidth
        let totals = frame.capitals.map { scale.row(SheetGeometry.lines($0, width: capitalWidth, points: scale.points)) }.reduce(0, +)
            + SheetGeometry.paragraphGap
        let check = frame.checkText.map {
            Double(SheetGeometry.lines($0, width: SheetGeometry.textWidth, points: scale.points)) * scale.textLine + SheetGeometry.paragraphGap
        }.reduce(0, +)
        let signatures = 1 + scale.textLine + max(scale.textLine, 12 * SheetGeometry.millimetresPerPoint * 1.3)
        // Beside the QR code: the code and the phone, each under its label, and a line saying what to do.
        let besideWidth = SheetGeometry.textWidth - frame.qrSide - SheetGeometry.sealWidth - 2 * SheetGeometry.footColumnGap
        let hint = SheetGeometry.lines("扫码或输入下面的网址，核对网页版", width: besideWidth, points: scale.points)
        let beside = 2 * (scale.textLine + scale.codePoints * SheetGeometry.millimetresPerPoint * 1.25 + 1.5)
            + Double(hint) * scale.textLine + 1.5
        let address = Double(SheetGeometry.lines("网址：" + frame.address, width: SheetGeometry.textWidth, points: scale.addressPoints))
            * scale.addressPoints * SheetGeometry.millimetresPerPoint * 1.3
        let foot = SheetGeometry.footMargin + max(frame.qrSide, SheetGeometry.sealHeight, beside) + SheetGeometry.footGap + address
        return totals + check + signatures + foot
    }

    /// The month's lines on pages at `scale`: each page filled in turn, the last with the foot and at least
    /// `linesWithTotals` lines (or all of them on one page, when they fit with the foot).
    static func paginate(_ lines: [Line], _ frame: Frame, at scale: Scale) -> [Page] {
        let rows = rowHeights(lines, at: scale)
        let title = titleHeight(frame.titleParts, at: scale), continuedTitle = titleHeight(frame.titleParts + ["（续）"], at: scale)
        let opening = scale.textLine + SheetGeometry.paragraphGap
        let head = scale.row(1), group = scale.row(1)
        let foot = footHeight(frame, at: scale)
        let continued = scale.textLine + SheetGeometry.paragraphGap
        let room = SheetGeometry.textHeight - SheetGeometry.reserve

        /// The height of `range` on a page: its title, the opening on the first page, the table's head,
        /// a group's heading where the group begins or runs on, its rows.
        func height(_ range: Range<Int>, first: Bool) -> Double {
            var height = (first ? title + opening : continuedTitle) + head + SheetGeometry.paragraphGap
            var previous: Bool?
            for index in range {
                if lines[index].income != previous { height += group; previous = lines[index].income }
                height += rows[index]
            }
            return height
        }

        var pages: [Range<Int>] = []
        var start = 0
        while true {
            let first = pages.isEmpty
            // The rest fits with the foot: this is the last page.
            if height(start..<lines.count, first: first) + foot <= room {
                pages.append(start..<lines.count)
                break
            }
            // Fill the page, leaving something to run on: at least `linesWithTotals` lines for the last page.
            var end = start
            while end < lines.count && height(start..<(end + 1), first: first) + continued <= room { end += 1 }
            if end == start { end = min(start + 1, lines.count) }
            if end < lines.count && lines.count - end < linesWithTotals { end = max(start + 1, lines.count - linesWithTotals) }
            if end == lines.count {
                // Everything fits but not with the foot: keep a few lines for the last page, as many as fit there.
                var keep = min(linesWithTotals, end - start)
                while keep > 0 && height((lines.count - keep)..<lines.count, first: false) + foot > room { keep -= 1 }
                if keep == end - start && first { keep = max(0, keep - 1) }
                end -= keep
                if end == start { // Nothing to keep before the foot: the lines go on this page, the foot runs on with none.
                    end = lines.count
                }
            }
            pages.append(start..<end)
            start = end
            if start >= lines.count {
                // Every line placed and the foot had no room: it goes on a page of its own.
                pages.append(lines.count..<lines.count)
                break
            }
        }
        return pages.map { Page(lines: $0) }
    }
}
