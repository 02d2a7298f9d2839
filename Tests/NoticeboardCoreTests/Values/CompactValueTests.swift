import Testing
@testable import NoticeboardValues

/// The values a city's records hold by the million are stored small (a location's path shared, 32-bit lines and
/// columns, a day in four bytes): each must behave exactly as the plain form it replaced, which these tests keep beside them.
@Suite struct CompactValueTests {
    /// Locations in several files (one path object shared, or each its own), lines and columns near the edges.
    static let places: [(file: String, line: Int, column: Int)] = {
        let files = ["content/a.yaml", "content/b.yaml", "content/compounds/馨园/ledger/2026-10.yaml", "", "content/a.yaml.bak"]
        let numbers = [1, 2, 9, 10, 255, 256, 65_535, 65_536, Int(Int32.max)]
        return files.flatMap { file in numbers.flatMap { line in [1, 7, 65_536].map { (file, line, $0) } } }
    }()

    @Test func aLocationComparesHashesAndPrintsAsItsPathLineAndColumn() {
        let shared = Dictionary(uniqueKeysWithValues: Set(Self.places.map(\.file)).map { ($0, SourcePath($0)) })
        for a in Self.places {
            let one = SourceLocation(file: a.file, line: a.line, column: a.column)
            let sharing = SourceLocation(path: shared[a.file]!, line: a.line, column: a.column)
            #expect(one == sharing && one.hashValue == sharing.hashValue, "a path shared or not is the same place")
            #expect((one.file, one.line, one.column) == (a.file, a.line, a.column))
            #expect(one.description == "\(a.file):\(a.line):\(a.column)")
            for b in Self.places.prefix(60) {
                let other = SourceLocation(path: shared[b.file]!, line: b.line, column: b.column)
                #expect((one == other) == (a == b), "\(a) \(b)")
                #expect((one < other) == ((a.file, a.line, a.column) < (b.file, b.line, b.column)), "\(a) \(b)")
            }
        }
    }

    @Test func aLineBeyondThirtyTwoBitsIsHeldAtTheLargest() {
        let far = SourceLocation(file: "x", line: Int(Int32.max) + 10, column: -5)
        #expect(far.line == Int(Int32.max) && far.column == -5)
    }

    /// Every day of 1900–2999's edges and of a leap year, as the three numbers it was made of, in the same order.
    @Test func aDayIsItsYearMonthAndDay() {
        var days: [Day] = []
        for year in [1900, 1999, 2000, 2024, 2026, 2100, 2999] {
            for month in 1...12 {
                for day in 1...31 {
                    guard let made = Day(year: year, month: month, day: day) else {
                        #expect(day > Month.daysIn(year: year, month: month), "\(year)-\(month)-\(day)")
                        continue
                    }
                    #expect((made.year, made.month, made.day) == (year, month, day))
                    #expect(Day(parsing: made.description) == made)
                    days.append(made)
                }
            }
        }
        #expect(days == days.sorted(), "made in order, they sort in order")
        #expect(zip(days, days.dropFirst()).allSatisfy { $0.ordinal < $1.ordinal })
        #expect(Day(year: 1899, month: 12, day: 31) == nil && Day(year: 3000, month: 1, day: 1) == nil)
        let months = [1900, 2026, 2999].flatMap { year in (1...12).map { Month(year: year, month: $0)! } }
        #expect(months.map { "\($0.year)-\($0.month)" } == [1900, 2026, 2999].flatMap { year in (1...12).map { "\(year)-\($0)" } })
        #expect(months == months.sorted() && Set(months).count == months.count)
    }

    /// A record may name any month of 1900–2999: stepping past the last or before the first (a loop up to the
    /// latest month, a deadline in the next month) gives a month no record can name, never a crash.
    @Test func stepsPastTheYearsARecordMayNameDoNotTrap() {
        let last = Month(year: 2999, month: 12)!, first = Month(year: 1900, month: 1)!
        #expect(last.next > last && (last.next.year, last.next.month) == (3000, 1))
        #expect(first.previous < first && (first.previous.year, first.previous.month) == (1899, 12))
        #expect(Month(parsing: last.next.description) == nil, "no record names it")
        var month = Month(year: 2999, month: 11)!, steps = 0
        while month <= last {
            month = month.next
            steps += 1
        }
        #expect(steps == 2)
        #expect(Day(year: last.next.year, month: last.next.month, day: 5) == nil)
    }
}
