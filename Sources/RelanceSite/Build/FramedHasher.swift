import Crypto
import RelancePublish

/// SHA-256 over framed pieces, as `SHA256.updateFramed` called piece by piece would hash them, with
/// the small pieces gathered in a buffer first: a debtor's fingerprint adds several pieces of a few
/// bytes per row of the book (a file name, a line number, the row's digest), and BoringSSL copies
/// each update into its block buffer through a call of its own. The bytes hashed, and so the
/// digest, do not change.
struct FramedHasher {
    private var hasher = SHA256()
    private var pending: [UInt8] = []
    /// Pieces this large go to the hasher directly, and the buffer is handed over at this size.
    private static let batch = 1 << 14

    init() {
        pending.reserveCapacity(Self.batch + 64)
    }

    /// `bytes` after their count, as `updateFramed`.
    mutating func add(_ bytes: some Collection<UInt8>) {
        DigestFraming.withCount(bytes.count) { pending.append(contentsOf: $0) }
        addUnframed(bytes)
    }

    /// `bytes` alone, as `update`.
    mutating func addUnframed(_ bytes: some Collection<UInt8>) {
        guard bytes.count < Self.batch else {
            flush()
            let hashed = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
                hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
                return true
            }
            if hashed == nil { hasher.update(data: Array(bytes)) }
            return
        }
        pending.append(contentsOf: bytes)
        if pending.count >= Self.batch { flush() }
    }

    mutating func finalize() -> SHA256.Digest {
        flush()
        return hasher.finalize()
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        pending.removeAll(keepingCapacity: true)
    }
}
