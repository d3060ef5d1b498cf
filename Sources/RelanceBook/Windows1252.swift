/// Windows-1252 (the "ANSI" code page of French Excel exports) to UTF-8.
///
/// 0xA0–0xFF are Latin-1 and map to the same code points; 0x80–0x9F hold the euro sign, typographic
/// quotes, dashes, Œ/œ, Š/š, Ž/ž, Ÿ. The five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls
/// of the same value, as Windows itself and the WHATWG encoding standard do, so no byte is ever lost.
enum Windows1252 {
    private static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> UInt32 {
        byte >= 0x80 && byte <= 0x9F ? UInt32(high[Int(byte - 0x80)]) : UInt32(byte)
    }

    static func toUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { output.append(byte); continue }
            let value = scalar(for: byte)
            if value < 0x800 {
                output.append(UInt8(0xC0 | (value >> 6)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (value >> 12)))
                output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return output
    }

    /// UTF-8 text as windows-1252 bytes; nil when a character has no place in it.
    static func encode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 || (value >= 0xA0 && value <= 0xFF) {
                output.append(UInt8(value))
            } else if let index = high.firstIndex(of: UInt16(truncatingIfNeeded: value)), value <= 0xFFFF {
                output.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return output
    }
}
