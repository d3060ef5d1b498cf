import Testing
@testable import RelanceBook

@Suite("Encodings")
struct EncodingTests {
    @Test func windows1252IsTranscoded() {
        // "Café" with é as 0xE9 and "5 €" with € as 0x80, then œ (0x9C) and a right quote (0x92).
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x3B, 0x35, 0x20, 0x80, 0x3B, 0x9C, 0x92]
        #expect(String(decoding: Windows1252.toUTF8(bytes), as: UTF8.self) == "Café;5 €;œ\u{2019}")
    }

    @Test func windows1252HolesMapToC1Controls() {
        #expect(Windows1252.scalar(for: 0x81) == 0x81)
        #expect(Windows1252.scalar(for: 0x9D) == 0x9D)
        #expect(Windows1252.scalar(for: 0x9F) == 0x178)
        #expect(Windows1252.scalar(for: 0xFF) == 0xFF)
    }

    @Test func windows1252BookReads() throws {
        let book = try TemporaryBook(
            toml: TemporaryBook.defaultToml + "\n[input]\nencoding = \"windows-1252\"\n",
            debtors: nil, ledger: TemporaryBook.defaultLedger + "2026-01-06;facture;F2;D1;5,00;2026-02-05;\n"
        )
        try book.write("debtors.csv", bytes: Array("id;name\nD1;Caf".utf8) + [0xE9] + Array(" du Port\nD2;".utf8)
            + [0x80, 0x0A])
        let read = try book.book()
        #expect(read.debtors.map(\.name) == ["Café du Port", "€"])
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let book = try TemporaryBook(debtors: nil)
        try book.write("debtors.csv", bytes: Array("id;name\nD1;Dupont\nD2;Caf".utf8) + [0xE9] + Array("\n".utf8))
        let errors = book.errors()
        let error = try #require(errors.first { $0.location.file == "debtors.csv" })
        #expect(error.location.line == 3)
        #expect(error.location.column == 7)
        #expect(error.message.contains("0xE9"))
        #expect(error.message.contains("windows-1252"))
    }

    @Test func utf8Validation() {
        func bad(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) } }
        #expect(bad(Array("plain ASCII text, long enough for the fast path".utf8)) == nil)
        #expect(bad(Array("é € 😀 narrow\u{202F}space".utf8)) == nil)
        #expect(bad([0x61, 0xC0, 0x80]) == 1)           // overlong
        #expect(bad([0xED, 0xA0, 0x80]) == 0)           // surrogate
        #expect(bad([0xF4, 0x90, 0x80, 0x80]) == 0)     // above U+10FFFF
        #expect(bad(Array("abcdefghij".utf8) + [0xE2, 0x82]) == 10)  // truncated at the end
        #expect(bad([0x80]) == 0)
    }
}
