import Synchronization
import Testing
import NoticeboardSupport

/// `parallelMap` is `map`, on all cores: every element transformed once, in the input's order.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 3, 64, 1000])
    func itIsMapInTheSameOrder(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.parallelMap { String($0 * 7) } == numbers.map { String($0 * 7) })
    }

    @Test func eachElementIsTransformedOnce() {
        let calls = Mutex<[Int]>([])
        let results = Array(0..<500).parallelMap { number -> Int in
            calls.withLock { $0.append(number) }
            return number
        }
        #expect(results == Array(0..<500))
        #expect(calls.withLock { $0.sorted() } == Array(0..<500))
    }
}
