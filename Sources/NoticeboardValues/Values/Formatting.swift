import Foundation

/// How values read on the board.
package enum Formatting {
    /// `11月3日`, for ledger lines within a month.
    package static func shortDate(_ day: Day) -> String { "\(day.month)月\(day.day)日" }

    /// `82.5%`, exact decimal arithmetic, one decimal, rounded half up.
    package static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (part * 1000 * 2 + whole) / (whole * 2)
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Names joined the Chinese way: `孙丽、周敏`.
    package static func names(_ names: [String]) -> String { names.joined(separator: "、") }
}
