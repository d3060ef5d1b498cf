import Testing
@testable import RelanceCore

/// Which invoices a log line covers, and the shortcut the letters take: asking it of a few invoices
/// gives what asking it of all the debtor's invoices gives, restricted to those few.
@Suite struct CoverageTests {
    /// F1 overdue, F2 not yet due on 1 March, F3 paid in February; `otherDebtor`: with D2 and its
    /// invoice G1 as well.
    static func receivables(otherDebtor: Bool = false) throws -> Receivables {
        let book = makeBook(
            debtors: [business("D1")] + (otherDebtor ? [business("D2")] : []),
            ledger: [
                invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                invoice("F2", "D1", "200.00", date: "2026-02-15", due: "2026-04-15"),
                invoice("F3", "D1", "300.00", date: "2026-01-05", due: "2026-02-04"),
                payment("P3", "D1", "300.00", date: "2026-02-10", appliesTo: "F3"),
            ] + (otherDebtor ? [invoice("G1", "D2", "50.00", date: "2026-01-02", due: "2026-02-01")] : []),
            interactions: [
                log("2026-03-01", "D1", .reminder1, channel: .email),
                log("2026-03-01", "D1", .call, channel: .phone),
                log("2026-03-02", "D1", .call, invoices: ["F2", "F3"], channel: .phone),
            ])
        return try Receivables(book: book, asOf: day("2026-06-15"))
    }

    @Test func aSubsetAsksTheSameQuestionOfFewerInvoices() throws {
        let r = try Self.receivables()
        let coverage = Coverage(allocation: r.allocation)
        let all = try #require(r.allocation.debtors["D1"]?.invoiceIndices)
        func references(_ indices: [Int]) -> [String] { indices.map { r.allocation.invoices[$0].entry.reference } }
        let lines = try #require(r.debtors.first?.interactions)
        // A blank reminder covers the overdue open invoice only; a blank call every open one; a
        // listed line what it lists.
        #expect(lines.map { references(coverage.invoices(of: $0, debtorInvoices: all)) } == [["F1"], ["F1", "F2"], ["F2", "F3"]])
        for line in lines {
            let covered = Set(coverage.invoices(of: line, debtorInvoices: all))
            for subset in [[], [all[0]], [all[1]], [all[2]], [all[0], all[2]], all] {
                #expect(coverage.invoices(of: line, debtorInvoices: subset) == subset.filter(covered.contains))
                #expect(coverage.coversAny(of: line, among: subset) == subset.contains(where: covered.contains))
            }
        }
    }

    /// A letter's earlier steps find its invoices through the reference table: the debtor's
    /// invoices of those references, and only the debtor's.
    @Test func aLettersInvoicesAreFoundByReference() throws {
        let a = try Self.receivables(otherDebtor: true).allocation
        let all = try #require(a.debtors["D1"]?.invoiceIndices)
        #expect(all.map { a.invoices[$0].entry.reference } == ["F1", "F2", "F3"])
        // G1 is D2's, G9 is no invoice.
        #expect(Set(a.invoices(of: "D1", references: ["F3", "F1", "G1", "G9"])) == [all[0], all[2]])
        #expect(a.invoices(of: "D9", references: ["F1"]).isEmpty)
    }

    /// A reference repeated in a hand-made ledger (the reader refuses it) leaves the table holding
    /// one of the two invoices: the lookup then filters the debtor's invoices, and finds both.
    @Test func aRepeatedReferenceFallsBackToTheFilter() throws {
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [
                invoice("F1", "D1", "100.00", date: "2026-01-01", due: "2026-01-31"),
                invoice("F1", "D1", "150.00", date: "2026-01-10", due: "2026-02-09"),
                invoice("F2", "D1", "200.00", date: "2026-02-15", due: "2026-04-15"),
            ])
        let a = try Receivables(book: book, asOf: day("2026-06-15")).allocation
        #expect(a.hasDuplicateReferences)
        let all = try #require(a.debtors["D1"]?.invoiceIndices)
        let first = try #require(all.first { a.invoices[$0].entry.amount == euros("100.00") })
        let second = try #require(all.first { a.invoices[$0].entry.amount == euros("150.00") })
        #expect(Set(a.invoices(of: "D1", references: ["F1"])) == [first, second])
    }
}
