/// Strings (debtor ids, invoice references) numbered in the order they were first added, found
/// again through an open-addressing table of (hash tag, number) words.
///
/// Why not `[String: Int]`: on a million-invoice book the computation looks up some three million
/// ids and references, and the standard dictionary's SipHash (hasher set-up, byte mixing and
/// finalisation, then a full key comparison on every probed slot) took a fifth of the computation's
/// instructions under callgrind. FNV-1a with a 32-bit tag per slot compares keys only on a real
/// match. The keys are the book's own data, so a non-cryptographic hash is enough.
struct StringTable: Sendable {
    /// In the order they were added; a string's number is its position here.
    private(set) var keys: [String] = []
    private var slots: [Slot]
    private var mask: Int

    /// `word` 0 marks an empty slot; else its high 32 bits are the hash's high half and its low 32
    /// bits the number + 1. The key is kept in the slot as well: a key of up to fifteen bytes (ids and
    /// references nearly always) is stored inside the String, so a lookup reads one cache line, where
    /// fetching the key from `keys` was a second cache miss on a large book.
    private struct Slot: Sendable {
        var word: UInt64 = 0
        var key = ""
    }

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The number of `key`, added if new.
    mutating func insert(_ key: String) -> (number: Int, inserted: Bool) {
        let hash = Self.hash(key)
        if let found = find(key, hash: hash) { return (found, false) }
        if (keys.count + 1) * 2 > slots.count { grow() }
        place(UInt64(keys.count + 1), key: key, hash: hash)
        keys.append(key)
        return (keys.count - 1, true)
    }

    func number(of key: String) -> Int? {
        find(key, hash: Self.hash(key))
    }

    private func find(_ key: String, hash: UInt64) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let word = slots[slot].word
            if word == 0 { return nil }
            if word & 0xFFFF_FFFF_0000_0000 == tag && slots[slot].key == key { return Int(word & 0xFFFF_FFFF) - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ numberPlusOne: UInt64, key: String, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].word != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(word: hash & 0xFFFF_FFFF_0000_0000 | numberPlusOne, key: key)
    }

    private mutating func grow() {
        slots = Array(repeating: Slot(), count: slots.count * 2)
        mask = slots.count - 1
        for (number, key) in keys.enumerated() { place(UInt64(number + 1), key: key, hash: Self.hash(key)) }
    }

    /// FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser so that both the slot (low bits)
    /// and the tag (high bits) depend on every byte. That is for ASCII keys (nearly all); any other
    /// key takes Swift's own hash, which agrees with `==`: a decomposed `é` equals a precomposed one,
    /// as the dictionaries this table replaced had it. (No ASCII key equals a non-ASCII one.)
    ///
    /// The ASCII test reads the string's own buffer in the hash's pass: `allSatisfy` over the
    /// `UTF8View` walked it index by index and cost as much again as the hash (every debtor id and
    /// invoice reference of the book goes through here, once more per date of a reconstructed letter).
    static func hash(_ key: String) -> UInt64 {
        let ascii = key.utf8.withContiguousStorageIfAvailable { StableHash.fnv1aOfASCII($0) }
        if let hash = ascii ?? (key.utf8.allSatisfy { $0 < 0x80 } ? StableHash.fnv1a(key) : nil) {
            return StableHash.murmurFinalized(hash)
        }
        var hasher = Hasher()
        hasher.combine(key)
        return StableHash.murmurFinalized(UInt64(bitPattern: Int64(hasher.finalize())))
    }
}
