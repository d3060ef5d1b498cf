/// An enumerated value of the book (kind, type, channel…): matched case-insensitively, accents
/// optional, a space or a hyphen standing for the underscore, so `Règlement`, `reglement` and
/// `REGLEMENT` are one word, as are `credit note`, `credit-note` and `credit_note`.
struct Keywords<Value: Sendable>: Sendable {
    private let table: [String: Value]
    /// The same keys as bytes: a short ASCII cell is matched against them without building a String
    /// or hashing, which matters on a million rows.
    private let keys: [([UInt8], Value)]
    /// The words as the table spells them (`règlement`, `credit_note`), end to end, each with the
    /// value its folded form has: files nearly always spell a value one way, and an exact byte match
    /// took the ledger's kind column from 800 instructions a row to 200 under callgrind (an accented
    /// `règlement` went through a String and a dictionary).
    private let spellings: [UInt8]
    private let spellingEntries: [(end: Int, value: Value)]
    /// The contract's own spellings, for messages: "invoice, credit_note or payment".
    let expected: String

    init(_ entries: [(String, Value)], expected: [String]) {
        var table: [String: Value] = [:]
        for (word, value) in entries { table[KeywordFolding.fold(word)] = value }
        self.table = table
        keys = table.map { (Array($0.key.utf8), $0.value) }
        var spellings: [UInt8] = []
        var spellingEntries: [(end: Int, value: Value)] = []
        for (word, _) in entries {
            guard let value = table[KeywordFolding.fold(word)] else { continue }
            spellings.append(contentsOf: word.utf8)
            spellingEntries.append((spellings.count, value))
        }
        self.spellings = spellings
        self.spellingEntries = spellingEntries
        self.expected = expected.count > 1
            ? expected.dropLast().joined(separator: ", ") + " or " + expected.last!
            : expected.joined()
    }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if let value = spelledAsInTable(bytes) { return value }
        candidates: for (key, value) in keys where key.count == bytes.count {
            for index in 0..<key.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return table[KeywordFolding.fold(bytes)] }
                if KeywordFolding.foldASCII(byte) != key[index] { continue candidates }
            }
            return value
        }
        return bytes.contains { $0 >= 0x80 } ? table[KeywordFolding.fold(bytes)] : nil
    }
    func value(_ text: String) -> Value? { table[KeywordFolding.fold(text)] }

    private func spelledAsInTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        spellings.withUnsafeBufferPointer { all in
            var start = 0
            for (end, value) in spellingEntries {
                defer { start = end }
                guard end - start == bytes.count else { continue }
                var index = 0
                while index < bytes.count && all[start + index] == bytes[index] { index += 1 }
                if index == bytes.count { return value }
            }
            return nil
        }
    }
}

enum KeywordFolding {
    /// The folded key of an ASCII value is built without leaving the stack (small strings are inline).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return fold(String(decoding: bytes, as: UTF8.self)) }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            for (index, byte) in bytes.enumerated() { output[index] = foldASCII(byte) }
            return bytes.count
        }
    }

    static func fold(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.unicodeScalars.append(Unicode.Scalar(foldASCII(UInt8(value))))
            } else if (0x300...0x36F).contains(value) {
                continue  // a combining accent (decomposed text): dropped with the precomposed ones
            } else if let base = latinBase[scalar] {
                result += base
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @inline(__always) static func foldASCII(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: " "), UInt8(ascii: "-"): return UInt8(ascii: "_")
        default: return byte
        }
    }

    private static let latinBase: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, base) in groups { for scalar in letters.unicodeScalars { table[scalar] = base } }
        return table
    }()
}
