import Crypto
import Testing
@testable import RelancePublish
@testable import RelanceSite

@Suite struct FramedHasherTests {
    /// The buffered hasher must hash exactly the bytes `updateFramed` piece by piece hashes, across
    /// the buffer's hand-over and with pieces larger than it: the debtors' fingerprints depend on it.
    @Test func itHashesWhatUpdateFramedHashesPieceByPiece() {
        let pieces: [[UInt8]] = (0..<5_000).map { index in
            index % 997 == 0 ? [UInt8](repeating: UInt8(index % 251), count: 20_000 + index) : Array("row \(index)".utf8)
        }
        var reference = SHA256()
        reference.update(data: [1, 2, 3])
        for piece in pieces { reference.updateFramed(piece) }
        var buffered = FramedHasher()
        buffered.addUnframed([1, 2, 3])
        for piece in pieces { buffered.add(piece) }
        #expect(buffered.finalize() == reference.finalize())
    }

    /// Framing still separates pieces: "ab" then "c" is not "a" then "bc".
    @Test func piecesCutElsewhereHashOtherwise() {
        var first = FramedHasher()
        first.add(Array("ab".utf8)); first.add(Array("c".utf8))
        var second = FramedHasher()
        second.add(Array("a".utf8)); second.add(Array("bc".utf8))
        #expect(first.finalize() != second.finalize())
    }
}
