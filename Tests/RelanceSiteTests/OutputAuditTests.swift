import Testing
import RelancePublish
@testable import RelanceCore
@testable import RelanceSite

/// The outputs' figures, added up again, agree with the computation; a disagreement stops the build.
@Suite struct OutputAuditTests {
    static func day(_ iso: String) -> Day { Day(iso: Substring(iso))! }
    static func euros(_ cents: Int64) -> Money { Money(minorUnits: cents) }

    /// Two debtors: one with an open invoice partly paid, one with only an unallocated payment.
    static func receivables() throws -> Receivables {
        let book = Book(
            creditor: Creditor(name: "Test SAS"),
            debtors: [Debtor(id: "D1", name: "Un", address1: "1 rue A", postcode: "69001", city: "Lyon"),
                      Debtor(id: "D2", name: "Deux", address1: "2 rue B", postcode: "69002", city: "Lyon")],
            ledger: [
                LedgerEntry(date: day("2026-01-10"), kind: .invoice, reference: "F1", debtorID: "D1",
                            amount: euros(100_000), dueDate: day("2026-02-09")),
                LedgerEntry(date: day("2026-03-10"), kind: .payment, reference: "P1", debtorID: "D1", amount: euros(25_050)),
                LedgerEntry(date: day("2026-03-11"), kind: .payment, reference: "P2", debtorID: "D2", amount: euros(9_999)),
            ],
            interactions: [],
            rates: RateTable([
                HalfYear(year: 2026, half: 1): HalfYearRates(ecb: PercentRate(parsing: "2.15")!, legalPrivate: PercentRate(parsing: "6.67")!,
                                                           legalOther: PercentRate(parsing: "2.62")!),
            ]))
        return try Receivables(book: book, asOf: day("2026-06-15"))
    }

    static func auditWithEveryCaseFile(_ r: Receivables) throws -> OutputAudit {
        let audit = OutputAudit()
        for state in r.debtors { audit.caseFile(try CaseStatement(state: state, ledger: r.book.ledger, asOf: r.asOf)) }
        return audit
    }

    @Test func theOutputsOfABuildReconcile() throws {
        let r = try Self.receivables()
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        #expect(SummaryAudit(r.book.currency).problems(summary, r) == [])
        let audit = try Self.auditWithEveryCaseFile(r)
        try audit.write(summary, r, into: RenderedInMemory())
        try audit.check(r)
    }

    @Test func aTotalOffByOneCentInSummaryIsFound() throws {
        let r = try Self.receivables()
        var summary = SummaryDocument(r, letters: LetterPlan(r))
        let t = summary.totals
        summary.totals = .init(outstanding: "749.51", overdue: t.overdue, notDue: t.notDue, disputed: t.disputed,
                               unallocatedCredit: t.unallocatedCredit, penalties: t.penalties, indemnities: t.indemnities,
                               timeBarred: t.timeBarred, settledPenalties: t.settledPenalties, settledIndemnities: t.settledIndemnities)
        let problems = SummaryAudit(r.book.currency).problems(summary, r)
        #expect(problems.contains { $0.contains("debtors add up to 749.50, total says 749.51") }, "\(problems)")
        let audit = try Self.auditWithEveryCaseFile(r)
        try audit.write(summary, r, into: RenderedInMemory())
        #expect(throws: ComputationError.self) { try audit.check(r) }
    }

    @Test func anAmountThatIsNotOneIsFound() throws {
        let r = try Self.receivables()
        var summary = SummaryDocument(r, letters: LetterPlan(r))
        let t = summary.totals
        summary.totals = .init(outstanding: t.outstanding, overdue: t.overdue, notDue: t.notDue, disputed: t.disputed,
                               unallocatedCredit: "99.9", penalties: t.penalties, indemnities: t.indemnities,
                               timeBarred: t.timeBarred, settledPenalties: t.settledPenalties, settledIndemnities: t.settledIndemnities)
        #expect(SummaryAudit(r.book.currency).problems(summary, r).contains { $0.contains("«99.9» is not an amount") })
    }

    @Test func aMissingCaseFileIsFound() throws {
        let r = try Self.receivables()
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        let audit = OutputAudit()
        audit.caseFile(try CaseStatement(state: r.debtors[0], ledger: r.book.ledger, asOf: r.asOf))
        try audit.write(summary, r, into: RenderedInMemory())
        do {
            try audit.check(r)
            Issue.record("a build with one case file of two passed the audit")
        } catch {
            #expect(error.message.contains("1 case files for 2 debtors"), "\(error.message)")
        }
    }

    /// The audit adds up the debtors' entries as summary.json writes them: the sums it checks are
    /// those of the bytes written, and a build that never wrote summary.json does not pass.
    @Test func summaryJSONIsAuditedAsItIsWritten() throws {
        let r = try Self.receivables()
        let summary = SummaryDocument(r, letters: LetterPlan(r))
        let unaudited = try Self.auditWithEveryCaseFile(r)
        #expect(throws: ComputationError.self) { try unaudited.check(r) }

        var seen: [String] = []
        let output = RenderedInMemory()
        try summary.write(into: output, at: "summary.json") { seen.append($0.id + " " + $0.outstanding) }
        #expect(seen == ["D1 749.50", "D2 0.00"])
        #expect(summary.json() == (try summary.foundationEncoded()))
    }
}
