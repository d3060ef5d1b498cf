import Testing
@testable import RelanceSite

@Suite struct AccentFoldingTests {
    /// An ASCII text skips Foundation's folding (slugs, file names, name keys): for ASCII, folding
    /// only changes case, which every caller sets afterwards. Checked for every ASCII character,
    /// alone and in a mixed text, for both locales the callers use.
    @Test func anASCIITextFoldsOnlyInCase() {
        for byte in UInt8(0)..<0x80 {
            let id = String(decoding: [byte], as: UTF8.self)
            #expect(AccentFolding.byFoundation(id).lowercased() == id.lowercased(), "\(byte)")
            #expect(AccentFolding.byFoundation(id, locale: nil).uppercased() == id.uppercased(), "\(byte)")
        }
        let mixed = "AbC-12 /x_Y.z~^`" + String(decoding: Array(UInt8(0x20)..<0x7f), as: UTF8.self)
        #expect(AccentFolding.byFoundation(mixed).lowercased() == mixed.lowercased())
        #expect(AccentFolding.folded("Café") == "cafe", "a non-ASCII text is still folded")
    }

    @Test func aNonASCIITextIsFoldedByFoundation() {
        #expect(AccentFolding.folded("Café Œuvre") == AccentFolding.byFoundation("Café Œuvre"))
        #expect(AccentFolding.folded("ÉLODIE", locale: nil).uppercased() == "ELODIE")
    }
}
