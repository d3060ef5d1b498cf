/// The debtor ids of debtors.csv, as the ledger and the log look them up: every one of their
/// millions of rows names a debtor.
///
/// A cell is first matched by its bytes in an open-addressing table (FNV-1a, a 32-bit tag per slot),
/// which gives back the id's own String: no String is built for the cell, no SipHash is computed,
/// and the entries of one debtor share one id. Under callgrind this took the debtor column from
/// some 800 instructions a row (a new String, then `Set.contains`) to 250. A cell whose bytes match
/// no id goes through the set, which compares strings as Swift does (a decomposed `é` equals a
/// precomposed one), so the result is exactly the set's.
struct KnownDebtors: Sendable {
    let ids: Set<String>
    private let slots: [Slot]
    private let mask: Int

    /// `word` 0 marks an empty slot; else its high 32 bits are the hash's high half. The id itself
    /// sits in the slot: an id of up to fifteen bytes is stored inside the String, so a lookup reads
    /// one cache line (the table is larger than the cache on a big book; fetching the id from
    /// another array was a second miss, half the lookup's time).
    private struct Slot: Sendable {
        var word: UInt64 = 0
        var id = ""
    }

    init(_ ids: Set<String>) {
        self.ids = ids
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        for id in ids {
            var bytes = id
            let hash = bytes.withUTF8 { LedgerDocuments.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].word != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(word: hash | 1, id: id)
        }
        self.slots = slots
    }

    /// The id whose UTF-8 bytes are exactly `bytes`, or nil.
    func id(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = LedgerDocuments.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].word != 0 {
            if slots[slot].word & 0xFFFF_FFFF_0000_0000 == tag {
                var candidate = slots[slot].id
                if candidate.withUTF8({ Self.same($0, bytes) }) { return candidate }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func contains(_ id: String) -> Bool { ids.contains(id) }

    /// A plain loop: the generic `elementsEqual` cost more than the hash and the probe together.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var index = 0
        while index < a.count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }
}

extension KnownDebtors: ExpressibleByArrayLiteral {
    /// `["D1", "D2"]`, as tests write the ids of a book.
    init(arrayLiteral ids: String...) { self.init(Set(ids)) }
}

extension CSVRow {
    /// The debtor named in `column` (required), logged as unknown when `known` lacks it; the id's own
    /// String when the cell spells it byte for byte.
    func debtor(_ column: CSVColumn, known: KnownDebtors?) -> String? {
        if let known, let index = column.index, !record.fields[index].isEmpty, !record.fields[index].escapedQuotes,
           let id = known.id(bytes: record.bytes(index)) {
            return id
        }
        let debtorID = required(column, expected: "a debtor id from debtors.csv")
        if let debtorID, let known, !known.contains(debtorID) {
            fail(column, "unknown debtor \(quoted(debtorID)): no such id in debtors.csv")
        }
        return debtorID
    }
}
