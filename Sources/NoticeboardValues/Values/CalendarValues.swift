/// A calendar day as staff write it, `YYYY-MM-DD`. No time zone, no clock.
///
/// Four bytes, as the years it allows (1900–2999) fit: a city's statements hold some 300,000 dated lines.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let storedYear: Int16
    private let storedMonth: UInt8, storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
              (1...Month.daysIn(year: year, month: month)).contains(day) else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public init?(parsing text: String) {
        guard let numbers = asciiNumbers(text, widths: [4, 2, 2]) else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    /// Days since 1970-01-01 (the proleptic Gregorian calendar), for counting the days between two dates.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var description: String { "\(year)-\(Month.pad(month))-\(Month.pad(day))" }

    /// `2026年11月3日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }
}

/// A calendar month, `YYYY-MM`: the period of a statement or a service list.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Small, as `Day`'s.
    private let storedYear: Int16
    private let storedMonth: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }

    public init?(year: Int, month: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month) else { return nil }
        self.init(unchecked: year, month)
    }

    /// For `next` and `previous`, which step one month past the years a record may name (3000-01 after 2999-12,
    /// as a loop's end), and never further: no record can be of that month.
    private init(unchecked year: Int, _ month: Int) {
        storedYear = Int16(year)
        storedMonth = UInt8(month)
    }

    public init?(parsing text: String) {
        guard let numbers = asciiNumbers(text, widths: [4, 2]) else { return nil }
        self.init(year: numbers[0], month: numbers[1])
    }

    public var next: Month { month == 12 ? Month(unchecked: year + 1, 1) : Month(unchecked: year, month + 1) }
    public var previous: Month { month == 1 ? Month(unchecked: year - 1, 12) : Month(unchecked: year, month - 1) }
    public var quarter: Quarter { Quarter(year: year, quarter: (month - 1) / 3 + 1)! }

    public func contains(_ day: Day) -> Bool { day.year == year && day.month == month }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String { "\(year)-\(Month.pad(month))" }

    /// `2026年11月`
    public var chinese: String { "\(year)年\(month)月" }

    package static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    package static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A calendar quarter, `YYYY-Qn`: the period of a resident evaluation.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let quarter: Int

    public init?(year: Int, quarter: Int) {
        guard (1900...2999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, parts[1].first == "Q",
              let y = Int(parts[0]), let q = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: y, quarter: q)
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

    public var description: String { "\(year)-Q\(quarter)" }

    /// `2026年第三季度`
    public var chinese: String { "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度" }
}

/// The numbers of `2026-11-03` (widths 4, 2, 2): ASCII digits of exactly those widths, joined by `-`.
private func asciiNumbers(_ text: String, widths: [Int]) -> [Int]? {
    var text = text
    return text.withUTF8 { bytes -> [Int]? in
        guard bytes.count == widths.reduce(widths.count - 1, +) else { return nil }
        var numbers: [Int] = [], i = 0
        for (index, width) in widths.enumerated() {
            if index > 0 {
                guard bytes[i] == UInt8(ascii: "-") else { return nil }
                i += 1
            }
            var number = 0
            for _ in 0..<width {
                guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return nil }
                number = number * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            numbers.append(number)
        }
        return numbers
    }
}
