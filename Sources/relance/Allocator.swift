import CMimalloc

/// The relance executable allocates through mimalloc instead of glibc's malloc. Linked ahead of
/// libc, its `malloc` and `free` are the ones the whole process resolves — Swift's runtime,
/// Foundation and libxml2 included — without any call from here.
///
/// Why: on the 1M-invoice book, glibc's allocator took some 15 % of the build's processor time
/// (`_int_malloc`, `malloc_consolidate`: the pages are built on one thread and written out and
/// freed on another), and mimalloc cut the user time by about 14 % (Tests/Benchmarks/RESULTS.md,
/// "mimalloc"). The library targets, the tests and the fuzzers keep the system allocator.
enum Allocator {
    /// mimalloc's version (e.g. 209 for 2.0.9). Read once at start: a library nothing refers to
    /// would be dropped by a linker that links only what is used (`--as-needed`).
    static let version = Int(mi_version())
}
