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
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(message: systemMessage()) }
        let size = Int(status.st_size)
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        let stamp = SourceStamp(size: size, modified: Int(modified.tv_sec) * 1_000_000_000 + Int(modified.tv_nsec))
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
}

/// `read(2)`, named apart from `FileBytes.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemMessage() -> String { String(cString: strerror(errno)) }
