/// The SIREN number of a French company: nine digits whose last is a Luhn check digit.
enum SIREN {
    enum Failure: Error { case notNineDigits, wrongKey }

    /// La Poste's SIREN predates the Luhn rule (its digits add up to a multiple of 5 instead).
    static let laPoste = "356000000"

    /// The nine digits with the spaces (ordinary, no-break, narrow no-break) removed, once checked.
    static func normalize(_ text: String) -> Result<String, Failure> {
        if let digits = asciiDigits(text) {
            guard digits.count == 9 else { return .failure(.notNineDigits) }
            let number = String(decoding: digits, as: UTF8.self)
            guard number == laPoste || luhnIsValid(number) else { return .failure(.wrongKey) }
            return .success(number)
        }
        let digits = String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" })
        guard digits.utf8.count == 9, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return .failure(.notNineDigits)
        }
        guard digits == laPoste || luhnIsValid(digits) else { return .failure(.wrongKey) }
        return .success(digits)
    }

    /// The digits of a text made of ASCII digits and spaces only (nearly every SIREN cell), read
    /// from its bytes; nil for anything else, which the general path above handles. Filtering the
    /// Unicode scalars into a new String took a third of reading a debtor.
    private static func asciiDigits(_ text: String) -> [UInt8]? {
        var digits: [UInt8] = []
        digits.reserveCapacity(9)
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 { digits.append(byte) } else if byte != 0x20 { return nil }
        }
        return digits
    }

    static func luhnIsValid(_ digits: String) -> Bool {
        var sum = 0
        for (position, byte) in Array(digits.utf8).reversed().enumerated() {
            var digit = Int(byte - 48)
            if position % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }
}
