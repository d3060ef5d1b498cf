import Testing
@testable import RelanceCore

/// Collective proceedings: paused first of all, no action, interest stopped on the eve of the
/// opening judgment (L622-28), no indemnity for an invoice falling due after it.
@Suite struct InsolvencyCoreTests {
    @Test func proceedingsStopInterestActionsAndLaterIndemnities() throws {
        var debtor = business("D1")
        debtor.insolvency = Insolvency(kind: .receivership, openedOn: day("2026-03-02"), bodaccPublishedOn: day("2026-03-10"))
        let book = makeBook(
            debtors: [debtor],
            ledger: [invoice("F1", "D1", "1800.00", date: "2025-11-02", due: "2025-12-02"),
                     invoice("F2", "D1", "250.00", date: "2026-02-20", due: "2026-03-20")],
            interactions: [log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email)])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        #expect(state.paused == .insolvency && state.nextAction == nil && state.actions.isEmpty)
        let f1 = try #require(state.openInvoices.first { $0.reference == "F1" })
        let f2 = try #require(state.openInvoices.first { $0.reference == "F2" })
        #expect(f1.penalties.lines.last?.to == day("2026-03-01") && f1.indemnity == euros("40.00"))
        #expect(f2.penalties.lines.isEmpty && f2.indemnity == .zero, "due after the opening: nothing runs, no indemnity")
        let plan = LetterPlan(r)
        #expect(plan.letters.isEmpty)
        // The second reminder the log calls for is listed as blocked, with the proceedings as reason.
        let blocked = try #require(plan.blocked.first)
        #expect(plan.blocked.count == 1 && blocked.reason == .collectiveProceedings && blocked.level == .reminder2)
        #expect(state.forbiddenStep?.invoices == ["F1", "F2"] || state.forbiddenStep?.invoices == ["F1"])
        #expect(r.warnings.first == .claimToDeclare(debtorID: "D1", insolvency: debtor.insolvency!, asOf: day("2026-06-15")))
        #expect(debtor.insolvency?.declarationDeadline == day("2026-05-10"))
        #expect(BundleSelection.automatic.includes(state))
    }
}
