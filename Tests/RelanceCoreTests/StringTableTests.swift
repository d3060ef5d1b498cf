import Foundation
import Testing
@testable import RelanceCore

/// The table behind the allocation's id and reference lookups: numbers in the order added, and one
/// entry for strings Swift calls equal.
@Suite struct StringTableTests {
    @Test func anASCIIKeyHashesAsFNV1aThenMurmur() {
        for key in ["", "C0000254", "FAC-2026-000101", "a-key-longer-than-fifteen-bytes-stored-apart"] {
            #expect(StringTable.hash(key) == StableHash.murmurFinalized(StableHash.fnv1a(key)))
        }
    }

    @Test func theOnePassHashIsFNV1aForASCIIAndNothingElse() {
        for key in ["", "C0000254", "FAC-2026-000101"] {
            #expect(Array(key.utf8).withUnsafeBufferPointer(StableHash.fnv1aOfASCII) == StableHash.fnv1a(key))
        }
        #expect(Array("CLI-1153-\u{E9}".utf8).withUnsafeBufferPointer(StableHash.fnv1aOfASCII) == nil)
        #expect(Array("x\u{7F}".utf8).withUnsafeBufferPointer(StableHash.fnv1aOfASCII) != nil)
    }

    /// A key with a byte past ASCII takes Swift's hash, which agrees with `==`: « é » precomposed
    /// and decomposed are one key, as they are one `String`.
    @Test func keysSwiftCallsEqualAreOneEntry() {
        let precomposed = "CLI-1153-\u{E9}", decomposed = "CLI-1153-e\u{301}"
        #expect(precomposed == decomposed)
        #expect(StringTable.hash(precomposed) == StringTable.hash(decomposed))
        #expect(StringTable.hash(precomposed) != StableHash.murmurFinalized(StableHash.fnv1a(precomposed)))
        var table = StringTable()
        #expect(table.insert(precomposed) == (0, true))
        #expect(table.insert(decomposed) == (0, false))
        #expect(table.insert("C0000254") == (1, true))
        #expect(table.number(of: decomposed) == 0 && table.number(of: "C0000255") == nil)
    }

    /// A key that is not stored contiguously (bridged from an `NSString`) hashes as a native one.
    @Test func aBridgedKeyHashesAsANativeOne() {
        let bridged = NSString(string: "FAC-2026-000101") as String
        #expect(StringTable.hash(bridged) == StringTable.hash("FAC-2026-000101"))
        let bridgedAccent = NSString(string: "CLI-1153-\u{E9}") as String
        #expect(StringTable.hash(bridgedAccent) == StringTable.hash("CLI-1153-e\u{301}"))
    }
}
