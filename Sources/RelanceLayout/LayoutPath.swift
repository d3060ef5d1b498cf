/// A dotted path such as `debtor.name` or `item.amount`: names only, never an expression.
struct LayoutPath: Equatable, Sendable, CustomStringConvertible {
    let names: [String]

    /// nil unless every dot-separated part is a name (see `isName`).
    init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(LayoutPath.isName) else { return nil }
        names = parts
    }

    /// Names already checked (a copy of another path's).
    init(names: [String]) { self.names = names }

    var description: String { names.joined(separator: ".") }

    /// ASCII letter or `_` first, then letters, digits, `_` or `-`.
    static func isName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return text.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
