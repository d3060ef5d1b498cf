import Crypto
import RelanceCore

/// SHA-256 as 64 lower-case hex digits, the form `sha256sum` prints and checks.
package enum SHA256Hex {
    package static func of(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// A digest already computed (by a hasher fed piece by piece) in the same form.
    package static func hex(_ digest: SHA256.Digest) -> String { LowerHex.string(of: digest) }
}
