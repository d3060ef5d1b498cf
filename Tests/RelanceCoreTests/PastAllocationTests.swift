import RelanceTestSupport
import Testing
@testable import RelanceCore

/// A debtor's allocation cut at an earlier day equals the allocation computed from the rows at that
/// day, field by field, on random ledgers with everything the pass decides on: blank, named and
/// deposit credits, credit notes, overpayments, unknown references, due dates out of order,
/// prescription and acknowledgements. Days where a credit waits for a later invoice are refused.
@Suite struct PastAllocationTests {
    static let buildDate = day("2026-06-15")

    @Test(arguments: 0..<60)
    func aCutEqualsTheAllocationComputedAtThatDay(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9 &+ 17)
        let debtor = seed % 3 == 0 ? consumer("D") : business("D")
        let (ledger, interactions) = Self.randomAccount(&generator)
        let later = LedgerAllocation(ledger: ledger, asOf: Self.buildDate, debtors: [debtor], interactions: interactions)
        var cuts = 0, refused = 0
        for date in Self.days(around: ledger, interactions: interactions) {
            let computed = LedgerAllocation(ledger: ledger, asOf: date, debtors: [debtor],
                                            interactions: interactions.filter { $0.day <= date })
            guard let cut = later.past(at: date, ledger: ledger) else {
                refused += 1
                let waiting = later.creditsNamingLaterInvoices.contains { $0.from <= date && date <= $0.until }
                #expect(ledger.allSatisfy { $0.date > date } || waiting,
                        "seed \(seed): the cut at \(date.iso) was refused without a reason")
                continue
            }
            cuts += 1
            Self.expectSame(cut, computed, ledger: ledger, context: "seed \(seed), \(date.iso)")
        }
        #expect(cuts >= 10)
        #expect(later.creditsNamingLaterInvoices.isEmpty || refused > 0)
    }

    /// WeeklyHistory's D5: a 900 € deposit on 5 January names F2, issued on 26 January. Until then
    /// it is kept whole for F2; the cut is refused in that gap and exact around it.
    @Test func aDepositNamingALaterInvoiceIsComputedInItsGap() throws {
        let ledger = [
            invoice("F1", "D5", "500.00", date: "2025-10-01", due: "2025-10-31"),
            payment("P4", "D5", "900.00", date: "2026-01-05", appliesTo: "F2"),
            invoice("F2", "D5", "600.00", date: "2026-01-26", due: "2026-02-25"),
        ]
        let later = LedgerAllocation(ledger: ledger, asOf: day("2026-02-10"), debtors: [business("D5")])
        #expect(later.past(at: day("2026-01-05"), ledger: ledger) == nil)
        #expect(later.past(at: day("2026-01-25"), ledger: ledger) == nil)
        let before = try #require(later.past(at: day("2026-01-04"), ledger: ledger))
        Self.expectSame(before, LedgerAllocation(ledger: ledger, asOf: day("2026-01-04"), debtors: [business("D5")]),
                        ledger: ledger, context: "the eve of the deposit")
        let after = try #require(later.past(at: day("2026-01-26"), ledger: ledger))
        Self.expectSame(after, LedgerAllocation(ledger: ledger, asOf: day("2026-01-26"), debtors: [business("D5")]),
                        ledger: ledger, context: "the day F2 is issued")
        #expect(after.invoices.map(\.balance) == [euros("200.00"), euros("0.00")])
        #expect(later.past(at: day("2025-09-30"), ledger: ledger) == nil, "before the debtor's first row")
        #expect(later.past(at: day("2026-02-11"), ledger: ledger) == nil, "after the later allocation's day")
        let twoDebtors = ledger + [invoice("G1", "D6", "100.00", date: "2025-10-01", due: "2025-10-31")]
        #expect(LedgerAllocation(ledger: twoDebtors, asOf: day("2026-02-10")).past(at: day("2025-12-01"), ledger: twoDebtors) == nil,
                "an allocation of two debtors is not cut")
    }

    /// Credits left over on one day are unallocated in allocation order: the credit note first,
    /// although the payment comes first in the file.
    @Test func creditsLeftOnOneDayKeepTheAllocationOrder() throws {
        let ledger = [
            invoice("F1", "D", "100.00", date: "2026-01-01", due: "2026-01-31"),
            payment("P1", "D", "500.00", date: "2026-02-01"),
            creditNote("C1", "D", "300.00", date: "2026-02-01"),
            invoice("F2", "D", "50.00", date: "2026-03-01", due: "2026-03-31"),
        ]
        let later = LedgerAllocation(ledger: ledger, asOf: day("2026-04-01"), debtors: [business("D")])
        let cut = try #require(later.past(at: day("2026-02-15"), ledger: ledger))
        #expect(cut.accounts[0].unallocated == [UnallocatedCredit(entryIndex: 2, amount: euros("200.00")),
                                                UnallocatedCredit(entryIndex: 1, amount: euros("500.00"))])
        Self.expectSame(cut, LedgerAllocation(ledger: ledger, asOf: day("2026-02-15"), debtors: [business("D")]),
                        ledger: ledger, context: "between the credits and F2")
    }

    /// End to end: the letters a case file reconstructs together (each date's allocation cut from
    /// the last one's) are those reconstructed one at a time (each date's allocation computed from
    /// the rows), every field of every letter.
    @Test func lettersReconstructedTogetherEqualThoseReconstructedAlone() throws {
        var letters = 0
        for seed in 0..<16 {
            var generator = SeededGenerator(seed: UInt64(seed) &+ 0xA11C)
            let debtor = seed % 3 == 0 ? consumer("D") : business("D")
            let (ledger, acknowledgements) = Self.randomAccount(&generator)
            let levels: [LetterLevel] = [.reminder1, .reminder2, .reminder3, .formalNotice]
            let first = ledger.map(\.date).min()!.ordinal
            var lines = acknowledgements
            for _ in 0..<12 {
                let level = levels.randomElement(using: &generator)!
                lines.append(Interaction(day: Day(ordinal: Int32.random(in: first...Self.buildDate.ordinal, using: &generator)),
                                         debtorID: "D", kind: Interaction.Kind(rawValue: level.rawValue)!,
                                         channel: Bool.random(using: &generator) ? .letter : .email))
            }
            lines.sort { $0.day < $1.day }
            let r = try Receivables(book: makeBook(debtors: [debtor], ledger: ledger, interactions: lines), asOf: Self.buildDate)
            let state = try #require(r.debtors.first)
            let requests = state.interactions.compactMap { line in
                LetterLevel(rawValue: line.kind.rawValue).map { LetterAtDate.Request(line: line, level: $0) }
            }
            let together = try LetterAtDate.letters(for: requests, state: state, in: r)
            for (request, letter) in zip(requests, together) {
                let alone = try LetterAtDate.make(for: request.line, level: request.level, state: state, in: r)
                var a = "", b = ""
                dump(letter, to: &a)
                dump(alone, to: &b)
                #expect(a == b, "seed \(seed): the letter of \(request.line.day.iso) differs")
                if letter != nil { letters += 1 }
            }
        }
        #expect(letters >= 40, "letters with something to claim: \(letters)")
    }

    // MARK: - Random accounts

    /// 10 to 50 rows over five years before the build date, in a file order that is not the date order.
    static func randomAccount(_ generator: inout SeededGenerator) -> ([LedgerEntry], [Interaction]) {
        let first = day("2021-07-01").ordinal, last = buildDate.ordinal
        func randomDay() -> Day { Day(ordinal: Int32.random(in: first...last, using: &generator)) }
        func cents(_ range: ClosedRange<Int64>) -> Money { Money(minorUnits: Int64.random(in: range, using: &generator)) }
        var ledger: [LedgerEntry] = []
        let invoiceCount = Int.random(in: 4...20, using: &generator)
        for number in 0..<invoiceCount {
            let date = randomDay()
            let terms = [0, 15, 30, 45, 60, 90, -10].randomElement(using: &generator)!
            let service = Bool.random(using: &generator) ? date - Int.random(in: 0...60, using: &generator) : nil
            ledger.append(LedgerEntry(date: date, kind: .invoice, reference: "F\(number)", debtorID: "D",
                                      amount: cents(1_000...300_000), dueDate: date + max(terms, 0), serviceDate: service))
        }
        let invoices = ledger
        for number in 0..<Int.random(in: 4...30, using: &generator) {
            let date = randomDay()
            let named: String?
            switch Int.random(in: 0..<20, using: &generator) {
            case 0..<10: named = nil
            // Mostly an invoice already issued; now and then a later one (a deposit) or one the
            // ledger does not hold.
            case 10..<17: named = invoices.filter { $0.date <= date }.randomElement(using: &generator)?.reference
            case 17..<19: named = invoices.randomElement(using: &generator)!.reference
            default: named = "UNKNOWN\(number)"
            }
            let kind: LedgerEntry.Kind = Int.random(in: 0..<4, using: &generator) == 0 ? .creditNote : .payment
            ledger.append(LedgerEntry(date: date, kind: kind, reference: "R\(number)", debtorID: "D",
                                      amount: cents(500...400_000), appliesTo: named))
        }
        // Mostly in date order, as ledgers are, with some rows out of place.
        ledger.sort { $0.date < $1.date }
        for _ in 0..<ledger.count / 4 {
            ledger.swapAt(Int.random(in: ledger.indices, using: &generator), Int.random(in: ledger.indices, using: &generator))
        }
        var interactions: [Interaction] = []
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            let invoices = Bool.random(using: &generator) ? [] : ["F\(Int.random(in: 0..<invoiceCount, using: &generator))"]
            interactions.append(Interaction(day: randomDay(), debtorID: "D", invoices: invoices, kind: .acknowledgement))
        }
        interactions.sort { $0.day < $1.day }
        return (ledger, interactions)
    }

    /// The days where something changes (each row's and acknowledgement's date and the day
    /// before), a day a month, and around the build date.
    static func days(around ledger: [LedgerEntry], interactions: [Interaction]) -> [Day] {
        var days = Set<Day>()
        for entry in ledger { days.insert(entry.date); days.insert(entry.date - 1); days.insert(entry.date + 1) }
        for line in interactions { days.insert(line.day); days.insert(line.day - 1) }
        var monthly = day("2021-06-01")
        while monthly <= buildDate { days.insert(monthly); monthly = monthly + 30 }
        days.insert(buildDate)
        return days.filter { $0 <= buildDate }.sorted()
    }

    // MARK: - Comparison

    static func expectSame(_ cut: LedgerAllocation, _ computed: LedgerAllocation, ledger: [LedgerEntry], context: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        func check(_ same: Bool, _ what: String) {
            #expect(same, "\(context): \(what) differs", sourceLocation: sourceLocation)
        }
        check(cut.asOf == computed.asOf, "the day")
        check(cut.invoices.map(\.entryIndex) == computed.invoices.map(\.entryIndex), "the invoices")
        check(cut.invoices.map(\.entry) == computed.invoices.map(\.entry), "the invoices' rows")
        check(cut.invoices.map(\.balance) == computed.invoices.map(\.balance), "the balances")
        check(cut.invoices.map(\.allocations) == computed.invoices.map(\.allocations), "the settlements")
        check(cut.ignoredEntries == computed.ignoredEntries, "the rows after the day")
        check(cut.debtorSlots.keys == computed.debtorSlots.keys, "the debtors")
        check(cut.debtors.keys.sorted() == computed.debtors.keys.sorted(), "the debtors' accounts")
        for (a, b) in zip(cut.accounts, computed.accounts) {
            check(a.invoiceIndices == b.invoiceIndices, "the account's invoices")
            check(a.unallocated == b.unallocated, "the unallocated credits")
            check(a.invoiced == b.invoiced && a.credited == b.credited && a.paid == b.paid, "the account's totals")
            check(a.appliedToLaterInvoices == b.appliedToLaterInvoices, "the credit applied to later invoices")
        }
        check(cut.accounts.count == computed.accounts.count, "the number of accounts")
        check(cut.debtors.values.map(\.unallocated) == computed.debtors.values.map(\.unallocated), "the accounts by id")
        check(cut.invoiceSlot == computed.invoiceSlot, "the invoices' debtors")
        check(cut.closedOn == computed.closedOn, "the days invoices closed")
        check(cut.fifoOrder == computed.fifoOrder && cut.fifoStart == computed.fifoStart, "the FIFO order")
        check(cut.fifoRank == computed.fifoRank, "the FIFO ranks")
        check(cut.paymentOrder == computed.paymentOrder && cut.paymentStart == computed.paymentStart, "the payments")
        check(cut.hasDuplicateReferences == computed.hasDuplicateReferences, "the repeated references")
        check(cut.invoiceDays == computed.invoiceDays && cut.dueDays == computed.dueDays, "the invoices' days")
        check(cut.creditsNamingLaterInvoices.map { [Int($0.slot), Int($0.from.ordinal), Int($0.until.ordinal)] }
              == computed.creditsNamingLaterInvoices.map { [Int($0.slot), Int($0.from.ordinal), Int($0.until.ordinal)] },
              "the credits naming later invoices")
        let references = Set(ledger.map(\.reference) + ledger.compactMap(\.appliesTo) + ["NOWHERE"])
        check(references.allSatisfy { cut.invoiceIndex(reference: $0) == computed.invoiceIndex(reference: $0) },
              "the reference lookup")
        check(cut.creditAppliedToLaterInvoices == computed.creditAppliedToLaterInvoices, "the total applied to later invoices")
        check(cut.invariantViolations().isEmpty, "the invariant")
    }
}
