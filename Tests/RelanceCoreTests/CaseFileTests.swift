import Testing
@testable import RelanceCore

/// Case files: the décompte's arithmetic, the exhibit numbering rule, the route at the ceiling, the
/// letter regenerated at its date and which debtors are bundled.
@Suite struct CaseFileTests {
    /// 1 800,00 € due 2 December 2025, 600,00 € paid 10 February 2026, built on 15 June 2026: three
    /// stretches, cut at 1 January (half-year) and after the payment, each rounded on its own.
    static func partlyPaidBook(interactions: [Interaction] = []) -> Book {
        makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "1800.00", date: "2025-11-02", due: "2025-12-02"),
                     payment("VIR-1", "D1", "600.00", date: "2026-02-10", appliesTo: "F1"),
                     invoice("F2", "D1", "250.00", date: "2026-05-20", due: "2026-06-19")],
            interactions: interactions)
    }

    @Test func statementAddsUpAndMatchesTheSummaryFigures() throws {
        let r = try Receivables(book: Self.partlyPaidBook(), asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        let statement = try CaseStatement(state: state, ledger: r.book.ledger, asOf: r.asOf)
        let f1 = try #require(statement.invoices.first { $0.reference == "F1" })
        #expect(f1.settlements.map(\.amount) == [euros("600.00")])
        #expect(f1.settlements.first?.reference == "VIR-1")
        #expect(f1.balance == euros("1200.00"))
        // 1 800 × 12,15 % × 29/365 = 17,38 ; × 41/365 = 24,57 ; 1 200 × 12,15 % × 125/365 = 49,93.
        #expect(f1.penalties.lines.map(\.amount) == [euros("17.38"), euros("24.57"), euros("49.93")])
        #expect(f1.penalties.lines.map(\.days) == [29, 41, 125])
        #expect(f1.penalties.lines.map(\.balance) == [euros("1800.00"), euros("1800.00"), euros("1200.00")])
        #expect(f1.penaltyTotal == euros("91.88"))
        #expect(f1.indemnity == euros("40.00"))
        #expect(f1.total == euros("1331.88"))
        let f2 = try #require(statement.invoices.first { $0.reference == "F2" })
        #expect(f2.penalties.lines.isEmpty && f2.indemnity == .zero && f2.total == euros("250.00"))
        // The grand total is what summary.json sums for the debtor.
        #expect(statement.total == euros("1581.88"))
        #expect(statement.principal == state.outstanding)
        #expect(statement.penalties == state.penalties)
        #expect(statement.indemnities == state.indemnities)
        #expect(statement.total == statement.invoices.map(\.total).sum())
    }

    @Test func routeAtTheCeilingCountsPrincipalAndInterestOnly() {
        func claim(_ due: String, _ penalties: String, kind: Debtor.Kind = .business) -> CaseClaim {
            CaseClaim(principalDue: euros(due), principalNotDue: euros("900.00"), penalties: euros(penalties),
                      indemnities: euros("120.00"), unallocated: .zero, debtorKind: kind)
        }
        #expect(claim("4900.00", "100.00").route == .simplifiedProcedure)
        #expect(claim("4900.00", "100.01").route == .injunctionCommercialCourt)
        #expect(claim("4900.00", "100.01", kind: .consumer).route == .injunctionJudicialCourt)
        // What is not yet due is shown, not claimed.
        #expect(claim("4900.00", "100.00").total == euros("5120.00"))
        // A time-barred invoice is never claimed: shown apart, it does not count towards the ceiling.
        let withBarred = CaseClaim(principalDue: euros("4899.99"), principalNotDue: .zero, penalties: euros("100.01"),
                                   indemnities: .zero, unallocated: .zero, barred: euros("1000.01"), debtorKind: .business)
        #expect(withBarred.principalAndInterest == euros("5000.00"))
        #expect(withBarred.route == .simplifiedProcedure)
        #expect(withBarred.total == euros("5000.00"))
        // The penalties of invoices paid late count as interest; their indemnities do not.
        let withLate = CaseClaim(principalDue: euros("4900.00"), principalNotDue: .zero, penalties: euros("90.00"),
                                 indemnities: euros("40.00"), unallocated: .zero, settledPenalties: euros("10.01"),
                                 settledIndemnities: euros("40.00"), debtorKind: .business)
        #expect(withLate.principalAndInterest == euros("5000.01"))
        #expect(withLate.route == .injunctionCommercialCourt)
        #expect(withLate.total == euros("5080.01"))
    }

    // MARK: - Exhibits

    static func proofLine(_ date: String, _ kind: Interaction.Kind, invoices: [String] = [], proofs: [String],
                          direction: Interaction.Direction? = nil) -> Interaction {
        Interaction(day: day(date), debtorID: "D1", invoices: invoices, kind: kind, channel: .email, direction: direction, proofs: proofs)
    }

    static func exhibits(_ book: Book, asOf: String = "2026-06-15") throws -> ExhibitList {
        let r = try Receivables(book: book, asOf: day(asOf))
        let state = try #require(r.debtors.first)
        return ExhibitList(state: state, allocation: r.allocation, invoiceFiles: ["F1": "invoices/F1.pdf"])
    }

    @Test func exhibitsFollowTheLogFileOrder() throws {
        let lines = [
            log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email),
            Self.proofLine("2026-03-01", .dispute, invoices: ["F1"], proofs: ["mails/contestation.eml"]),
            log("2026-02-01", "D1", .reminder2, channel: .letter),   // back-dated: still after the dispute
        ]
        let list = try Self.exhibits(Self.partlyPaidBook(interactions: lines))
        let kinds = list.exhibits.map { exhibit -> String in
            switch exhibit.source {
            case .invoice(let reference, let file): return "invoice \(reference) \(file ?? "-")"
            case .proof(let file, _): return "proof \(file)"
            case .regeneratedLetter(let level, let line): return "letter \(level.code) \(line.day)"
            }
        }
        #expect(kinds == [
            "invoice F1 invoices/F1.pdf", "letter R1 2026-01-05", "proof mails/contestation.eml",
            "letter R2 2026-02-01", "invoice F2 -",
        ])
        #expect(list.exhibits.map(\.number) == [1, 2, 3, 4, 5])
        #expect(list.numbersByLine == [0: [2], 1: [3], 2: [4]])
        #expect(list.numbersByInvoice == ["F1": 1, "F2": 5])
    }

    @Test func appendingALogLineOnlyAppendsNumbers() throws {
        var lines = [
            log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email),
            Self.proofLine("2026-03-01", .dispute, invoices: ["F1"], proofs: ["mails/contestation.eml", "photos/chantier.jpg"]),
            log("2026-04-01", "D1", .formalNotice, invoices: ["F1"], channel: .registeredLetter),
        ]
        let before = try Self.exhibits(Self.partlyPaidBook(interactions: lines)).exhibits
        // A reply dated before everything else, appended at the end of the file, citing an old proof again.
        lines.append(Self.proofLine("2025-12-20", .reply, invoices: ["F1"], proofs: ["mails/reponse.eml", "photos/chantier.jpg"]))
        let after = try Self.exhibits(Self.partlyPaidBook(interactions: lines)).exhibits
        let earlier = before.filter { if case .invoice(let ref, _) = $0.source { return ref == "F1" } else { return true } }
        for exhibit in earlier {
            #expect(after[exhibit.number - 1].source == exhibit.source, "pièce n° \(exhibit.number) moved")
        }
        let added = after.filter { exhibit in !before.contains { $0.source == exhibit.source } }
        #expect(added.count == 1)
        if case .proof(let file, _) = added.first?.source { #expect(file == "mails/reponse.eml") } else { Issue.record("no new proof") }
        #expect(after.count == before.count + 1)
    }

    @Test func noLetterIsRegeneratedForACallOrAnIncomingLine() {
        #expect(ExhibitList.regeneratedLevel(of: log("2026-01-05", "D1", .reminder1, channel: .phone)) == nil)
        #expect(ExhibitList.regeneratedLevel(of: log("2026-01-05", "D1", .call)) == nil)
        #expect(ExhibitList.regeneratedLevel(of: Self.proofLine("2026-01-05", .reminder2, proofs: ["a.pdf"])) == nil)
        #expect(ExhibitList.regeneratedLevel(of: log("2026-01-05", "D1", .formalNotice)) == .formalNotice)
    }

    // MARK: - Regenerated letters

    @Test func aLetterIsRegeneratedWithTheFiguresOfItsDate() throws {
        let notice = log("2026-02-05", "D1", .formalNotice, channel: .registeredLetter)
        var book = Self.partlyPaidBook(interactions: [
            log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email),
            notice,
            log("2026-02-05", "D1", .call),  // same day, later in the log: not in the letter's history
        ])
        book.debtors.append(business("D2"))
        book.ledger.append(invoice("G1", "D2", "999.00", date: "2025-10-01", due: "2025-10-31"))
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first { $0.id == "D1" })
        let line = try #require(state.interactions.first { $0.kind == .formalNotice })
        let letter = try #require(try LetterAtDate.make(for: line, level: .formalNotice, state: state, in: r))
        #expect(letter.date == day("2026-02-05"))
        #expect(letter.reference == "D1-MED-20260205")
        #expect(letter.channel == .registeredLetter)
        // On 5 February the payment of 10 February had not come: 1 800 € open, F2 not yet invoiced.
        #expect(letter.invoices.map(\.reference) == ["F1"])
        #expect(letter.principal == euros("1800.00"))
        // 17,38 € (2025 H2) + 1 800 × 12,15 % × 36/365 = 21,57 €.
        #expect(letter.penalties == euros("38.95"))
        #expect(letter.history.map(\.kind) == [.reminder1])
        #expect(letter.noticeDeadlineDays == 8 && letter.paymentDeadline == nil)
    }

    @Test func theSubBookHoldsOnlyTheDebtorsRows() throws {
        var book = Self.partlyPaidBook()
        book.debtors.append(business("D2"))
        book.ledger.insert(invoice("G1", "D2", "999.00", date: "2025-10-01", due: "2025-10-31"), at: 1)
        book.ledger.append(payment("P-D2", "D2", "10.00", date: "2026-01-01"))
        book.ledger.append(payment("EXTRA", "D1", "5000.00", date: "2026-06-01"))
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        #expect(LetterAtDate.debtorLedger("D1", in: r).map(\.reference) == ["F1", "VIR-1", "F2", "EXTRA"])
    }

    // MARK: - Bundles

    @Test func bundlesCoverFormalNoticeAndBeyondOrWhatIsNamed() throws {
        let book = Self.partlyPaidBook(interactions: [log("2026-04-01", "D1", .formalNotice)])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        let early = try #require(try Receivables(book: Self.partlyPaidBook(), asOf: day("2026-06-15")).debtors.first)
        // A one-debtor book no longer bundles a debtor at an early stage.
        #expect(!BundleSelection.automatic.includes(early))
        #expect(BundleSelection.automatic.includes(state))
        #expect(BundleSelection(mode: .all).includes(early))
        #expect(!BundleSelection(mode: .none).includes(state))
        #expect(BundleSelection(mode: .none, named: ["D1"]).includes(early))
        #expect(BundleSelection(options: ["D1"]).includes(early))
    }

    @Test func disputesAreClosedByALaterClosingLine() throws {
        let book = Self.partlyPaidBook(interactions: [
            log("2026-03-01", "D1", .dispute, invoices: ["F1"]),
            log("2026-03-20", "D1", .disputeClosed, invoices: ["F1"]),
            log("2026-06-01", "D1", .dispute, invoices: ["F2"]),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        let disputes = DisputeRecord.all(in: state, allocation: r.allocation)
        #expect(disputes.map(\.isOpen) == [false, true])
        #expect(disputes.map(\.invoices) == [["F1"], ["F2"]])
        #expect(disputes.first?.closedBy?.day == day("2026-03-20"))
    }
}

@Suite struct BundleOptionTests {
    @Test func optionsMapToTheSelection() {
        #expect(BundleSelection(options: []) == .automatic)
        #expect(BundleSelection(options: ["all"]).mode == .all)
        #expect(BundleSelection(options: ["none", "ACME/01"]) == BundleSelection(mode: .none, named: ["ACME/01"]))
        #expect(BundleSelection(options: ["D1", "D2"]) == BundleSelection(named: ["D1", "D2"]))
        #expect(BundleSelection(options: ["none", "all"]).mode == .all)
    }
}
