#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RelanceCore

/// Reads a whole file straight into a byte array with POSIX calls: one copy fewer than going through
/// `Data`, which counts for a ledger of a hundred megabytes.
enum FileBytes {
    struct Failure: Error {
        let message: String
    }

    /// The bytes, and the size and modification time of the file they were read from.
    static func readStamped(path: String) throws(Failure) -> (bytes: [UInt8], stamp: SourceStamp) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: systemMessage()) }
        defer { close(descriptor) }
        let stamp = try stamp(of: descriptor)
        let size = stamp.size
        guard size > 0 else { return ([], stamp) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let count = readSome(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failed = true; return }
                if count == 0 { break }
                initialized += count
            }
        }
        if failed { throw Failure(message: systemMessage()) }
        return (bytes, stamp)
    }

    /// Hands the file to `body` in pieces of at most `pieceSize` bytes, in order, without holding it
    /// whole; stops early when the file's stamp is not `expected`. Returns the stamp.
    static func stream(path: String, expected: SourceStamp?, pieceSize: Int = 1 << 22,
                       _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(Failure) -> SourceStamp {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: systemMessage()) }
        defer { close(descriptor) }
        let stamp = try stamp(of: descriptor)
        guard expected == nil || stamp == expected else { return stamp }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: pieceSize)
        defer { buffer.deallocate() }
        while true {
            let count = readSome(descriptor, buffer, pieceSize)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw Failure(message: systemMessage()) }
            if count == 0 { return stamp }
            body(UnsafeBufferPointer(start: buffer, count: count))
        }
    }

    /// Hands `body` the file open for reading, and its stamp; a reader that streams the file itself
    /// (libxml2's) reads it from there.
    static func withOpenFile<T>(path: String, _ body: (Int32, SourceStamp) -> T) throws(Failure) -> T {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: systemMessage()) }
        defer { close(descriptor) }
        return body(descriptor, try stamp(of: descriptor))
    }

    private static func stamp(of descriptor: Int32) throws(Failure) -> SourceStamp {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(message: systemMessage()) }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return SourceStamp(size: Int(status.st_size), modified: Int(modified.tv_sec) * 1_000_000_000 + Int(modified.tv_nsec))
    }
}

/// `read(2)`, named apart from `FileBytes.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemMessage() -> String { String(cString: strerror(errno)) }
