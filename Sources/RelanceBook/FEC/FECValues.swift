import RelanceCore

/// The values of a FEC line as programs write them.
enum FECValues {
    /// An amount in minor units: decimal comma or point, padded with zeros or spaces, possibly
    /// signed; an empty cell is zero. Nil when it is none (or has cents beyond the second decimal).
    static func amount(_ text: Substring) -> Int64? {
        var digits = text.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" }[...]
        if digits.isEmpty { return 0 }
        var negative = false
        if digits.first == "-" || digits.first == "+" {
            negative = digits.first == "-"
            digits = digits.dropFirst()
        } else if digits.last == "-" {
            negative = true
            digits = digits.dropLast()
        }
        let parts = digits.split(separator: digits.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !(whole.isEmpty && parts.count == 1),
              whole.count <= 15, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        var decimals = parts.count == 2 ? parts[1] : ""
        guard decimals.allSatisfy(\.isASCIIDigit) else { return nil }
        while decimals.count > 2 && decimals.last == "0" { decimals = decimals.dropLast() }
        guard decimals.count <= 2 else { return nil }
        let cents = Int64(whole.isEmpty ? "0" : String(whole))! * 100
            + Int64((decimals + String(repeating: "0", count: 2 - decimals.count)))!
        return negative ? -cents : cents
    }

    /// `AAAAMMJJ` (the norm), or `JJ/MM/AAAA` and `AAAA-MM-JJ` where a program writes those.
    static func day(_ text: Substring) -> Day? {
        let text = text.trimmingSpaces()
        if text.count == 8, text.allSatisfy(\.isASCIIDigit), let year = Int(text.prefix(4)),
           let month = Int(text.dropFirst(4).prefix(2)), let day = Int(text.suffix(2)) {
            return Day(year: year, month: month, day: day)
        }
        if case .success(let day) = DateParser.day(String(text)) { return day }
        return nil
    }

    /// A piece reference that names nothing: empty, `-`, `0`, `NC`, `/`.
    static func isPlaceholder(_ reference: String) -> Bool {
        ["", "-", "--", "0", "/", ".", "nc", "n/a", "sans"].contains(reference.lowercased())
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// Without the spaces, tabs and no-break spaces around it.
    func trimmingSpaces() -> Substring {
        let spaces: Set<Character> = [" ", "\t", "\u{A0}"]
        var text = self
        while let first = text.first, spaces.contains(first) { text = text.dropFirst() }
        while let last = text.last, spaces.contains(last) { text = text.dropLast() }
        return text
    }
}
