extension Array {
    /// Empties the array, handing its elements to `body` in order, each moved out rather than copied.
    package mutating func drain(_ body: (consuming Element) throws -> Void) rethrows {
        // Reversed through the buffer, whose swaps move elements (the array's own swaps copy them).
        withUnsafeMutableBufferPointer { $0.reverse() }
        while let element = popLast() { try body(consume element) }
    }
}
