import RelanceCore

/// Dates and date-times as written in a book, read from bytes (no Foundation, no time zone).
///
/// Dates: `YYYY-MM-DD` or `DD/MM/YYYY` (a one-digit day or month is accepted too, as spreadsheets
/// write it). Date-times: the date, then `T` or a space, then `HH:MM` (seconds accepted and ignored).
enum DateParser {
    enum Failure: Error, Equatable {
        case malformed
        /// Well formed but not in the calendar: 31/02/2026.
        case noSuchDay
    }

    static let example = "2026-03-31 or 31/03/2026"
    static let dateTimeExample = "2026-03-31, 31/03/2026, 2026-03-31T14:30 or 2026-03-31 14:30"

    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Day, Failure> {
        guard let (year, month, day) = tenDigitForm(bytes) ?? components(bytes) else { return .failure(.malformed) }
        guard let value = Day(year: year, month: month, day: day) else { return .failure(.noSuchDay) }
        return .success(value)
    }

    static func day(_ text: String) -> Result<Day, Failure> {
        var text = text
        return text.withUTF8 { day($0) }
    }

    /// A date with an optional time of day (minutes after midnight).
    static func dateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(Day, Int?), Failure> {
        var split = bytes.count
        for index in bytes.indices where bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") {
            split = index
            break
        }
        let datePart = UnsafeBufferPointer(rebasing: bytes[0..<split])
        var minute: Int?
        if split < bytes.count {
            var timeStart = split + 1
            while timeStart < bytes.count && bytes[timeStart] == UInt8(ascii: " ") { timeStart += 1 }
            guard let value = minuteOfDay(UnsafeBufferPointer(rebasing: bytes[timeStart...])) else {
                return .failure(.malformed)
            }
            minute = value
        }
        switch day(datePart) {
        case .success(let value): return .success((value, minute))
        case .failure(let failure): return .failure(failure)
        }
    }

    /// `HH:MM` or `HH:MM:SS`, hours 0–23.
    private static func minuteOfDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              let hour = number(parts[0], digits: 1...2), hour < 24,
              let minute = number(parts[1], digits: 2...2), minute < 60 else { return nil }
        if parts.count == 3 {
            guard let second = number(parts[2], digits: 2...2), second < 60 else { return nil }
        }
        return hour * 60 + minute
    }

    /// `YYYY-MM-DD` or `DD/MM/YYYY` with every digit there, read in one pass: nearly every date of a
    /// book, without the general path's slices and range checks per part (a date cell went from 370
    /// instructions to 240 under callgrind). Anything else, nil, and the general path decides.
    private static func tenDigitForm(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        @inline(__always) func digit(_ index: Int) -> Int? {
            let value = Int(bytes[index]) &- 48
            return value >= 0 && value <= 9 ? value : nil
        }
        @inline(__always) func pair(_ index: Int) -> Int? {
            guard let tens = digit(index), let units = digit(index + 1) else { return nil }
            return tens * 10 + units
        }
        if bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") {
            guard let century = pair(0), let year = pair(2), let month = pair(5), let day = pair(8) else { return nil }
            return (century * 100 + year, month, day)
        }
        if bytes[2] == UInt8(ascii: "/") && bytes[5] == UInt8(ascii: "/") {
            guard let day = pair(0), let month = pair(3), let century = pair(6), let year = pair(8) else { return nil }
            return (century * 100 + year, month, day)
        }
        return nil
    }

    /// Without `split`, which would allocate on every row of a large ledger.
    private static func components(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        if bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") {
            guard let year = number(bytes[0..<4], digits: 4...4), let month = number(bytes[5..<7], digits: 2...2),
                  let day = number(bytes[8..<10], digits: 2...2) else { return nil }
            return (year, month, day)
        }
        guard let first = bytes.firstIndex(of: UInt8(ascii: "/")),
              let second = bytes[(first + 1)...].firstIndex(of: UInt8(ascii: "/")),
              let day = number(bytes[..<first], digits: 1...2),
              let month = number(bytes[(first + 1)..<second], digits: 1...2),
              let year = number(bytes[(second + 1)...], digits: 4...4) else { return nil }
        return (year, month, day)
    }

    private static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
