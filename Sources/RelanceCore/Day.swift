/// A calendar day with no time zone: the number of days since 1970-01-01 (proleptic Gregorian).
/// Arithmetic on days is plain integer arithmetic, so no daylight-saving or time-zone surprises.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// nil for an impossible date such as 2026-02-30 or month 13.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public static func + (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal + Int32(days)) }
    public static func - (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal - Int32(days)) }
    /// Days from `b` to `a`.
    public static func - (a: Day, b: Day) -> Int { Int(a.ordinal) - Int(b.ordinal) }

    public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(ordinal)) }
    public var year: Int { components.year }
    public var month: Int { components.month }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    public func addingYears(_ years: Int) -> Day {
        let (y, m, d) = components
        let target = y + years
        return Day(anyYear: target, month: m, day: min(d, Day.daysIn(month: m, year: target)))
    }

    /// For arithmetic on valid days, which may step past year 9999 (a due date in 9999 plus five
    /// years of prescription): the range check of `init?(year:month:day:)` is for parsing only.
    init(anyYear year: Int, month: Int, day: Int) {
        ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    public var description: String { iso }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else, impossible dates included.
    public init?(iso text: Substring) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]),
              let d = Day.number(bytes[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses exactly `DD/MM/YYYY`.
    public init?(french text: Substring) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/"),
              let d = Day.number(bytes[0..<2]), let m = Day.number(bytes[3..<5]),
              let y = Day.number(bytes[6..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension Day {
    /// The same day `months` later, clamped to the month's last day (31 August + 6 months → 28/29 February).
    public func addingMonths(_ months: Int) -> Day {
        let (y, m, d) = components
        let index = (y * 12 + (m - 1)) + months
        let year = index / 12
        let month = index % 12 + 1
        return Day(anyYear: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))
    }
}
