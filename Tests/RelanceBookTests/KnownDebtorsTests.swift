import Testing
@testable import RelanceBook

/// Debtor ids looked up by the bytes of a cell must give the same answer as the set of ids.
@Suite struct KnownDebtorsTests {
    @Test func findsEveryIdByItsBytesShortOrLong() {
        let ids = ["C0000001", "ACME/01", "Café Dupont", "", "exactly-sixteen!", "a much longer id than sixteen bytes"]
        let known = KnownDebtors(Set(ids))
        for id in ids {
            var bytes = id
            let found = bytes.withUTF8 { known.id(bytes: $0) }
            #expect(found == id)
        }
        for missing in ["C0000002", "ACME/0", "exactly-sixteen?", "a much longer id than sixteen bytes."] {
            var bytes = missing
            #expect(bytes.withUTF8 { known.id(bytes: $0) } == nil)
        }
    }

    @Test func aCanonicallyEquivalentIdIsKnownThroughTheSet() {
        let known: KnownDebtors = ["Caf\u{E9}"]  // precomposed é
        var decomposed = "Cafe\u{301}"
        #expect(decomposed.withUTF8 { known.id(bytes: $0) } == nil)  // other bytes
        #expect(known.contains(decomposed))  // but the same id for Swift, as for the set before
    }
}
