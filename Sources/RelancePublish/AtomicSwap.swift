import Glibc

/// Puts a complete staging folder in place of the output folder so that a reader sees the previous
/// output or the new one, never a mix; afterwards the staging path holds the previous output (if
/// any), for the caller to remove.
enum AtomicSwap {
    static func install(staging: String, at out: String, allowExchange: Bool = true) throws {
        if PublishFS.kind(out) == .missing {
            try PublishFS.rename(staging, out)
            return
        }
        if allowExchange, try exchange(staging, out) { return }
        try parkAndRename(staging: staging, out: out)
    }

    /// renameat2(RENAME_EXCHANGE) swaps both names in one atomic step. Swift's Glibc module does not
    /// expose it (it sits behind _GNU_SOURCE), hence dlsym. Returns false when the kernel or file
    /// system does not support the exchange, so that the caller falls back.
    private static func exchange(_ staging: String, _ out: String) throws -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>
        guard let symbol = LibC.symbol("renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        if renameat2(AT_FDCWD, staging, AT_FDCWD, out, renameExchange) == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { return false }
        throw PublishError.posix("swap in the new output at", path: out, errno: code)
    }

    /// Without an exchange, rename(2) cannot replace a non-empty folder, and the publisher may only
    /// use the names `out` and `<out>.partial`. So the previous output is parked *inside* the
    /// staging folder, which is then renamed into place:
    ///   1. out                → staging/.relance-old   (out is absent for an instant)
    ///   2. staging            → out                    (the new output is in place)
    ///   3. out/.relance-old   → staging                (the old one leaves the new; caller removes it)
    /// A reader may find `out` missing between 1 and 2, never a mix of two builds. A crash between
    /// the steps is repaired by `InterruptedSwap.repair` on the next run.
    private static func parkAndRename(staging: String, out: String) throws {
        let parkedInStaging = staging + "/" + PublishNames.parkedOutput
        try PublishFS.rename(out, parkedInStaging)
        do {
            try PublishFS.rename(staging, out)
        } catch {
            try? PublishFS.rename(parkedInStaging, out)  // put the previous output back
            throw error
        }
        // The new output is in place; a failure here only leaves the old one parked inside it until
        // the next run tidies it, so it is not worth failing the build for.
        try? PublishFS.rename(out + "/" + PublishNames.parkedOutput, staging)
    }
}
