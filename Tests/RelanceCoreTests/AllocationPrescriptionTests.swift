import Testing
@testable import RelanceCore

/// The allocation's running prescription (a day per invoice, calendar arithmetic only near the
/// last day) agrees with `PrescriptionClock`, the rule as written, on every day of random histories.
@Suite struct AllocationPrescriptionTests {
    /// A small deterministic generator: the same histories on every run.
    struct Stream {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func agreesWithTheClockOnRandomHistories() {
        var random = Stream(state: 20261204)
        let base = day("2016-02-29").ordinal
        for _ in 0..<400 {
            let years = random.next(2) == 0 ? 2 : 5
            let start = base + Int32(random.next(800))
            // Payments and acknowledgements up to eight years on, some after the claim died.
            var payments = (0..<random.next(4)).map { _ in start + Int32(random.next(8 * 365)) }.sorted()
            let acknowledgements = (0..<random.next(3)).map { _ in start + Int32(random.next(8 * 365)) }.sorted()
            let tracker = AllocationPrescription(starts: [start], years: [years], acknowledgements: [acknowledgements])
            var clock = PrescriptionClock(start: Day(ordinal: start), startsAtService: false, years: years)
            var events = acknowledgements.map { (day: $0, payment: false) }
            var day = start
            let last = start + Int32(9 * 365)
            while day <= last {
                // Events of this day are taken before it is asked about, as the allocation does.
                while let payment = payments.first, payment <= day {
                    payments.removeFirst()
                    tracker.restart(0, on: payment)
                    events.append((payment, true))
                }
                for event in events.sorted(by: { $0.day < $1.day }) where event.day <= day {
                    clock.restart(on: Day(ordinal: event.day), cause: .acknowledgement(sequence: 0))
                }
                events.removeAll { $0.day <= day }
                #expect(tracker.isBarred(0, on: day) == clock.isBarred(on: Day(ordinal: day)),
                        "start \(Day(ordinal: start)), \(years) years, day \(Day(ordinal: day))")
                day += Int32(1 + random.next(40))
            }
        }
    }
}
