import Synchronization
internal import CJemalloc

/// The program's memory comes from jemalloc (Debian's libjemalloc2), linked ahead of glibc so that every
/// `malloc` and `free` (Swift's, libyaml's, libqrencode's) is its; its settings are in CJemalloc. A city's build
/// makes and drops tens of millions of small blocks on both cores: with glibc's allocator, its slow paths
/// (`_int_malloc`, `malloc_consolidate`) were a tenth of a 500 x 24 full build's CPU.
enum Heap {
    /// Reading a city's records makes and drops millions of small allocations; what the allocator keeps of them
    /// once the records are read and checked is handed back to the system.
    static func handBackFreed() {
        _ = mallctl("arena.\(MALLCTL_ARENAS_ALL).purge", nil, nil, nil, 0)
    }

    /// Keeps `value` until the process ends, which frees all of its memory at once: a build's records and page indexes,
    /// freed block by block, took 0.15 s of a 500 x 24 city's build and some 0.7 s of a 2000 x 24 one's, on one
    /// core at its very end (`Pipeline.leftBehind`).
    static func keepUntilExit(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }

    private static let kept = Mutex<[any Sendable]>([])
}
