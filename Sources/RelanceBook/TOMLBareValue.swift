/// The unquoted values of TOML 1.0 — booleans, numbers, dates and times — recognised by their shape.
///
/// TOMLGuard lets toml++ read only a bare value of one of these shapes. toml++ sorts a bare value by
/// scanning its characters (underscores left out) and *assumes* what follows from that sort: a
/// malformed value that happens to look like the start of a date-time aborts it (debug) or leads it
/// into undefined behaviour (release). Fuzzing found four such shapes one after the other; checking
/// the whole grammar instead of each shape closes the family. What is accepted here toml++ parses
/// like any TOML parser; what is refused is not TOML, so no valid relance.toml is refused. Ranges
/// (month 13, hour 25) are toml++'s to report: they are well-shaped.
enum TOMLBareValue {
    /// `true`, `1_000`, `-0.5e3`, `0x1F`, `inf`, `2026-06-15`, `2026-06-15T07:30:00+02:00`, `07:30:00`.
    static func isValid(_ token: ArraySlice<UInt8>) -> Bool {
        var reader = Reader(token)
        return reader.whole { $0.boolean() } || reader.whole { $0.specialFloat() }
            || reader.whole { $0.prefixedInteger() } || reader.whole { $0.decimalNumber() }
            || reader.whole { $0.dateTime() } || reader.whole { $0.time() }
    }

    /// A full date alone, `YYYY-MM-DD`: a space and a time may follow it within the same value.
    static func isDate(_ token: ArraySlice<UInt8>) -> Bool {
        var reader = Reader(token)
        return reader.whole { $0.date() }
    }

    /// A full date then `T` or `t`: what must follow is a time.
    static func startsDateTime(_ token: ArraySlice<UInt8>) -> Bool {
        var reader = Reader(token)
        return reader.date() && (reader.take("T") || reader.take("t"))
    }

    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var index: Int

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        /// Whether `rule` reads the token from its first byte to its last.
        mutating func whole(_ rule: (inout Reader) -> Bool) -> Bool {
            index = bytes.startIndex
            return rule(&self) && index == bytes.endIndex
        }

        var next: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard next == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func takeWord(_ word: StaticString) -> Bool {
            let start = index
            for k in 0..<word.utf8CodeUnitCount {
                guard next == word.utf8Start[k] else {
                    index = start
                    return false
                }
                index += 1
            }
            return true
        }

        mutating func takeDigit(_ isDigit: (UInt8) -> Bool = Reader.isDecimal) -> Bool {
            guard let byte = next, isDigit(byte) else { return false }
            index += 1
            return true
        }

        mutating func takeDigits(_ count: Int) -> Bool {
            (0..<count).allSatisfy { _ in takeDigit() }
        }

        /// Digits with single underscores between them: `1_000`, not `_1`, `1_` or `1__0`.
        mutating func digitsWithUnderscores(_ isDigit: (UInt8) -> Bool = Reader.isDecimal) -> Bool {
            guard takeDigit(isDigit) else { return false }
            while true {
                if takeDigit(isDigit) { continue }
                let underscore = index
                guard take("_") else { return true }
                guard takeDigit(isDigit) else {
                    index = underscore
                    return false
                }
            }
        }

        mutating func sign() { _ = take("+") || take("-") }

        mutating func boolean() -> Bool { takeWord("true") || takeWord("false") }

        mutating func specialFloat() -> Bool {
            sign()
            return takeWord("inf") || takeWord("nan")
        }

        /// `0x`, `0o` and `0b` integers take no sign.
        mutating func prefixedInteger() -> Bool {
            guard take("0") else { return false }
            if take("x") { return digitsWithUnderscores(Reader.isHexadecimal) }
            if take("o") { return digitsWithUnderscores { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") } }
            if take("b") { return digitsWithUnderscores { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") } }
            return false
        }

        /// An integer or a float: no leading zero, a fraction and an exponent each optional.
        mutating func decimalNumber() -> Bool {
            sign()
            if take("0") {
                if let byte = next, Reader.isDecimal(byte) || byte == UInt8(ascii: "_") { return false }
            } else if !digitsWithUnderscores() {
                return false
            }
            if take("."), !digitsWithUnderscores() { return false }
            if take("e") || take("E") {
                sign()
                return digitsWithUnderscores()
            }
            return true
        }

        mutating func date() -> Bool {
            takeDigits(4) && take("-") && takeDigits(2) && take("-") && takeDigits(2)
        }

        /// `HH:MM:SS` with an optional fraction of a second.
        mutating func time() -> Bool {
            guard takeDigits(2), take(":"), takeDigits(2), take(":"), takeDigits(2) else { return false }
            if take(".") { return digitsWithoutUnderscores() }
            return true
        }

        mutating func digitsWithoutUnderscores() -> Bool {
            guard takeDigit() else { return false }
            while takeDigit() {}
            return true
        }

        /// A date, or a date, a separator (`T`, `t` or one space) and a time with an optional offset.
        mutating func dateTime() -> Bool {
            guard date() else { return false }
            guard take("T") || take("t") || take(" ") else { return true }
            guard time() else { return false }
            if take("Z") || take("z") { return true }
            if take("+") || take("-") { return takeDigits(2) && take(":") && takeDigits(2) }
            return true
        }

        static func isDecimal(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        static func isHexadecimal(_ byte: UInt8) -> Bool {
            isDecimal(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
        }
    }
}
