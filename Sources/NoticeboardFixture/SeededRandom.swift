/// SplitMix64: a small, fast generator whose sequence depends only on its seed,
/// so a synthetic community is the same bytes on every machine and every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A stream for one purpose (a compound, a month of it), independent of every other stream.
    init(_ parts: Int...) {
        state = parts.reduce(0x9E37_79B9_7F4A_7C15) { ($0 ^ UInt64(bitPattern: Int64($1))) &* 0xBF58_476D_1CE4_E5B9 }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}
