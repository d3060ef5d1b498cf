/// Whether an invoice is time-barred on a given day while the ledger is being allocated: blank
/// credits and leftovers skip such invoices (assets/docs/book-format.md, "Allocation"). The same rule as
/// `PrescriptionClock`, kept as one day per invoice and updated as the pass meets the payments
/// applied to it and the acknowledgements covering it, in date order.
///
/// An acknowledgement with a blank invoice list counts here for every invoice of the debtor dated on
/// or before it: the invoices it would not cover (closed by the end of its date) are closed, so no
/// credit ever asks about them again.
///
/// Unchecked Sendable: the pass hands each debtor to one thread, and an invoice's cells are only
/// touched by its debtor's thread.
final class AllocationPrescription: @unchecked Sendable {
    /// Per invoice: the day the running period starts from (its start, or the latest event that
    /// restarted it), `notComputed` until first asked. The last day to act is this day plus the
    /// period, worked out only when a day is within a few days of it: N years are at least 365 × N
    /// days, so nearer days need no calendar arithmetic (a million invoices, most of them asked about).
    private let anchors: UnsafeMutableBufferPointer<Int32>
    /// Per invoice: the day the period starts (service date, else invoice date).
    private let starts: [Int32]
    private let years: [Int]
    /// Per invoice: its acknowledgements' days, ascending (`ackDays[ackStart[i]..<ackStart[i + 1]]`),
    /// and how many of them were taken into account. Empty when the log has none.
    private let ackStart: [Int32]
    private let ackDays: [Int32]
    private let ackTaken: UnsafeMutableBufferPointer<Int32>

    private static let notComputed = Int32.min

    /// `years[i]`: the period of invoice i's debtor; `acknowledgements[i]`: the days of the
    /// acknowledgements covering invoice i, or an empty list when there are none at all.
    init(starts: [Int32], years: [Int], acknowledgements: [[Int32]]) {
        self.starts = starts
        self.years = years
        anchors = .allocate(capacity: starts.count)
        anchors.initialize(repeating: Self.notComputed)
        if acknowledgements.isEmpty {
            ackStart = []
            ackDays = []
            ackTaken = .allocate(capacity: 0)
        } else {
            var start = [Int32](repeating: 0, count: starts.count + 1)
            var days: [Int32] = []
            for index in starts.indices {
                days.append(contentsOf: acknowledgements[index].sorted())
                start[index + 1] = Int32(days.count)
            }
            ackStart = start
            ackDays = days
            ackTaken = .allocate(capacity: starts.count)
            ackTaken.initialize(repeating: 0)
        }
    }

    deinit {
        anchors.deallocate()
        ackTaken.deallocate()
    }

    /// Time-barred on `day` (art. 2229: the day after the last day to act).
    func isBarred(_ invoice: Int, on day: Int32) -> Bool {
        let anchor = self.anchor(invoice, through: day)
        return !Self.isAlive(on: day, anchor: anchor, years: years[invoice])
    }

    /// A payment applied to the invoice, at the payment's own date: it restarts the period only
    /// while the claim is alive.
    func restart(_ invoice: Int, on day: Int32) {
        let anchor = self.anchor(invoice, through: day)
        if day > anchor && Self.isAlive(on: day, anchor: anchor, years: years[invoice]) { anchors[invoice] = day }
    }

    /// The period's anchor with every acknowledgement dated on or before `day` taken into account.
    private func anchor(_ invoice: Int, through day: Int32) -> Int32 {
        var anchor = anchors[invoice]
        if anchor == Self.notComputed { anchor = starts[invoice] }
        if !ackStart.isEmpty {
            var next = ackStart[invoice] + ackTaken[invoice]
            let end = ackStart[invoice + 1]
            while next < end && ackDays[Int(next)] <= day {
                let acknowledged = ackDays[Int(next)]
                if acknowledged > anchor && Self.isAlive(on: acknowledged, anchor: anchor, years: years[invoice]) {
                    anchor = acknowledged
                }
                next += 1
            }
            ackTaken[invoice] = next - ackStart[invoice]
        }
        anchors[invoice] = anchor
        return anchor
    }

    /// `day` is on or before the last day to act of a period of `years` from `anchor`.
    private static func isAlive(on day: Int32, anchor: Int32, years: Int) -> Bool {
        if Int(day) - Int(anchor) <= 365 * years { return true }
        return day <= Day(ordinal: anchor).addingYears(years).ordinal
    }
}
