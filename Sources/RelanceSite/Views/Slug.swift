import Foundation
import RelanceCore

/// The folder name of a debtor's case file, derived from its id alone (assets/docs/book-format.md): the id itself
/// when it is already safe, else a cleaned form plus a short hash of the id. Safe, unique and stable.
public enum Slug {
    /// Lower case only (case-insensitive file systems), no dots (no `.` or `..`), bounded length.
    /// An id that merely looks like a hashed slug is hashed too, so no safe id can collide with one.
    public static func make(for id: String) -> String {
        if isSafe(id) && !looksHashed(id) { return id }
        var cleaned: [UInt8] = []
        var lastWasDash = true
        for scalar in AccentFolding.folded(id).unicodeScalars {
            if scalar.isASCII, isAlnum(UInt8(scalar.value)) {
                cleaned.append(UInt8(scalar.value) | (isUpper(UInt8(scalar.value)) ? 0x20 : 0))
                lastWasDash = false
            } else if !lastWasDash {
                cleaned.append(UInt8(ascii: "-"))
                lastWasDash = true
            }
            if cleaned.count >= 40 { break }
        }
        while cleaned.last == UInt8(ascii: "-") { cleaned.removeLast() }
        let name = cleaned.isEmpty ? "debiteur" : String(decoding: cleaned, as: UTF8.self)
        return name + "-" + hash(id)
    }

    private static func isAlnum(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte) || isUpper(byte)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }

    static func isSafe(_ id: String) -> Bool {
        guard let first = id.utf8.first, id.utf8.count <= 64 else { return false }
        guard isLowerAlnum(first) else { return false }
        return id.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte)
    }

    private static func looksHashed(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count > 13, bytes[bytes.count - 13] == UInt8(ascii: "-") else { return false }
        return bytes.suffix(12).allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// 48 bits of FNV-1a 64 over the id's UTF-8, mixed by the SplitMix64 finaliser so that close ids
    /// get visibly different hashes, as 12 hex digits: stable across runs and machines (unlike Swift's
    /// `hashValue`, which is seeded per process).
    static func hash(_ id: String) -> String {
        let value = StableHash.splitMixFinalized(StableHash.fnv1a(id))
        let text = String(value >> 16, radix: 16)
        return String(repeating: "0", count: 12 - text.count) + text
    }
}
