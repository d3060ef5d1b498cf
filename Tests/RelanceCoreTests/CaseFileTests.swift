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
        return ExhibitList(state: state, invoiceFiles: ["F1": "invoices/F1.pdf"], documents: book.documents)
    }

    static func document(_ kind: SupportingDocument.Kind, _ date: String, _ file: String, invoices: [String] = [], line: Int) -> SupportingDocument {
        SupportingDocument(debtorID: "D1", invoices: invoices, kind: kind, date: day(date), title: file, file: file,
                           location: SourceLocation(file: "documents.csv", line: line))
    }

    /// A file with documents, proofs of every kind, and letters sent without a copy kept.
    static func documentedBook() -> Book {
        let notice = Interaction(day: day("2026-04-01"), debtorID: "D1", invoices: ["F1"], kind: .formalNotice,
                                 channel: .registeredLetter, proofs: ["envois/depot-med.pdf"], tracking: "1A 111")
        let receipt = Interaction(day: day("2026-04-03"), debtorID: "D1", kind: .delivery, proofs: ["envois/ar-med.pdf"], tracking: "1A 111")
        var book = partlyPaidBook(interactions: [
            log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email),
            Self.proofLine("2026-03-01", .dispute, invoices: ["F1"], proofs: ["mails/contestation.eml"]),
            log("2026-02-01", "D1", .reminder2, channel: .letter),
            notice, receipt,
            Self.proofLine("2026-05-02", .acknowledgement, invoices: ["F1"], proofs: ["mails/reconnaissance.pdf", "mails/contestation.eml"]),
        ])
        book.documents = [
            document(.companyRegistration, "2025-01-10", "docs/kbis.pdf", line: 2),
            document(.deliveryNote, "2025-11-03", "docs/bl-f1.pdf", invoices: ["F1"], line: 3),
            document(.termsOfSale, "2024-01-01", "docs/cgv.pdf", line: 4),
            document(.contract, "2024-06-01", "docs/contrat.pdf", line: 5),
        ]
        return book
    }

    /// By kind, then date: agreement and terms, invoices, delivery, reminders, the mise en demeure
    /// with its proofs, replies, acknowledgements, other. Files only: the letters sent without a copy
    /// are reconstructions, and an invoice without its PDF is no exhibit.
    @Test func exhibitsGoByKindThenDate() throws {
        let list = try Self.exhibits(Self.documentedBook())
        #expect(list.exhibits.map(\.bookFile) == [
            "docs/cgv.pdf", "docs/contrat.pdf", "invoices/F1.pdf", "docs/bl-f1.pdf", "envois/depot-med.pdf", "envois/ar-med.pdf",
            "mails/contestation.eml", "mails/reconnaissance.pdf", "docs/kbis.pdf",
        ])
        #expect(list.exhibits.map(\.number) == Array(1...9))
        #expect(list.numbersByInvoice == ["F1": 3])
        // The acknowledgement cites the dispute's e-mail again: it keeps its number.
        #expect(list.numbersByLine == [1: [7], 3: [5], 4: [6], 5: [7, 8]])
        #expect(list.reconstructions.map { "\($0.level.code) \($0.line.day)" } == ["R1 2026-01-05", "R2 2026-02-01"])
    }

    /// One set per registered letter: its avis de réception, logged days later on a delivery line,
    /// comes right after the letter's own files, before a letter sent in between.
    @Test func aRegisteredLettersReceiptFollowsIt() throws {
        var book = Self.documentedBook()
        let second = Interaction(day: day("2026-04-02"), debtorID: "D1", invoices: ["F1"], kind: .formalNotice,
                                 channel: .registeredLetter, proofs: ["envois/depot-2.pdf"], tracking: "1A 222")
        book.interactions.insert(second, at: 4)
        for index in book.interactions.indices { book.interactions[index].sequence = index }
        let list = try Self.exhibits(book)
        let files = list.exhibits.map(\.bookFile)
        let first = try #require(files.firstIndex(of: "envois/depot-med.pdf"))
        #expect(Array(files[first...].prefix(3)) == ["envois/depot-med.pdf", "envois/ar-med.pdf", "envois/depot-2.pdf"], "\(files)")
        guard case .receipt(_, let delivery, let letter) = list.exhibits[first + 1].source else {
            Issue.record("the AR is the first notice's receipt")
            return
        }
        #expect(letter.tracking == "1A 111" && delivery.kind == .delivery)
    }

    /// What a court expects and the book lacks, until it is there.
    @Test func missingDocumentsAreNamedUntilTheyAreThere() throws {
        func missing(_ book: Book, contractual: Bool = false) throws -> [MissingDocuments.Item] {
            let r = try Receivables(book: book, asOf: day("2026-06-15"))
            let state = try #require(r.debtors.first)
            return MissingDocuments(state: state, invoiceFiles: ["F1": "invoices/F1.pdf"], documents: book.documents,
                                    otherDebts: [], contractualRate: contractual).items
        }
        var book = Self.documentedBook()
        #expect(try missing(book) == [.invoicePDF(reference: "F2"), .delivery(invoices: ["F2"])])
        book.documents.removeAll { $0.kind == .termsOfSale || $0.kind == .contract }
        book.interactions.removeAll { $0.kind == .delivery }
        let items = try missing(book, contractual: true)
        #expect(items.count == 5, "\(items)")
        #expect(items.contains(.agreement(invoices: ["F1", "F2"])) && items.contains(.termsOfSale))
        #expect(items.contains { if case .formalNoticeReceipt(let line) = $0 { line.day == day("2026-04-01") } else { false } })
        #expect(try missing(Self.documentedBook(), contractual: true).contains(.termsOfSale) == false)
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

    /// Only a formal notice claims the invoices paid late: a reconstructed one lists those paid late
    /// by its date, as a computation of that day does; a reminder lists none.
    @Test func aReconstructedFormalNoticeClaimsTheInvoicesPaidLateByItsDate() throws {
        var book = Self.partlyPaidBook(interactions: [
            log("2026-03-02", "D1", .reminder2, invoices: ["F1"], channel: .letter),
            log("2026-04-01", "D1", .formalNotice, channel: .registeredLetter),
        ])
        // F0, due 1 November, paid 1 December: thirty days late.
        book.ledger.insert(invoice("F0", "D1", "500.00", date: "2025-10-02", due: "2025-11-01"), at: 0)
        book.ledger.insert(payment("VIR-0", "D1", "500.00", date: "2025-12-01", appliesTo: "F0"), at: 1)
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first { $0.id == "D1" })
        let lines = state.interactions.filter { $0.kind == .formalNotice || $0.kind == .reminder2 }
        let letters = try LetterAtDate.letters(for: lines.map { LetterAtDate.Request(line: $0, level: $0.kind == .formalNotice ? .formalNotice : .reminder2) },
                                               state: state, in: r)
        let whole = try #require(try Receivables(book: book, asOf: day("2026-04-01")).debtors.first { $0.id == "D1" })
        #expect(!whole.settledLate.isEmpty)
        #expect(letters[1]?.settledLate.map(\.reference) == whole.settledLate.map(\.reference))
        #expect(letters[1]?.settledLate.map(\.total) == whole.settledLate.map(\.total))
        #expect(letters[0]?.settledLate.isEmpty == true)
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

    /// The past account a reconstruction reads is the debtor's state a whole computation of its rows
    /// gives on that day, figure for figure, on each day of its history.
    @Test func aPastAccountIsWhatAComputationOfThatDayGives() throws {
        let book = Self.partlyPaidBook(interactions: [
            log("2026-01-05", "D1", .reminder1, invoices: ["F1"], channel: .email),
            log("2026-02-05", "D1", .formalNotice, channel: .registeredLetter),
        ])
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let debtor = try #require(r.debtors.first { $0.id == "D1" }).debtor
        for date in ["2025-12-20", "2026-01-05", "2026-02-05", "2026-02-11", "2026-06-15"] {
            let whole = try Receivables(book: book, asOf: day(date)).debtors.first { $0.id == "D1" }
            let past = try PastAccount(book: book, debtor: debtor, asOf: day(date), calculator: r.penaltyCalculator).state
            #expect(past?.openInvoices.map(\.reference) == whole?.openInvoices.map(\.reference), "\(date)")
            #expect(past?.openInvoices.map(\.outstanding) == whole?.openInvoices.map(\.outstanding), "\(date)")
            #expect(past?.penalties == whole?.penalties && past?.indemnities == whole?.indemnities, "\(date)")
            #expect(past?.stage == whole?.stage && past?.settledLate.count == whole?.settledLate.count, "\(date)")
            #expect(past?.interactions.map(\.sequence) == whole?.interactions.map(\.sequence), "\(date)")
        }
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
