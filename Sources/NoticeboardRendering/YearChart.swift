import NoticeboardLoading
import NoticeboardValues

/// A year's money as an inline SVG drawn by the build: income and expenses of each month as bars, the
/// closing balance as a line, all on one scale from zero, so every height is its amount. No script,
/// nothing from another host; the table beside it stays the authority and the text equivalent. The build
/// draws what is inside the `<svg>` element; the template writes the element, with the label it reads out.
package struct YearChart {
    package struct Month {
        package let number: Int
        package let income: Money
        package let expenses: Money
        package let closing: Money
    }

    package let months: [Month]

    /// The drawing's units: one CSS pixel at a 360 px wide phone.
    package static let width = 360, height = 180, top = 10, baseline = 156

    /// The scale's step: 1, 2 or 5 times a power of ten yuan, the smallest that reaches the largest amount
    /// in at most five steps. The scale's lines are labelled with their amounts.
    package var step: Money {
        let largest = months.flatMap { [$0.income.fen, $0.expenses.fen, max(0, $0.closing.fen)] }.max() ?? 0
        var power: Int64 = 100
        while power <= Int64.max / 50 {
            for factor: Int64 in [1, 2, 5] where power * factor * 5 >= largest { return Money(fen: power * factor) }
            power *= 10
        }
        return Money(fen: max(largest / 5, 1))
    }

    /// The top of the scale: as many steps as reach the largest amount (at least one).
    package var scaleTop: Money {
        let largest = months.flatMap { [$0.income.fen, $0.expenses.fen, max(0, $0.closing.fen)] }.max() ?? 0
        let step = step.fen
        let steps = max(1, largest / step + (largest % step == 0 ? 0 : 1))
        let (top, overflow) = steps.multipliedReportingOverflow(by: step)
        return Money(fen: overflow ? Int64.max : top)
    }

    /// A height in tenths of a unit, in proportion to `amount` (amounts below zero draw nothing).
    package func tenths(_ amount: Money) -> Int64 {
        let plot = Int64(Self.baseline - Self.top) * 10, top = max(scaleTop.fen, 1), fen = min(max(0, amount.fen), top)
        let (product, overflow) = fen.multipliedReportingOverflow(by: plot)
        return overflow ? fen / max(top / plot, 1) : product / top
    }

    package static func units(_ tenths: Int64) -> String { tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)" }

    /// A line of the scale's label: whole yuan with thousands separators (`30,000`).
    static func label(_ amount: Money) -> String {
        let text = amount.description
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    }

    /// What the `<svg>` element of `width` by `height` holds (`year.mustache` writes the element): a slot for
    /// each month from the first posted to the last (a month between them without a statement keeps its empty
    /// slot, so that the months stand in their order), bars, month numbers, the balance line, and the scale's
    /// lines labelled on the left with their amounts. Empty without months.
    package var drawing: String {
        guard let first = months.map(\.number).min(), let last = months.map(\.number).max() else { return "" }
        let step = step, top = scaleTop, steps = Int(max(1, top.fen / max(step.fen, 1)))
        let labels = (0...steps).map { index in
            let (fen, overflow) = step.fen.multipliedReportingOverflow(by: Int64(index))
            return Self.label(Money(fen: overflow ? top.fen : fen))
        }
        // The labels' column: 9 units a character at the chart's 16-unit type, and a gap.
        let gutter = Int64((labels.map(\.count).max() ?? 1) * 9 + 8) * 10
        let slot = (Int64(Self.width) * 10 - gutter) / Int64(last - first + 1), bar = slot * 3 / 10
        var parts: [String] = []
        for (index, text) in labels.enumerated() {
            let y = Int64(Self.baseline) * 10 - Int64(index) * Int64(Self.baseline - Self.top) * 10 / Int64(steps)
            parts.append(#"<line class="grid" x1="\#(Self.units(gutter))" x2="\#(Self.width)" y1="\#(Self.units(y))" y2="\#(Self.units(y))"/>"#)
            parts.append(#"<text class="axis" x="\#(Self.units(gutter - 60))" y="\#(Self.units(y + 55))">\#(text)</text>"#)
        }
        var points: [(x: String, y: String)] = []
        for month in months {
            let left = gutter + Int64(month.number - first) * slot
            for (kind, amount, x) in [("income", month.income, left + slot / 10), ("expenses", month.expenses, left + slot / 10 + bar + slot / 20)] {
                let h = tenths(amount)
                parts.append(#"<rect class="\#(kind)" x="\#(Self.units(x))" y="\#(Self.units(Int64(Self.baseline) * 10 - h))" width="\#(Self.units(bar))" height="\#(Self.units(h))"/>"#)
            }
            points.append((Self.units(left + slot / 2), Self.units(Int64(Self.baseline) * 10 - tenths(month.closing))))
            parts.append(#"<text x="\#(Self.units(left + slot / 2))" y="\#(Self.height - 4)">\#(month.number)月</text>"#)
        }
        if points.count > 1 { parts.append(#"<polyline class="balance" points="\#(points.map { "\($0.x),\($0.y)" }.joined(separator: " "))"/>"#) }
        for point in points { parts.append(#"<circle class="balance" cx="\#(point.x)" cy="\#(point.y)" r="3"/>"#) }
        return parts.joined()
    }
}
