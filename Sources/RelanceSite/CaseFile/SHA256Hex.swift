import Crypto

/// SHA-256 as 64 lower-case hex digits, the form `sha256sum` prints and checks.
enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func of(_ bytes: [UInt8]) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
