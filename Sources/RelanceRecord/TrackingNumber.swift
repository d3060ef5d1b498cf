/// A registered item number as La Poste prints it on the deposit receipt: a digit, a letter and
/// eleven digits, written `1A 123 456 7890 1`. Spaces are optional when typed; the log keeps the
/// printed form, so that the same number is always written the same way.
public enum TrackingNumber {
    /// The printed form, or nil when `text` is not a digit, a letter and eleven digits.
    public static func normalized(_ text: String) -> String? {
        let compact = text.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard compact.count == 13, compact.allSatisfy(\.isASCII) else { return nil }
        let characters = compact.map { Character($0) }
        guard characters[0].isNumber, characters[1].isLetter, characters[2...].allSatisfy(\.isNumber) else { return nil }
        let value = String(characters).uppercased()
        let parts = [value.prefix(2), value.dropFirst(2).prefix(3), value.dropFirst(5).prefix(3), value.dropFirst(8).prefix(4), value.suffix(1)]
        return parts.joined(separator: " ")
    }

    /// What a located error says was expected (the book's errors are in English).
    public static let expected = "a digit, a letter and 11 digits, as 1A 123 456 7890 1"
}
