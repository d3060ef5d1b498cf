import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// CAMT.053 statements: booked credits matched to debtors by IBAN, a reference in their text or the
/// exact name, never guessed; the rest listed as « encaissements non identifiés ».
@Suite("Bank statements (CAMT.053)")
struct CAMTTests {
    static func entry(_ amount: String, on day: String, credit: Bool = true, status: String = "<Sts><Cd>BOOK</Cd></Sts>",
                      ref: String, payer: String, iban: String = "FR7611111111111111111111111", text: String) -> String {
        """
            <Ntry><NtryRef>\(ref)</NtryRef><Amt Ccy="EUR">\(amount)</Amt><CdtDbtInd>\(credit ? "CRDT" : "DBIT")</CdtDbtInd>\(status)
              <BookgDt><Dt>\(day)</Dt></BookgDt><AcctSvcrRef>\(ref)</AcctSvcrRef>
              <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>\(payer)</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>\(iban)</IBAN></Id></DbtrAcct></RltdPties>
                <RmtInf><Ustrd>\(text)</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
        """
    }

    static func statement(_ entries: [String], version: String = "08") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.\(version)"><BkToCstmrStmt><Stmt><Id>1</Id>
        \(entries.joined(separator: "\n"))
        </Stmt></BkToCstmrStmt></Document>
        """
    }

    @Test func creditsAreMatchedInOrderAndNeverGuessed() throws {
        let toml = FECTests.toml + "bank = [\"exports/releves\"]\n"
        let debtors = "id,name,iban\nC001,Client Un,FR76 3000 6000 0112 3456 7890 189\n"
        let book = try FECTests.book(fec: Array(FECTests.fec().utf8), toml: toml, debtors: debtors)
        try book.write("exports/releves/2026-03.xml", Self.statement([
            Self.entry("100.00", on: "2026-02-20", ref: "OLD", payer: "Client Un", iban: "FR7630006000011234567890189", text: "avant le FEC"),
            Self.entry("200.00", on: "2026-03-10", ref: "A1", payer: "X", iban: "FR7630006000011234567890189", text: "sans référence"),
            Self.entry("300.00", on: "2026-03-11", ref: "A2", payer: "Y", text: "Règlement facture F2, merci"),
            Self.entry("40.00", on: "2026-03-12", ref: "A3", payer: "Z", text: "votre courrier C001-R2-20260301"),
            Self.entry("50.00", on: "2026-03-13", ref: "A4", payer: "CLIENT DEUX S.A.S.", text: ""),
            Self.entry("60.00", on: "2026-03-14", ref: "A5", payer: "Inconnu SARL", text: "acompte"),
            Self.entry("70.00", on: "2026-03-15", credit: false, ref: "A6", payer: "Banque", text: "frais"),
            Self.entry("80.00", on: "2026-03-16", status: "<Sts><Cd>PDNG</Cd></Sts>", ref: "A7", payer: "Client Un", text: "en attente"),
        ]))
        // An overlapping statement in the older format repeats A1.
        try book.write("exports/releves/2026-03-bis.xml", Self.statement([
            Self.entry("200.00", on: "2026-03-10", status: "<Sts>BOOK</Sts>", ref: "A1", payer: "X", iban: "FR7630006000011234567890189",
                       text: "sans référence"),
        ], version: "02"))
        let read = try book.book()
        let payments = read.ledger.filter { $0.location.file.hasPrefix("exports/releves") }
            .map { "\($0.reference) \($0.debtorID) \($0.amount.plainDecimal()) \($0.appliesTo ?? "-")" }
        #expect(payments == ["A1 C001 200.00 -", "A2 4110002 300.00 F2", "A3 C001 40.00 -", "A4 4110002 50.00 -"])
        #expect(read.sourceWarnings.count == 1)
        guard case .unidentifiedReceipt(let location, _, let amount, let payer, let text) = read.sourceWarnings.first else {
            Issue.record("expected an unidentified receipt: \(read.sourceWarnings)")
            return
        }
        #expect(location.file == "exports/releves/2026-03.xml" && location.line > 1)
        #expect(amount == Money(minorUnits: 6_000) && payer == "Inconnu SARL" && text == "acompte")
        // Every entry in one count: 8 read, 2 no credit (a debit, a pending one), 1 already in the
        // FEC, 1 repeated by the second statement, 1 unidentified, 4 added.
        let totals = try #require(read.bankTotals)
        #expect(totals.files == ["exports/releves/2026-03-bis.xml", "exports/releves/2026-03.xml"])
        #expect(totals.entries == 9 && totals.notCredits == 2 && totals.alreadyInBooks == 1 && totals.duplicates == 1)
        #expect(totals.unidentified == 1 && totals.unidentifiedAmount == Money(minorUnits: 6_000))
        #expect(totals.added == 4 && totals.addedAmount == Money(minorUnits: 59_000) && totals.isComplete)
        // The FEC's own lines still add up, the statements' payments beside them.
        let r = try Receivables(book: read, asOf: Day(iso: "2026-06-15")!)
        #expect(r.reconciliation.otherSources == Money(minorUnits: -59_000))
    }

    @Test func badStatementsAreLocated() throws {
        let log = ErrorLog()
        _ = CAMTReader.read(Array(Self.statement([Self.entry("abc", on: "2026-03-10", ref: "B", payer: "X", text: "")]).utf8),
                            fileName: "s.xml", log: log)
        _ = CAMTReader.read(Array("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>".utf8), fileName: "p.xml", log: log)
        let usd = Self.statement([Self.entry("1.00", on: "2026-03-10", ref: "C", payer: "X", text: "")]).replacingOccurrences(of: "Ccy=\"EUR\"", with: "Ccy=\"USD\"")
        _ = CAMTReader.read(Array(usd.utf8), fileName: "u.xml", log: log)
        #expect(log.errors.map { "\($0.location.file):\($0.location.line) \($0.columnName ?? "-")" } == ["s.xml:3 Ntry", "p.xml:1 -", "u.xml:3 Amt"],
                "\(log.errors)")
    }

    /// A statement streamed from its file reads as from its bytes; an error in the middle is located
    /// at its line, after the entries before it.
    @Test func aStatementStreamsFromItsFile() throws {
        let entries = (1...2_000).map { Self.entry("\($0).00", on: "2026-03-10", ref: "R\($0)", payer: "Client \($0)", text: "F\($0)") }
        let text = Self.statement(entries)
        let folder = try TemporaryBook()
        try folder.write("big.xml", text)
        let file = folder.folder.appendingPathComponent("big.xml")
        let log = ErrorLog()
        let streamed = try #require(SourceText.stream(file, fileName: "big.xml", log: log) {
            CAMTReader.read(descriptor: $0, fileName: "big.xml", log: log)
        })
        let whole = CAMTReader.read(Array(text.utf8), fileName: "big.xml", log: log)
        #expect(log.errors.isEmpty && streamed.entries == 2_000 && streamed.credits.count == 2_000)
        #expect(streamed.credits.map(\.key) == whole.credits.map(\.key) && streamed.credits.map(\.location.line) == whole.credits.map(\.location.line))
        #expect(streamed.credits.last?.amount == Money(minorUnits: 200_000) && streamed.credits.last?.text == "F2000")

        let broken = text.replacingOccurrences(of: "<Ustrd>F1500</Ustrd>", with: "<Ustrd>F1500</Ustr>")
        let brokenLog = ErrorLog()
        let partial = CAMTReader.read(Array(broken.utf8), fileName: "broken.xml", log: brokenLog)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("</Ustr>") }! + 1
        #expect(brokenLog.errors.map(\.location.line) == [line], "\(brokenLog.errors)")
        #expect(brokenLog.errors.first?.message.contains("not well-formed XML") == true)
        #expect(partial.credits.count == 1_499)
    }
}
