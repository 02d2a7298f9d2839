internal import CMalloc

/// How the build asks glibc's allocator to hold its memory; measured on 500 x 24, the peak goes from
/// about 355 to 300 MB for a few tenths of a second.
enum Heap {
    /// glibc raises the size from which a block gets its own mapping each time such a block is freed
    /// (up to 32 MB). After a month's bundle of sheets (megabytes) is freed once, every page buffer below
    /// that size comes from the shared arenas and leaves them fragmented; a fixed threshold keeps the
    /// large buffers apart and returns them whole when they are freed.
    ///
    /// Fixing it also fixes the size from which freed memory at the top of an arena is handed back (128 KB):
    /// libyaml takes and frees 64 KB of buffers for every file, so each file's read grew and shrank its
    /// thread's arena (22,000 `mprotect` calls and their page faults for 34,000 files). A higher mark keeps
    /// that memory in the arena; `handBackFreed` returns it once the records are read.
    static func keepLargeBlocksApart() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        _ = mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024)
    }

    /// Reading a city's records makes and drops millions of small allocations; what glibc keeps of them
    /// once the records are read and checked is handed back to the system.
    static func handBackFreed() {
        _ = malloc_trim(0)
    }
}
