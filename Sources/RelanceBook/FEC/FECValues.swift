import RelanceCore

/// The values of a FEC line as programs write them, read from their UTF-8 bytes.
enum FECValues {
    /// An amount in minor units: decimal comma or point, padded with zeros or spaces (also no-break
    /// ones), signed in front or behind; an empty cell is zero. Nil when it is none, or has cents
    /// beyond the second decimal, or more than 15 digits before them.
    static func amount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var whole: Int64 = 0, fraction: Int64 = 0
        var wholeDigits = 0, fractionDigits = 0, zerosPending = 0
        var negative = false, signed = false, inFraction = false, sawDigit = false, ended = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte >= 48 && byte <= 57 {
                guard !ended else { return nil }
                sawDigit = true
                let digit = Int64(byte - 48)
                if inFraction {
                    // Zeros past the cents are allowed (`1234,5600`); any other digit is not.
                    if fractionDigits < 2 {
                        fraction = fraction * 10 + digit
                        fractionDigits += 1
                    } else if digit == 0 {
                        zerosPending += 1
                    } else {
                        return nil
                    }
                } else {
                    if whole > 0 || digit > 0 { wholeDigits += 1 }
                    guard wholeDigits <= 15 else { return nil }
                    whole = whole * 10 + digit
                }
                continue
            }
            switch byte {
            case 0x20, 0x09: if sawDigit && inFraction { ended = true }
            case 0xC2 where index < count && bytes[index] == 0xA0: index += 1
            case 0xE2 where index + 1 < count && bytes[index] == 0x80 && bytes[index + 1] == 0xAF: index += 2
            case UInt8(ascii: ","), UInt8(ascii: "."):
                guard !inFraction, !ended else { return nil }
                inFraction = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard !signed else { return nil }
                signed = true
                negative = byte == UInt8(ascii: "-")
                if sawDigit { ended = true }  // a trailing sign ends the number
            default: return nil
            }
        }
        if !sawDigit { return signed || inFraction ? nil : 0 }
        while fractionDigits < 2 { fraction *= 10; fractionDigits += 1 }
        let cents = whole * 100 + fraction
        return negative ? -cents : cents
    }

    /// `AAAAMMJJ` (the norm), or `JJ/MM/AAAA` and `AAAA-MM-JJ` where a program writes those.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        func number(_ from: Int, _ length: Int) -> Int? {
            var value = 0
            for index in from..<(from + length) {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        switch bytes.count {
        case 8:
            guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2) else { return nil }
            return Day(year: year, month: month, day: day)
        case 10 where bytes[2] == UInt8(ascii: "/") && bytes[5] == UInt8(ascii: "/"):
            guard let day = number(0, 2), let month = number(3, 2), let year = number(6, 4) else { return nil }
            return Day(year: year, month: month, day: day)
        case 10 where bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-"):
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
            return Day(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// A piece reference that names nothing: empty, `-`, `0`, `NC`, `/`.
    static func isPlaceholder(_ reference: String) -> Bool {
        ["", "-", "--", "0", "/", ".", "nc", "n/a", "sans"].contains(reference.lowercased())
    }
}
