// How jemalloc runs this program, read by jemalloc as it starts, before any Swift code (the documented
// `malloc_conf` symbol; the executable exports it, see Package.swift). Measured on a 500 x 24 full build on this
// 2-core machine, against the defaults (8 arenas, freed pages kept 10 s): one arena keeps the peak where glibc's
// allocator had it (about 300 MB instead of 306-324 MB), and freed pages go back after a fifth of a second: against
// a second, the peak of a 500 x 24 full build was 314-321 MB instead of 328-343 MB, for no time measured
// (16.5-18.2 s against 17.2-18.3 s), 2026-12-03.
const char *malloc_conf = "narenas:1,dirty_decay_ms:200";
