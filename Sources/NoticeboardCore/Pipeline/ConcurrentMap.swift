import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over all cores, in chunks, keeping the order of the input (public for the fixture generator).
    /// `progress` hears how many elements are done after each chunk.
    public func concurrentMap<T: Sendable>(progress: ((Int) -> Void)? = nil, _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        guard count > 1 else { return map(transform) }
        let chunkSize = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<Swift.min($0 + chunkSize, count) }
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for (index, range) in chunks.enumerated() {
                let slice = Array(self[range])
                group.addTask { (index, slice.map(transform)) }
            }
            var parts = [[T]](repeating: [], count: chunks.count)
            var done = 0
            for await (index, part) in group {
                parts[index] = part
                done += part.count
                progress?(done)
            }
            return parts.flatMap { $0 }
        }
    }
}
