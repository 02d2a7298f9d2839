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
}
