/// The one stable hash of the project: FNV-1a 64 over UTF-8 bytes, the same on every run and
/// machine (unlike Swift's `hashValue`, seeded per process), with the two finalisers its users
/// need. Hash tables take MurmurHash3's, so that both the slot (low bits) and the tag (high bits)
/// depend on every byte; names shown to users (slugs) take SplitMix64's, so that close ids get
/// visibly different hashes.
public enum StableHash {
    public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a 64 of `bytes`, continuing from `hash`.
    @inlinable
    public static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, from hash: UInt64 = offsetBasis) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// FNV-1a 64 of `bytes` when every one is ASCII, else nil: one pass for both, for hash tables
    /// that hash ASCII keys this way and the others as Swift does (`StringTable`), whose hashing a
    /// second pass for the test made a third slower.
    @inlinable
    public static func fnv1aOfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = offsetBasis, high: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
            high |= byte
        }
        return high < 0x80 ? hash : nil
    }

    /// FNV-1a 64 of a string's UTF-8 bytes.
    @inlinable
    public static func fnv1a(_ text: String) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ fnv1a($0) }) { return hash }
        var hash = offsetBasis
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// MurmurHash3's 64-bit finaliser.
    @inlinable
    public static func murmurFinalized(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    /// SplitMix64's finaliser.
    @inlinable
    public static func splitMixFinalized(_ hash: UInt64) -> UInt64 {
        var value = hash
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
