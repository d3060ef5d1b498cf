/// A French half-year (semestre): H1 = January–June, H2 = July–December. Rates are set per half-year.
public struct HalfYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 or 2.
    public let half: Int

    public init(year: Int, half: Int) {
        precondition(half == 1 || half == 2)
        self.year = year
        self.half = half
    }

    public init(containing day: Day) {
        let (y, m, _) = day.components
        self.init(year: y, half: m <= 6 ? 1 : 2)
    }

    public static func < (a: HalfYear, b: HalfYear) -> Bool { (a.year, a.half) < (b.year, b.half) }

    public var firstDay: Day { Day(anyYear: year, month: half == 1 ? 1 : 7, day: 1) }
    public var lastDay: Day { next.firstDay - 1 }
    public var next: HalfYear { half == 1 ? HalfYear(year: year, half: 2) : HalfYear(year: year + 1, half: 1) }

    /// `2026 H1`, as in the rate table.
    public var description: String { "\(year) H\(half)" }
}
