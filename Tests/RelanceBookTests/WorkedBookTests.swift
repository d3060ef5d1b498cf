import RelanceCore
import RelanceTestSupport
import Testing
@testable import RelanceBook

/// The worked example of the spec (French spreadsheet dialect): the contract in executable form.
@Suite("Worked example book")
struct WorkedBookTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func readsWithTheRightValues() throws {
        let shipped = try RateTableReader.read(file: shippedRatesFile)
        let book = try BookReader(shippedRates: shipped).read(folder: SharedFixtures.workedBook)

        #expect(book.creditor.name == "Ateliers Réunis SAS")
        #expect(book.creditor.siren == "732829320")
        #expect(book.creditor.address == ["8 quai Saint-Vincent", "69001 Lyon"])
        #expect(book.penalties == PenaltySettings(rate: .statutory, indemnity: Money(minorUnits: 4_000)))
        #expect(book.pinnedAsOf == nil)
        #expect(book.rates == shipped)

        #expect(book.debtors.map(\.id) == ["P01", "P02", "P03", "P04", "P05"])
        #expect(book.debtors[1].kind == .consumer)
        #expect(book.debtors[2].name == "Électricité Vidal")
        #expect(book.debtors[0].email == "compta@example.fr")
        #expect(book.debtors[1].email == nil)

        #expect(book.ledger.count == 9)
        let fa100 = book.ledger[0]
        #expect(fa100.reference == "FA-100")
        #expect(fa100.kind == .invoice)
        #expect(fa100.amount == Money(minorUnits: 180_000))
        #expect(fa100.date == day(2025, 11, 2))
        #expect(fa100.dueDate == day(2025, 12, 2))
        #expect(fa100.label == "Prestation; \"atelier\"")
        let vir1 = book.ledger[1]
        #expect(vir1.kind == .payment)
        #expect(vir1.appliesTo == "FA-100")
        #expect(vir1.amount == Money(minorUnits: 60_000))
        #expect(book.ledger[3].kind == .invoice)  // `facture`
        #expect(book.ledger[6].amount == Money(minorUnits: 9_990))
        #expect(book.ledger.map(\.location.line) == Array(2...10))

        #expect(book.interactions.count == 7)
        let promise = book.interactions[6]
        #expect(promise.debtorID == "P04")
        #expect(promise.kind == .promise)
        #expect(promise.direction == .incoming)
        #expect(promise.amount == Money(minorUnits: 150_000))
        #expect(promise.due == day(2026, 6, 30))
        #expect(promise.channel == .phone)
        let notice = book.interactions[2]
        #expect(notice.kind == .formalNotice)
        #expect(notice.tracking == "1A 000 111 2222 3")
        #expect(notice.deliveredOn == day(2026, 3, 5))
        #expect(book.interactions[3].summary == "prestation incomplète")
        #expect(book.interactions[1].invoices == ["FA-100"])
        #expect(book.interactions.map(\.sequence) == Array(0...6))
    }
}
