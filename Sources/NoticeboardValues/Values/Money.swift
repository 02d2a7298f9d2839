import Foundation
import NoticeboardSupport

/// An exact amount of yuan, held in fen (1/100 yuan). Never a binary float.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    /// The largest amount a record may hold, ¥100,000,000.00: far above any compound's month, and small
    /// enough that no sum of a record's amounts can overflow.
    public static let largest = Money(fen: 10_000_000_000)

    /// Whether the amount lies within ±`largest`.
    public var isWithinBounds: Bool { fen.magnitude <= Self.largest.fen.magnitude }

    /// Parses what staff write: `3780`, `3780.5`, `"3,780.50"`, `-12.00`, with blanks around it (`trimmingBlanks`).
    /// Returns nil for anything else, including more than two decimals and more than 15 digits of yuan.
    public init?(parsing text: String) {
        var body = text.trimmingBlanks()
        guard let fen = body.withUTF8(Self.fen(in:)) else { return nil }
        self.fen = fen
    }

    /// The fen of an amount's bytes: `-`? then 1 to 15 ASCII digits of yuan (bare, or grouped in threes by `,`
    /// after a first group of one to three), then `.` and one or two digits, or nothing. Nil for anything else.
    private static func fen(in bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0, negative = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var yuan: Int64 = 0, digits = 0, group = 0, groups = 0
        while i < bytes.count && bytes[i] != UInt8(ascii: ".") {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") {
                // The first group holds one to three digits, every later one three.
                guard group > 0 && group <= 3 && (groups == 0 || group == 3) else { return nil }
                groups += 1
                group = 0
            } else if byte &- 0x30 < 10 {
                // The 16th digit is refused before it is added: 15 digits of yuan, in fen, are far from overflowing.
                guard digits < 15 else { return nil }
                yuan = yuan * 10 + Int64(byte &- 0x30)
                digits += 1
                group += 1
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 && (groups == 0 || group == 3) else { return nil }
        var cents: Int64 = 0
        if i < bytes.count {
            let fraction = bytes.count - i - 1
            guard fraction == 1 || fraction == 2 else { return nil }
            for byte in bytes[(i + 1)...] {
                guard byte &- 0x30 < 10 else { return nil }
                cents = cents * 10 + Int64(byte &- 0x30)
            }
            if fraction == 1 { cents *= 10 }
        }
        let total = yuan * 100 + cents
        return negative ? -total : total
    }

    /// Sums never trap: the input bounds keep them far from the limits, and past them they stop at the
    /// limit, which no balance can equal, so the arithmetic rules report a mismatch instead of a crash.
    public static func + (a: Money, b: Money) -> Money { Money(fen: saturating(a.fen.addingReportingOverflow(b.fen))) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: saturating(a.fen.subtractingReportingOverflow(b.fen))) }

    private static func saturating(_ result: (partialValue: Int64, overflow: Bool)) -> Int64 {
        guard result.overflow else { return result.partialValue }
        return result.partialValue < 0 ? .max : .min
    }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    public var isNegative: Bool { fen < 0 }

    /// `3,780.50`, the way the board prints amounts.
    public var description: String {
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        let cents = magnitude % 100
        var grouped = ""
        for (offset, digit) in yuan.enumerated() {
            if offset > 0 && (yuan.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (fen < 0 ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// `¥3,780.50`, for pages.
    public var withYuanSign: String { (fen < 0 ? "-¥" : "¥") + Money(fen: Int64(fen.magnitude)).description }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension Character {
    package var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
