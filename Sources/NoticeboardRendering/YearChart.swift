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
    package static let width = 360, height = 180, top = 6, baseline = 156

    /// The top of the scale: the largest amount rounded up to 1, 2 or 5 times a power of ten yuan.
    package var scaleTop: Money {
        let largest = months.flatMap { [$0.income.fen, $0.expenses.fen, max(0, $0.closing.fen)] }.max() ?? 0
        var step: Int64 = 100
        while step <= Int64.max / 50 {
            for factor: Int64 in [1, 2, 5] where step * factor >= largest { return Money(fen: step * factor) }
            step *= 10
        }
        return Money(fen: max(largest, 1))
    }

    /// A height in tenths of a unit, in proportion to `amount` (amounts below zero draw nothing).
    package func tenths(_ amount: Money) -> Int64 {
        let plot = Int64(Self.baseline - Self.top) * 10, top = max(scaleTop.fen, 1), fen = min(max(0, amount.fen), top)
        let (product, overflow) = fen.multipliedReportingOverflow(by: plot)
        return overflow ? fen / max(top / plot, 1) : product / top
    }

    package static func units(_ tenths: Int64) -> String { tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)" }

    /// What the `<svg>` element of `width` by `height` holds: grid, bars, month numbers, balance line.
    package var drawing: String {
        let slot = Int64(Self.width) * 10 / 12, bar = slot * 3 / 10
        var parts: [String] = []
        for quarter in 0...4 {
            let y = Int64(Self.baseline) * 10 - Int64(quarter) * Int64(Self.baseline - Self.top) * 10 / 4
            parts.append(#"<line class="grid" x1="0" x2="\#(Self.width)" y1="\#(Self.units(y))" y2="\#(Self.units(y))"/>"#)
        }
        var points: [(x: String, y: String)] = []
        for month in months {
            let left = Int64(month.number - 1) * slot + slot / 10
            for (kind, amount, x) in [("income", month.income, left), ("expenses", month.expenses, left + bar + slot / 20)] {
                let h = tenths(amount)
                parts.append(#"<rect class="\#(kind)" x="\#(Self.units(x))" y="\#(Self.units(Int64(Self.baseline) * 10 - h))" width="\#(Self.units(bar))" height="\#(Self.units(h))"/>"#)
            }
            points.append((Self.units(Int64(month.number - 1) * slot + slot / 2), Self.units(Int64(Self.baseline) * 10 - tenths(month.closing))))
            parts.append(#"<text x="\#(Self.units(Int64(month.number - 1) * slot + slot / 2))" y="\#(Self.height - 4)">\#(month.number)</text>"#)
        }
        if points.count > 1 { parts.append(#"<polyline class="balance" points="\#(points.map { "\($0.x),\($0.y)" }.joined(separator: " "))"/>"#) }
        for point in points { parts.append(#"<circle class="balance" cx="\#(point.x)" cy="\#(point.y)" r="3"/>"#) }
        return parts.joined()
    }
}
