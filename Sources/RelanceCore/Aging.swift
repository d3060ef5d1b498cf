/// One bucket of the aged balance: `not_due`, `1-30`, …, `121+` for the bounds [30, 60, 90, 120].
public struct AgingBucket: Hashable, Sendable {
    public let name: String
    /// Inclusive bounds in days past due; `lower == nil` for not_due, `upper == nil` for the last one.
    public let lower: Int?
    public let upper: Int?

    public func contains(daysPastDue: Int) -> Bool {
        guard let lower else { return daysPastDue <= 0 }
        return daysPastDue >= lower && (upper.map { daysPastDue <= $0 } ?? true)
    }
}

/// The buckets of a policy's bounds, in order.
public struct AgingScheme: Hashable, Sendable {
    public let buckets: [AgingBucket]

    /// `bounds` strictly increasing and positive (the book reader checks it).
    public init(bounds: [Int]) {
        var buckets = [AgingBucket(name: "not_due", lower: nil, upper: 0)]
        var lower = 1
        for bound in bounds {
            buckets.append(AgingBucket(name: "\(lower)-\(bound)", lower: lower, upper: bound))
            lower = bound + 1
        }
        buckets.append(AgingBucket(name: "\(lower)+", lower: lower, upper: nil))
        self.buckets = buckets
    }

    public func bucketIndex(daysPastDue: Int) -> Int {
        buckets.firstIndex { $0.contains(daysPastDue: daysPastDue) }!
    }
}
