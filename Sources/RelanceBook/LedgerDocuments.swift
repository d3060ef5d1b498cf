import RelanceCore

/// A document of the ledger (invoice or credit note) as other rows and files refer to it.
struct LedgerDocument {
    let reference: String
    let kind: LedgerEntry.Kind
    let debtorID: String
    let line: Int
    /// The first line of its row (`line` is the reference cell's).
    let row: Int
    /// Where the reference cell starts (byte offset and its line's first byte), for a duplicate's error.
    let referenceOffset: Int
    let lineStart: Int
}

/// Invoices and credit notes by reference.
///
/// Documents are appended while the rows are read and indexed once the file is done, in one tight
/// loop, into an open-addressing table of (hash tag, position) words. On a million-row ledger a
/// `[String: Document]` filled row by row spent more time waiting for cache misses (one per insert,
/// between two rows' worth of other work) than the whole CSV scan took; the tight loop lets the
/// processor overlap those misses. References are local data, so a fast non-cryptographic hash is
/// enough, and every hash match is confirmed by comparing the references themselves.
struct LedgerDocuments {
    private(set) var documents: [LedgerDocument] = []
    private var hashes: [UInt64] = []
    /// High 32 bits: the hash's high half; low 32 bits: position + 1. 0 marks an empty slot.
    private var slots: [UInt64] = []
    private var mask = 0

    init(capacity: Int) {
        documents.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    mutating func append(_ document: LedgerDocument) {
        hashes.append(Self.hash(document.reference))
        documents.append(document)
    }

    /// Appends another part's documents, in file order (before `index()`).
    mutating func append(contentsOf other: LedgerDocuments) {
        documents.append(contentsOf: other.documents)
        hashes.append(contentsOf: other.hashes)
    }

    /// Indexes the documents in file order. Returns every later document whose reference was already
    /// taken, with the first one, which is the one indexed.
    mutating func index() -> [(duplicate: LedgerDocument, first: LedgerDocument)] {
        var size = 16
        while size < documents.count * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        var duplicates: [(LedgerDocument, LedgerDocument)] = []
        for position in documents.indices {
            let hash = hashes[position]
            let tag = hash & 0xFFFF_FFFF_0000_0000
            var slot = Int(truncatingIfNeeded: hash) & mask
            var isDuplicate = false
            while slots[slot] != 0 {
                let word = slots[slot]
                if word & 0xFFFF_FFFF_0000_0000 == tag {
                    let first = documents[Int(word & 0xFFFF_FFFF) - 1]
                    if first.reference == documents[position].reference {
                        duplicates.append((documents[position], first))
                        isDuplicate = true
                        break
                    }
                }
                slot = (slot + 1) & mask
            }
            if !isDuplicate { slots[slot] = tag | UInt64(position + 1) }
        }
        return duplicates
    }

    /// The document of that reference (the first, for a duplicate). Only after `index()`.
    subscript(reference: String) -> LedgerDocument? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(reference)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let word = slots[slot]
            if word & 0xFFFF_FFFF_0000_0000 == tag {
                let document = documents[Int(word & 0xFFFF_FFFF) - 1]
                if document.reference == reference { return document }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// FNV-1a over the UTF-8 bytes, then MurmurHash3's finalizer so that the low bits (the slot) and
    /// the high bits (the tag) both depend on every byte.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        StableHash.murmurFinalized(StableHash.fnv1a(bytes))
    }
}
