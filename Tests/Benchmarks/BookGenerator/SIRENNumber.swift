/// SIREN numbers that pass the Luhn check the book reader applies (Sources/RelanceBook/SIREN.swift).
enum SIRENNumber {
    /// Eight digits from `rng`, then the key that makes the Luhn sum a multiple of ten.
    static func make(_ rng: inout SplitMix64) -> [UInt8] {
        var digits = [UInt8(1 + rng.below(9))]
        for _ in 0..<7 { digits.append(UInt8(rng.below(10))) }
        digits.append(luhnKey(digits))
        return digits
    }

    /// The ninth digit. From the right, the key is position 0 and the digits at odd positions are
    /// doubled, so of the eight given digits those at even indices (0, 2, 4, 6) are not.
    static func luhnKey(_ digits: [UInt8]) -> UInt8 {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            var value = Int(digit)
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return UInt8((10 - sum % 10) % 10)
    }

    /// `533180261`, or `533 180 261` as often typed.
    static func text(_ digits: [UInt8], spaced: Bool) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if spaced && (index == 3 || index == 6) { result.append(" ") }
            result.append(Character(Unicode.Scalar(48 + digit)))
        }
        return result
    }
}
