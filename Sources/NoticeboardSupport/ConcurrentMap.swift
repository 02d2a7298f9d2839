import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over all cores, in chunks, keeping the order of the input (public for the fixture generator).
    /// `progress` hears how many elements are done after each chunk.
    public func concurrentMap<T: Sendable>(progress: ((Int) -> Void)? = nil, _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        guard count > 1 else { return map(transform) }
        // Small chunks, so that the last ones end close together: a core left alone with a long chunk idles the others.
        let chunkSize = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 32))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<Swift.min($0 + chunkSize, count) }
        return await withTaskGroup(of: (Int, ChunkResults<T>).self) { group in
            for (index, range) in chunks.enumerated() {
                let slice = Array(self[range])
                group.addTask { (index, ChunkResults(slice.map(transform))) }
            }
            var parts = [ChunkResults<T>?](repeating: nil, count: chunks.count)
            var done = 0
            for await (index, part) in group {
                parts[index] = part
                done += part.items.count
                progress?(done)
            }
            // Moved, not copied: copying a parsed record retains each of its texts and lists, and freeing
            // the parts would release them all again (for a city's 34,000 records, on one core).
            var all: [T] = []
            all.reserveCapacity(done)
            for part in parts { part?.items.drain { element in all.append(consume element) } }
            return all
        }
    }
}

/// A chunk's results, handed over by reference: the task that made them may keep its result alive a while,
/// and an array shared with it could only be copied out, not moved. Only the task writes it, before handing it over.
private final class ChunkResults<T>: @unchecked Sendable {
    var items: [T]

    init(_ items: [T]) { self.items = items }
}

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order, for work inside a synchronous step (a file being rendered): the calling
    /// thread works too (`DispatchQueue.concurrentPerform`). Each element is one piece of work: give it few, large ones.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { at in slots[at] = transform(self[at]) }
        }
        var all: [T] = []
        all.reserveCapacity(count)
        results.drain { all.append($0!) }
        return all
    }
}
