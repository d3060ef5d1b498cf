import Testing
@testable import RelanceCore

/// The weekly history computed in one pass equals, point by point, what a build at each date
/// reports (assets/docs/book-format.md, "Weekly history").
@Suite struct WeeklyHistoryTests {
    /// What a separate computation at `point.asOf` reports, for comparison.
    static func expectSameAsABuild(_ point: HistoryPoint, book: Book, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let then = try Receivables(book: book, asOf: point.asOf)
        var over90 = Money.zero
        for state in then.debtors { for invoice in state.openInvoices where invoice.daysPastDue > 90 { over90 += invoice.outstanding } }
        #expect(point.outstanding == then.totals.outstanding, "outstanding on \(point.asOf)", sourceLocation: sourceLocation)
        #expect(point.overdue == then.totals.overdue, "overdue on \(point.asOf)", sourceLocation: sourceLocation)
        #expect(point.over90 == over90, "over 90 days on \(point.asOf)", sourceLocation: sourceLocation)
        #expect(point.dsoDays == then.daysSalesOutstanding.days, "DSO on \(point.asOf)", sourceLocation: sourceLocation)
        let broken = then.debtors.reduce(0) { count, state in
            count + state.promises.filter { $0.status == .broken && $0.lastDay + 1 > point.asOf - 7 }.count
        }
        #expect(point.promisesBroken == broken, "promises broken in the week to \(point.asOf)", sourceLocation: sourceLocation)
        #expect(WeeklyHistory(then).points.last == point, "the build at \(point.asOf) reports the same point", sourceLocation: sourceLocation)
    }

    /// D1 pays late and in parts; D2 promises and breaks it; D3 keeps its promise; D4 disputes;
    /// D5 pays a deposit naming an invoice issued later, more than that invoice, and the surplus
    /// settles its older invoice only once the new one exists.
    static let book = makeBook(
        debtors: [business("D1"), business("D2"), business("D3"), business("D4"), business("D5")],
        ledger: [
            invoice("A1", "D1", "1000.00", date: "2025-09-01", due: "2025-10-01"),
            invoice("A2", "D1", "400.00", date: "2025-12-01", due: "2025-12-31"),
            payment("P1", "D1", "300.00", date: "2025-12-20"),
            payment("P2", "D1", "700.00", date: "2026-01-28"),
            invoice("B1", "D2", "800.00", date: "2025-10-15", due: "2025-11-14"),
            invoice("C1", "D3", "250.00", date: "2025-11-20", due: "2025-12-20"),
            payment("P3", "D3", "250.00", date: "2026-01-09", appliesTo: "C1"),
            invoice("E1", "D4", "600.00", date: "2025-08-01", due: "2025-08-31"),
            invoice("F1", "D5", "500.00", date: "2025-10-01", due: "2025-10-31"),
            payment("P4", "D5", "900.00", date: "2026-01-05", appliesTo: "F2"),
            invoice("F2", "D5", "600.00", date: "2026-01-26", due: "2026-02-25"),
        ],
        interactions: [
            log("2025-12-10", "D2", .promise, invoices: ["B1"], amount: "800.00", due: "2026-01-02"),
            log("2026-01-05", "D3", .promise, amount: "250.00", due: "2026-01-10"),
            log("2026-01-12", "D4", .dispute, invoices: ["E1"]),
            log("2026-01-20", "D2", .promise, amount: "800.00", due: "2026-01-23"),
        ])

    @Test func everyPointIsWhatABuildAtThatDateReports() throws {
        let r = try Receivables(book: Self.book, asOf: day("2026-02-10"))
        let history = WeeklyHistory(r)
        #expect(history.points.map(\.asOf) == (0...12).map { day("2026-02-10") - 7 * (12 - $0) })
        for point in history.points { try Self.expectSameAsABuild(point, book: Self.book) }
    }

    @Test func theWeekCountsCashPromisesAndDisputes() throws {
        let r = try Receivables(book: Self.book, asOf: day("2026-02-10"))
        let byDate = Dictionary(uniqueKeysWithValues: WeeklyHistory(r).points.map { ($0.asOf, $0) })
        // 2026-01-13 covers 7–13 January: P3 (250) and C1's promise due on the 10th, kept; the dispute.
        let week2 = try #require(byDate[day("2026-01-13")])
        #expect(week2.collected == euros("250.00") && week2.promisesDue == 1 && week2.promisesBroken == 0 && week2.disputesNew == 1)
        // 2026-01-06 covers 31 December – 6 January: D2's promise due the 2nd (broken from the 6th,
        // 2 + 3 days of grace + 1) and D5's deposit of 900.
        let week1 = try #require(byDate[day("2026-01-06")])
        #expect(week1.promisesDue == 1 && week1.promisesBroken == 1 && week1.collected == euros("900.00"))
        // The deposit names F2, issued on 26 January: until then it is kept whole for F2, and F1
        // (500) stays open; from the 26th the 300 of surplus settle F1 down to 200.
        let beforeF2 = try #require(byDate[day("2026-01-20")]), afterF2 = try #require(byDate[day("2026-01-27")])
        let d1d2d4Then = euros("1100.00") + euros("800.00") + euros("600.00")
        #expect(beforeF2.outstanding == d1d2d4Then + euros("500.00"))
        #expect(afterF2.outstanding == d1d2d4Then + euros("200.00"))
    }

    @Test func countBackDSOWalksBackThroughTheInvoicingDays() {
        let allocation = LedgerAllocation(
            ledger: [invoice("I1", "D", "300.00", date: "2026-01-01", due: "2026-01-31"),
                     invoice("I2", "D", "100.00", date: "2026-01-10", due: "2026-02-09")],
            asOf: day("2026-01-20"))
        let invoicing = DailyInvoicing(allocation)
        // Back from the 20th: ten days without invoicing (20 → 11), then the 10th's 100, then nine
        // more days (9 → 1), then the 1st's 300; the day that completes the sum counts pro rata.
        #expect(invoicing.countBackTenths(outstanding: euros("100.00"), asOf: day("2026-01-20")) == 110)
        #expect(invoicing.countBackTenths(outstanding: euros("50.00"), asOf: day("2026-01-20")) == 105)
        #expect(invoicing.countBackTenths(outstanding: euros("250.00"), asOf: day("2026-01-20")) == 195)
        #expect(invoicing.countBackTenths(outstanding: .zero, asOf: day("2026-01-20")) == 0)
        #expect(invoicing.total(from: day("2026-01-02"), through: day("2026-01-20")) == euros("100.00"))
    }
}
