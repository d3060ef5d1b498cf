import Foundation
import RelanceBook
import RelanceCore
import Testing
@testable import BookGenerator

@Suite struct GeneratedBookTests {
    @Test(arguments: [false, true])
    func aGeneratedBookReadsWithoutErrorAndBalances(attachments: Bool) throws {
        let folder = TemporaryFolder()
        defer { folder.clean() }
        var shape = smallShape
        shape.attachments = attachments
        let stats = try BookGenerator(shape: shape).write(to: folder.path)

        let book: Book
        switch try readBook(folder) {
        case .success(let read): book = read
        case .failure(let errors):
            let first = errors.errors.prefix(10).map(\.description).joined(separator: "\n")
            Issue.record("the generated book has errors:\n\(first)")
            return
        }
        #expect(book.debtors.count == shape.debtors)
        #expect(book.ledger.filter { $0.kind == .invoice }.count == shape.invoices)
        #expect(book.ledger.count == stats.invoices + stats.creditNotes + stats.payments)
        #expect(book.interactions.count == shape.interactions)
        #expect(book.pinnedAsOf == shape.asOf)

        let receivables = try Receivables(book: book, asOf: shape.asOf)
        #expect(receivables.reconciliation.ledgerEntriesIgnored == stats.ledgerRowsAfterAsOf)
        #expect(receivables.reconciliation.interactionsIgnored == stats.interactionsAfterAsOf)
        // Most debtors have something open, as in a live book.
        #expect(receivables.debtors.count * 10 >= shape.debtors * 7)
        if attachments {
            #expect(stats.attachmentFiles > 0)
            #expect(book.interactions.contains { !$0.proofs.isEmpty })
            // Every proof reads as what its name says (PDFs parse, e-mails have their headers):
            // a case file of the generated book prints its exhibits, not placeholder pages.
            let damaged = book.sourceWarnings.filter { if case .damagedAttachment = $0 { true } else { false } }
            #expect(damaged.isEmpty, "\(damaged.prefix(3))")
            #expect(book.interactions.contains { $0.proofs.contains { $0.hasSuffix(".eml") } })
        }
    }

    /// Issue 11's large book: nearly every debtor listed and due a letter, where the everyday
    /// shape leaves most debtors up to date with their reminders.
    @Test func aBacklogLeavesNearlyEveryDebtorDueALetter() throws {
        func lettersDue(backlog: Bool) throws -> (debtors: Int, listed: Int, letters: Int) {
            let folder = TemporaryFolder()
            defer { folder.clean() }
            var shape = BookShape(debtors: 200, invoices: 2000, interactions: 600, seed: 5)
            shape.backlog = backlog
            try BookGenerator(shape: shape).write(to: folder.path)
            let receivables = try Receivables(book: try readBook(folder).get(), asOf: shape.asOf)
            let letters = Set(receivables.actions.filter { $0.kind.isEscalation && $0.kind != .handover }.map(\.debtorID))
            return (shape.debtors, receivables.debtors.count, letters.count)
        }
        let everyday = try lettersDue(backlog: false), backlog = try lettersDue(backlog: true)
        #expect(backlog.listed * 100 >= backlog.debtors * 95, "\(backlog)")
        #expect(backlog.letters * 100 >= backlog.debtors * 85, "\(backlog)")
        #expect(everyday.letters * 2 < backlog.letters, "\(everyday) \(backlog)")
    }

    @Test func aGeneratedBookHoldsWhatTheContractDescribes() throws {
        let folder = TemporaryFolder()
        defer { folder.clean() }
        let shape = BookShape(debtors: 300, invoices: 6000, interactions: 3000, seed: 11)
        try BookGenerator(shape: shape).write(to: folder.path)
        let book = try readBook(folder).get()

        let kinds = Set(book.interactions.map(\.kind))
        for kind in Interaction.Kind.allCases {
            #expect(kinds.contains(kind), "no \(kind.rawValue) in the log")
        }
        #expect(book.debtors.contains { $0.kind == .consumer })
        #expect(book.debtors.contains { $0.siren != nil })
        #expect(book.debtors.contains { !$0.hasPostalAddress })
        #expect(book.debtors.contains { !$0.hasEmail })
        #expect(Set(book.debtors.map(\.segment)) == Set(Debtor.Segment.allCases))
        #expect(book.ledger.contains { $0.kind == .creditNote })
        #expect(book.ledger.contains { $0.kind == .payment && $0.appliesTo == nil })
        #expect(book.ledger.contains { $0.kind == .payment && $0.appliesTo != nil })
        #expect(book.interactions.contains { $0.tracking != nil && $0.deliveredOn != nil })
        #expect(book.interactions.contains { !$0.schedule.isEmpty })
        #expect(book.interactions.contains { $0.invoices.count > 1 })
        #expect(book.interactions.contains { $0.minuteOfDay != nil })

        let receivables = try Receivables(book: book, asOf: shape.asOf)
        #expect(receivables.totals.unallocatedCredit.isPositive)
        #expect(receivables.totals.disputed.isPositive)
        #expect(receivables.debtors.contains { $0.promises.contains { $0.status == .broken } })
        #expect(receivables.debtors.contains { $0.promises.contains { $0.status == .kept } })
        #expect(receivables.debtors.contains { $0.plans.contains { $0.status == .broken } })
        #expect(receivables.debtors.contains { $0.stage == .formalNotice })
        #expect(!receivables.actions.isEmpty)
    }

    @Test func frenchValuesAppearOnlyWhereTheSeparatorAllowsThem() throws {
        let folder = TemporaryFolder()
        defer { folder.clean() }
        try BookGenerator(shape: smallShape).write(to: folder.path)
        let ledger = String(decoding: try folder.bytes("ledger.csv"), as: UTF8.self)
        #expect(ledger.hasPrefix("\u{FEFF}date;kind;"))
        #expect(ledger.contains("facture;"))
        #expect(ledger.contains(where: { $0 == "/" }))
        let debtors = String(decoding: try folder.bytes("debtors.csv"), as: UTF8.self)
        #expect(debtors.hasPrefix("id,name,"))
    }
}

@Suite struct GeneratorPartsTests {
    @Test func sirenKeysPassTheLuhnCheck() {
        #expect(SIRENNumber.luhnKey([5, 3, 3, 1, 8, 0, 2, 6]) == 1)  // 533 180 261
        var rng = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let digits = SIRENNumber.make(&rng)
            var sum = 0
            for (position, digit) in digits.reversed().enumerated() {
                var value = Int(digit)
                if position % 2 == 1 { value *= 2; if value > 9 { value -= 9 } }
                sum += value
            }
            #expect(sum % 10 == 0)
        }
    }

    @Test func sharesAddUpToTheTotal() {
        var rng = SplitMix64(seed: 5)
        let weights = (0..<1000).map { _ in Shares.weight(&rng) }
        #expect(Shares.split(300_000, weights: weights).reduce(0, +) == 300_000)
        let counts = Shares.invoiceCounts(total: 10_000, weights: weights)
        #expect(counts.reduce(0, +) == 10_000)
        #expect(counts.allSatisfy { $0 >= 1 })
    }

    @Test func splitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
