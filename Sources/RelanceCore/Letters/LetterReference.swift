/// The reference printed on a letter, which the debtor quotes with the payment (README, "Letters": unique to
/// the letter, stable for the same book and date). Built from the debtor id, the level and the date:
/// `ACME-R2-20260615`. An id that is not already plain upper-case ASCII is cleaned and given a short
/// hash of the original, so that two ids that clean alike (`ACME/01`, `acme 01`) never share a reference.
public enum LetterReference {
    public static func make(debtorID: String, level: LetterLevel, date: Day) -> String {
        "\(debtorPart(debtorID))-\(level.code)-\(String(date.iso.filter { $0 != "-" }))"
    }

    /// Upper-case letters, digits and single hyphens; at most 24 characters before the hash.
    public static func debtorPart(_ id: String) -> String {
        let isPlain = !id.isEmpty && id.utf8.count <= 24
            && id.utf8.allSatisfy { isUpperOrDigit($0) || $0 == UInt8(ascii: "-") }
            && id.utf8.first.map(isUpperOrDigit) == true
        if isPlain { return id }
        var cleaned: [UInt8] = []
        for byte in id.uppercased().utf8 {
            if isUpperOrDigit(byte) { cleaned.append(byte) }
            else if cleaned.last != UInt8(ascii: "-"), !cleaned.isEmpty { cleaned.append(UInt8(ascii: "-")) }
            if cleaned.count >= 24 { break }
        }
        while cleaned.last == UInt8(ascii: "-") { cleaned.removeLast() }
        let stem = cleaned.isEmpty ? "CLIENT" : String(decoding: cleaned, as: UTF8.self)
        return "\(stem)-\(hashSuffix(id))"
    }

    private static func isUpperOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Six upper-case hex digits of FNV-1a over the id's UTF-8 bytes: stable across runs and machines.
    private static func hashSuffix(_ id: String) -> String {
        let hash = StableHash.fnv1a(id)
        let hex = String(hash >> 40, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - hex.count) + hex
    }
}
