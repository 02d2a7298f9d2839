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

    /// Parses what staff write: `3780`, `3780.5`, `"3,780.50"`, `-12.00`.
    /// Returns nil for anything else, including more than two decimals.
    public init?(parsing text: String) {
        if let fen = Self.fen(ascii: text) {
            self.fen = fen
            return
        }
        guard let parsed = Self.parseTrimmed(text) else { return nil }
        fen = parsed
    }

    /// The common case, an amount in ASCII without blanks around it, read from its bytes; nil for
    /// anything else, which `parseTrimmed` reads (or refuses) the same way, only slower.
    private static func fen(ascii text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 else { return nil }
            var i = 0, negative = false
            if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
            var yuan: Int64 = 0, digits = 0, group = 0, groups = 0, firstGroup = 0
            while i < bytes.count, bytes[i] != UInt8(ascii: ".") {
                let byte = bytes[i]
                if byte == UInt8(ascii: ",") {
                    if groups == 0 { firstGroup = group } else if group != 3 { return nil }
                    guard group > 0 else { return nil }
                    groups += 1
                    group = 0
                } else if byte >= 0x30 && byte <= 0x39 {
                    // More than 15 digits is refused below; stopping here keeps the product from overflowing.
                    guard digits < 15 else { return nil }
                    yuan = yuan * 10 + Int64(byte - 0x30)
                    digits += 1
                    group += 1
                } else {
                    return nil
                }
                i += 1
            }
            guard digits > 0, digits <= 15 else { return nil }
            if groups > 0 { guard (1...3).contains(firstGroup), group == 3 else { return nil } }
            var cents: Int64 = 0
            if i < bytes.count {
                let fraction = bytes.count - i - 1
                guard (1...2).contains(fraction) else { return nil }
                for j in (i + 1)..<bytes.count {
                    guard bytes[j] >= 0x30 && bytes[j] <= 0x39 else { return nil }
                    cents = cents * 10 + Int64(bytes[j] - 0x30)
                }
                if fraction == 1 { cents *= 10 }
            }
            let total = yuan * 100 + cents
            return negative ? -total : total
        }
    }

    private static func parseTrimmed(_ text: String) -> Int64? {
        var body = text.trimmingBlanks()
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        // Thousands separators, when present, must be placed as separators are.
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        if parts.count == 2 && fraction.isEmpty { return nil }
        while fraction.count < 2 { fraction += "0" }
        guard let yuan = Int64(digits), let cents = Int64(fraction) else { return nil }
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
