import Foundation

/// Where a debtor's name files in an alphabetical list, as a French reader looks for it:
/// "Électricité Vidal" under E, "« Le Marin »" under L, "Œuvres" under O: case and accents
/// ignored, quotes and punctuation skipped. Names that start with a digit or with a letter outside
/// A–Z file under "#", after Z. The key depends on the name alone (no locale of the machine), so
/// the order is the same on every build.
struct NameKey: Comparable, Sendable {
    /// "A"…"Z", or "#".
    let initial: String
    /// Upper-case letters and digits, words separated by one space, as UTF-8: compared byte by
    /// byte (code point order), which is fast and needs no collation tables.
    let folded: [UInt8]

    static let other = "#"

    init(_ name: String) {
        var text = name
        // Ligatures do not decompose; French files them as two letters. (None in an ASCII name.)
        if !AccentFolding.isASCII(text) {
            for (ligature, letters) in [("Œ", "OE"), ("œ", "oe"), ("Æ", "AE"), ("æ", "ae"), ("ß", "ss")] where text.contains(ligature) {
                text = text.replacingOccurrences(of: ligature, with: letters)
            }
        }
        text = AccentFolding.folded(text, locale: nil).uppercased()
        var folded = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !folded.isEmpty { folded.append(" ") }
                folded.unicodeScalars.append(scalar)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        self.folded = Array(folded.utf8)
        let first = folded.unicodeScalars.first
        initial = first.map { ("A"..."Z").contains($0) ? String($0) : Self.other } ?? Self.other
    }

    /// Letters first, A to Z, then "#"; within a letter, by folded name.
    static func < (a: NameKey, b: NameKey) -> Bool {
        let aOther = a.initial == other, bOther = b.initial == other
        if aOther != bOther { return bOther }
        return a.folded.lexicographicallyPrecedes(b.folded)
    }

    /// The 26 letters and "#", in list order, for the jump bar.
    static let initials: [String] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) } + [other]
}
