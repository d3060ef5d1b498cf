import RelanceCore

/// The values of a book's CSV cells, written straight as bytes: dates, amounts and free text.
extension ByteWriter {
    /// A text cell, quoted (RFC 4180, `""` for a quote) when it holds the separator, a quote or a line
    /// break, as a spreadsheet would write it.
    mutating func cell(_ value: String, separator: UInt8) {
        var needsQuotes = false
        for byte in value.utf8 where byte == separator || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { text(value); return }
        byte(0x22)
        for byte in value.utf8 {
            if byte == 0x22 { self.byte(0x22) }
            self.byte(byte)
        }
        byte(0x22)
    }

    /// `YYYY-MM-DD`, or `DD/MM/YYYY` the French way.
    mutating func date(_ day: Day, french: Bool) {
        let (year, month, dayOfMonth) = day.components
        if french {
            number(dayOfMonth, width: 2); byte(UInt8(ascii: "/"))
            number(month, width: 2); byte(UInt8(ascii: "/"))
            number(year, width: 4)
        } else {
            number(year, width: 4); byte(UInt8(ascii: "-"))
            number(month, width: 2); byte(UInt8(ascii: "-"))
            number(dayOfMonth, width: 2)
        }
    }

    /// `1234.56`; the French way `1234,56`, or with `grouped` `1 234,56` (a space between thousands).
    /// French forms only in files whose separator is not the comma (the contract's rule).
    mutating func amount(_ cents: Int64, french: Bool, grouped: Bool = false) {
        precondition(cents >= 0)
        let euros = Int(cents / 100)
        if french && grouped && euros >= 1000 {
            group(euros)
        } else {
            number(euros)
        }
        byte(french ? UInt8(ascii: ",") : UInt8(ascii: "."))
        number(Int(cents % 100), width: 2)
    }

    private mutating func group(_ value: Int) {
        if value >= 1000 {
            group(value / 1000)
            byte(UInt8(ascii: " "))
            number(value % 1000, width: 3)
        } else {
            number(value)
        }
    }
}

/// The year of a day ordinal, remembered for the last day asked: rows come in date order, so the
/// calendar arithmetic runs once per distinct date rather than once per row.
struct DateCache {
    private var lastOrdinal = Int32.min
    private var lastYear = 0

    mutating func year(_ ordinal: Int32) -> Int {
        if ordinal != lastOrdinal {
            lastOrdinal = ordinal
            lastYear = Day(ordinal: ordinal).year
        }
        return lastYear
    }
}
