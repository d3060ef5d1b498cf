/// Bytes as lower-case hexadecimal, two digits a byte: the form `sha256sum` prints and checks.
public enum LowerHex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(of bytes: some Sequence<UInt8>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
