/// How a month's ledger goes onto A4 sheet pages, and at what type size: a notice is read standing at
/// the gate, so a short month prints large (16 pt up to 8 lines, 14 pt up to 12), a longer one at 12 pt,
/// 25 lines a full page, running on to numbered pages with the header on each. The last page also holds
/// the totals, the signature lines and the room for the seal, so it takes fewer lines.
package struct StatementSheetPlan {
    /// A type size of the sheet, named by the class its stylesheet keys on.
    package struct Scale: Equatable {
        package let name: String
        /// Printed lines a page holds above the foot (totals, signature lines, room for the seal): the
        /// whole month at the larger sizes, the last page at the regular one.
        package let linesAboveFoot: Int
        /// Characters of an item that fit on one line of the table's 摘要 column at this size.
        package let charactersPerLine: Int

        package static let large = Scale(name: "sheet-large", linesAboveFoot: 8, charactersPerLine: 11)
        package static let medium = Scale(name: "sheet-medium", linesAboveFoot: 12, charactersPerLine: 13)
        package static let regular = Scale(name: "sheet-regular", linesAboveFoot: 14, charactersPerLine: 16)
    }

    /// Lines a page holds at the regular size when the foot is not on it.
    package static let linesPerFullPage = 25

    package let scale: Scale
    package let pages: [[SheetPage.Row]]

    /// `rows` with the text each shows in its 摘要 column (`item（payee）`) and whether it cites an approval.
    package init(rows: [SheetPage.Row]) {
        // Each item's characters, counted once for the three sizes: counting a Chinese text's characters
        // walks its grapheme breaks.
        let characters = rows.map(\.item.count)
        func lines(_ index: Int, at scale: Scale) -> Int {
            (characters[index] + scale.charactersPerLine - 1) / scale.charactersPerLine + (rows[index].approval == nil ? 0 : 1)
        }
        for scale in [Scale.large, .medium] where rows.indices.reduce(0, { $0 + lines($1, at: scale) }) <= scale.linesAboveFoot {
            self.scale = scale
            pages = [rows]
            return
        }
        scale = .regular
        // Full pages first.
        var pages: [[SheetPage.Row]] = [[]]
        var used = 0
        for (index, row) in rows.enumerated() {
            let needed = lines(index, at: .regular)
            if used + needed > Self.linesPerFullPage && !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            used += needed
            pages[pages.count - 1].append(row)
        }
        // The foot does not fit below a longer last page: its last line runs on to a page of its own.
        if used > Scale.regular.linesAboveFoot, pages[pages.count - 1].count > 1 {
            pages.append([pages[pages.count - 1].removeLast()])
        }
        self.pages = pages
    }
}
