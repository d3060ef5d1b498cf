import Foundation

/// Compiled copies of one layout, each used by one thread at a time. Walking a compiled layout
/// counts references on its nodes and paths; when two cores render the same layout they fight over
/// the cache lines holding those counts, which cost more than the rendering itself. Each render
/// borrows a copy no other thread is using, and a new copy is compiled when all are busy (so there
/// are about as many copies as rendering threads).
final class CompiledLayoutPool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`; a borrowed copy is used by one thread;
    // `compile` only reads the layout's parsed template, which any number of threads may copy.
    private let lock = NSLock()
    private var idle: [CompiledLayout]
    private let compile: () -> CompiledLayout?

    /// `first` is the copy compiled when the layout was loaded; `compile` makes another, equal one.
    init(first: CompiledLayout, compile: @escaping () -> CompiledLayout?) {
        idle = [first]
        self.compile = compile
    }

    /// nil only if compiling a copy failed, which compiling the first did not.
    func withCopy<R>(_ body: (CompiledLayout) throws(LayoutError) -> R) throws(LayoutError) -> R? {
        lock.lock()
        let borrowed = idle.popLast()
        lock.unlock()
        guard let copy = borrowed ?? compile() else { return nil }
        defer {
            lock.lock()
            idle.append(copy)
            lock.unlock()
        }
        return try body(copy)
    }
}
