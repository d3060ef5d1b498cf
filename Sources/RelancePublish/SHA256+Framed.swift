import Crypto

package extension SHA256 {
    /// Adds `bytes` after their count (8 bytes, little-endian), so that inputs cut at different
    /// places never hash alike ("ab" then "c" against "a" then "bc"). The one framing of every
    /// digest the build compares: fingerprints of sources, digests of output folders.
    mutating func updateFramed(_ bytes: some Sequence<UInt8>) {
        let added = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            updateLength(buffer.count)
            update(bufferPointer: UnsafeRawBufferPointer(buffer))
            return true
        }
        if added == nil { updateFramed(Array(bytes)) }
    }

    /// The count alone, for contents added afterwards in pieces (a file read in chunks).
    mutating func updateLength(_ count: Int) {
        DigestFraming.withCount(count) { update(bufferPointer: $0) }
    }
}

/// The frame of every piece a digest takes (`updateFramed`): its count, 8 bytes little-endian.
package enum DigestFraming {
    @inlinable
    package static func withCount<Result>(_ count: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(of: Int64(count).littleEndian, body)
    }
}
