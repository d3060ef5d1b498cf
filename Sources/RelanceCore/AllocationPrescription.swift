/// Whether an invoice is time-barred on a given day while the ledger is being allocated: blank
/// credits and leftovers skip such invoices (book-format.md, "Allocation"). The same rule as
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
    /// Per invoice: the last day to act as it stands, `notComputed` until first asked.
    private let lastDays: UnsafeMutableBufferPointer<Int32>
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
        lastDays = .allocate(capacity: starts.count)
        lastDays.initialize(repeating: Self.notComputed)
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
        lastDays.deallocate()
        ackTaken.deallocate()
    }

    func isBarred(_ invoice: Int, on day: Int32) -> Bool {
        day > lastDay(invoice, through: day)
    }

    /// A payment applied to the invoice, at the payment's own date.
    func restart(_ invoice: Int, on day: Int32) {
        let last = lastDay(invoice, through: day)
        guard day <= last else { return }
        lastDays[invoice] = max(last, adding(years[invoice], to: day))
    }

    /// The last day to act, with every acknowledgement dated on or before `day` taken into account.
    private func lastDay(_ invoice: Int, through day: Int32) -> Int32 {
        var last = lastDays[invoice]
        if last == Self.notComputed { last = adding(years[invoice], to: starts[invoice]) }
        if !ackStart.isEmpty {
            var next = ackStart[invoice] + ackTaken[invoice]
            let end = ackStart[invoice + 1]
            while next < end && ackDays[Int(next)] <= day {
                let acknowledged = ackDays[Int(next)]
                if acknowledged <= last { last = max(last, adding(years[invoice], to: acknowledged)) }
                next += 1
            }
            ackTaken[invoice] = next - ackStart[invoice]
        }
        lastDays[invoice] = last
        return last
    }

    private func adding(_ years: Int, to ordinal: Int32) -> Int32 {
        Day(ordinal: ordinal).addingYears(years).ordinal
    }
}
