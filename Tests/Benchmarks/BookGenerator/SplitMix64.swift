/// Sebastiano Vigna's SplitMix64: a tiny, fast generator whose output depends on nothing but its seed.
///
/// Not `SystemRandomNumberGenerator`, and not the standard library's `random(in:using:)` either: a
/// synthetic book must be the same bytes on every run, machine and Swift version, so the generator and
/// every draw from it (bounded integers, probabilities) are written here.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The generator of one stream (one debtor): independent of how many numbers the others draw, so
    /// changing one debtor's history never reshuffles the rest of the book.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &+ 1) &* 0xD1B5_4A32_D192_ED03)
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` by Lemire's multiply-high (its bias, below 2⁻⁴⁰ here, does not matter).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True `perMille` times in a thousand.
    public mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// Uniform in [0, 1): 53 random bits. Only `+ − × ÷` are applied to it afterwards, which IEEE 754
    /// rounds the same way everywhere (unlike `pow` or `log`, whose last bit depends on the libm).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    public mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }
}
