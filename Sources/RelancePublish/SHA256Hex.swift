import Crypto

/// SHA-256 as 64 lower-case hex digits, the form `sha256sum` prints and checks.
package enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    package static func of(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// A digest already computed (by a hasher fed piece by piece) in the same form.
    package static func hex(_ digest: SHA256.Digest) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
