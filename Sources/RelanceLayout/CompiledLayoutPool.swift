import Synchronization

/// Compiled copies of one layout, each used by one thread at a time. Resolving a compiled
/// layout's paths still counts references on their names; when two cores render the same layout
/// they fight over the cache lines holding those counts, which cost more than the rendering
/// itself. Each render borrows a copy no other thread is using, and a new copy is compiled when all
/// are busy (so there are about as many copies as rendering threads).
final class CompiledLayoutPool: Sendable {
    private let idle: Mutex<[CompiledLayout]>

    /// `first` is the copy compiled when the layout was loaded.
    init(first: CompiledLayout) {
        idle = Mutex([first])
    }

    /// `compile` makes another copy, equal to the first, when all are busy. nil only if compiling a
    /// copy failed, which compiling the first did not.
    func withCopy<R>(compile: () -> CompiledLayout?, _ body: (CompiledLayout) throws(LayoutError) -> R) throws(LayoutError) -> R? {
        let borrowed = idle.withLock { $0.popLast() }
        guard let copy = borrowed ?? compile() else { return nil }
        defer { idle.withLock { $0.append(copy) } }
        return try body(copy)
    }
}
