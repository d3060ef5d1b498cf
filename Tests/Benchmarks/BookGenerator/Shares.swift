/// Splits a total over debtors in proportion to weights, exactly (the parts add up to the total).
enum Shares {
    /// Part i is ⌊total·W(i)/W⌋ − ⌊total·W(i−1)/W⌋ with W(i) the running sum of the weights, so the
    /// parts add up to `total` whatever the rounding. Integer weights keep it exact.
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return Array(repeating: 0, count: weights.count) }
        var parts: [Int] = []
        parts.reserveCapacity(weights.count)
        var running = 0
        var previous = 0
        for weight in weights {
            running += weight
            let boundary = Int((Int128(total) * Int128(running)) / Int128(sum))
            parts.append(boundary - previous)
            previous = boundary
        }
        return parts
    }

    /// A heavy-tailed weight (in thousandths): most debtors buy a little, a few buy a lot. 1000/(2 + u)
    /// with u uniform in 0..<1000 is a Pareto tail of index 1 capped at 500: the largest debtor of a
    /// book averaging ten invoices has some eighty times the average.
    static func weight(_ rng: inout SplitMix64) -> Int {
        1_000_000 / (2 + rng.below(1000))
    }

    /// Invoices per debtor: one each when there are enough, the rest by weight.
    static func invoiceCounts(total: Int, weights: [Int]) -> [Int] {
        let base = total >= weights.count ? 1 : 0
        let rest = split(total - base * weights.count, weights: weights)
        return rest.map { $0 + base }
    }
}
