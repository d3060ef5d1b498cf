import RelanceLayout
import RelanceCore

/// The dashboard's trend: the 13 points of the weekly history as a small bar chart (outstanding
/// and overdue side by side, week after week) and a table of every figure.
enum TrendView {
    /// Chart geometry, in pixels: one group of two bars per week.
    static let barArea = 150
    static let groupWidth = 52
    static let barWidth = 20
    static let left = 8

    static func value(_ history: WeeklyHistory) -> LayoutValue {
        let largest = history.points.map(\.outstanding).max() ?? .zero
        func height(_ amount: Money) -> Int {
            guard largest.isPositive, amount.isPositive else { return 0 }
            let scaled = Rounding.wholeDaysHalfUp(
                numerator: Int128(amount.minorUnits) * Int128(barArea), denominator: Int128(largest.minorUnits))
            return max(scaled, 1)
        }
        let weeks = history.points.enumerated().map { index, point -> LayoutValue in
            let x = left + index * groupWidth
            let outstanding = height(point.outstanding), overdue = height(point.overdue)
            return [
                "label": .text(FrenchFormat.shortDate(point.asOf)),
                "short_label": .text(String(FrenchFormat.shortDate(point.asOf).prefix(5))),
                "x": .text(String(x)),
                "overdue_x": .text(String(x + barWidth)),
                "outstanding_y": .text(String(barArea - outstanding + 4)),
                "outstanding_height": .text(String(outstanding)),
                "overdue_y": .text(String(barArea - overdue + 4)),
                "overdue_height": .text(String(overdue)),
                "outstanding": .text(FrenchFormat.money(point.outstanding)),
                "overdue": .text(FrenchFormat.money(point.overdue)),
                "over_90": .text(FrenchFormat.money(point.over90)),
                "dso": .text(point.dsoDays.map { FrenchFormat.days($0) } ?? "—"),
                "dso_countback": .text("\(point.countBackTenths / 10),\(point.countBackTenths % 10)\u{A0}j"),
                "collected": .text(FrenchFormat.money(point.collected)),
                "promises_due": .text(FrenchFormat.integer(point.promisesDue)),
                "promises_broken": .text(FrenchFormat.integer(point.promisesBroken)),
                "disputes_new": .text(FrenchFormat.integer(point.disputesNew)),
                "row_class": .text(index == history.points.count - 1 ? "current" : "past"),
            ]
        }
        return [
            "weeks": .list(weeks),
            "chart_width": .text(String(left * 2 + history.points.count * groupWidth)),
        ]
    }
}
