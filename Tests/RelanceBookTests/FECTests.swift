import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// The FEC as real programs write it (legal-fr §9 and the variants of Sage, Cegid, EBP, Pennylane,
/// Odoo, QuickBooks exports), read into the ledger.
@Suite("FEC")
struct FECTests {
    static let header = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
                         "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
                         "ValidDate", "Montantdevise", "Idevise"]

    /// One invoice of 1 200,00 € to C001, half paid by a lettered transfer, and a second customer
    /// known only by its account, with the other side of each entry so that they balance.
    static let lines: [[String]] = [
        ["VT", "Ventes", "1", "20260110", "411C001", "Clients", "C001", "Client Un", "F1", "20260110", "Facture F1", "1200,00", "0,00", "A", "", "20260110", "", ""],
        ["VT", "Ventes", "1", "20260110", "706000", "Ventes", "", "", "F1", "20260110", "Facture F1", "0,00", "1200,00", "", "", "20260110", "", ""],
        ["BQ1", "Banque", "2", "20260301", "411C001", "Clients", "C001", "Client Un", "VIR1", "20260301", "Virement", "0,00", "600,00", "A", "", "20260301", "", ""],
        ["BQ1", "Banque", "2", "20260301", "512000", "Banque", "", "", "VIR1", "20260301", "Virement", "600,00", "0,00", "", "", "20260301", "", ""],
        ["VT", "Ventes", "3", "20260201", "4110002", "Client Deux SAS", "", "", "F2", "20260201", "Facture F2", "840,00", "0,00", "", "", "20260201", "", ""],
        ["VT", "Ventes", "3", "20260201", "706000", "Ventes", "", "", "F2", "20260201", "Facture F2", "0,00", "840,00", "", "", "20260201", "", ""],
    ]

    static func fec(separator: String = "\t", lineBreak: String = "\r\n", header: [String] = header,
                    lines: [[String]] = lines) -> String {
        ([header] + lines).map { $0.joined(separator: separator) }.joined(separator: lineBreak) + lineBreak
    }

    static let toml = "[creditor]\nname = \"Test SARL\"\n\n[sources]\nfec = [\"exports/*FEC*.txt\"]\n"

    static func book(fec: [UInt8], toml: String = toml, debtors: String? = nil, name: String = "FEC2026.txt") throws -> TemporaryBook {
        let book = try TemporaryBook(toml: toml, debtors: debtors, ledger: nil, interactions: nil)
        try book.write("exports/" + name, bytes: fec)
        return book
    }

    static func summary(_ book: Book) -> [String] {
        book.ledger.map { "\($0.kind) \($0.reference) \($0.debtorID) \($0.amount.plainDecimal()) \($0.dueDate?.iso ?? "-") \($0.appliesTo ?? "-")" }
    }

    static let expected = [
        "invoice F1 C001 1200.00 2026-02-09 -", "invoice F2 4110002 840.00 2026-03-03 -", "payment VIR1 C001 600.00 - F1",
    ]

    @Test func theNormsFileReadsIntoInvoicesAndLetteredPayments() throws {
        let read = try Self.book(fec: Array(Self.fec().utf8)).book()
        #expect(Self.summary(read) == Self.expected)
        #expect(read.debtors.map { "\($0.id) \($0.name)" } == ["C001 Client Un", "4110002 Client Deux SAS"])
        #expect(read.ledger.first?.location == SourceLocation(file: "exports/FEC2026.txt", line: 2))
        #expect(read.sourceWarnings.isEmpty)
    }

    /// Every variant reads into the same ledger.
    @Test(arguments: ["pipe", "LF", "BOM", "latin1", "lowercase", "misspelt", "montant-sens", "padded", "slashdates", "quoted"])
    func variantsReadTheSame(_ variant: String) throws {
        var header = Self.header, lines = Self.lines
        var separator = "\t", lineBreak = "\r\n"
        switch variant {
        case "pipe": separator = "|"
        case "LF": lineBreak = "\n"
        case "lowercase": header = header.map { $0.lowercased() }
        case "misspelt": header[13] = "EcrtureLet"; header[16] = "MontantDevise"; header[17] = "IDevise"
        case "montant-sens":
            header[11] = "Montant"; header[12] = "Sens"
            lines = lines.map { var l = $0; let debit = l[11] != "0,00"; l[11] = debit ? l[11] : l[12]; l[12] = debit ? "D" : "C"; return l }
        case "padded": lines = lines.map { var l = $0; l[11] = "  000" + l[11]; l[12] = "+" + l[12]; return l }
        case "slashdates": lines = lines.map { var l = $0; l[3] = Self.slash(l[3]); l[9] = Self.slash(l[9]); return l }
        case "quoted": lines = lines.map { $0.map { "\"\($0)\"" } }
        default: break
        }
        var text = Self.fec(separator: separator, lineBreak: lineBreak, header: header, lines: lines)
        if variant == "latin1" { text = text.replacingOccurrences(of: "Client Un", with: "Société Un") }
        var bytes = variant == "latin1" ? Array(text.data(using: .isoLatin1)!) : Array(text.utf8)
        if variant == "BOM" { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        let read = try Self.book(fec: bytes).book()
        #expect(Self.summary(read) == Self.expected, "\(variant)")
        if variant == "latin1" { #expect(read.debtors.first?.name == "Société Un") }
    }

    static func slash(_ date: String) -> String {
        "\(date.suffix(2))/\(date.dropFirst(4).prefix(2))/\(date.prefix(4))"
    }

    @Test func aPlaceholderPieceTakesTheEntryNumber() throws {
        var lines = Self.lines
        lines[4][8] = "-"; lines[5][8] = "-"
        let read = try Self.book(fec: Array(Self.fec(lines: lines).utf8)).book()
        #expect(read.ledger.map(\.reference).contains("VT-3"))
    }

    @Test func paymentTermsGiveTheDueDates() throws {
        let debtors = "id,name,payment_terms\nC001,Client Un SARL,45 jours fin de mois\n"
        let toml = Self.toml + "payment_terms_days = 60\n"
        let read = try Self.book(fec: Array(Self.fec().utf8), toml: toml, debtors: debtors).book()
        let due = Dictionary(uniqueKeysWithValues: read.ledger.filter { $0.kind == .invoice }.map { ($0.reference, $0.dueDate!.iso) })
        #expect(due == ["F1": "2026-02-28", "F2": "2026-04-02"], "45 days then end of month; 60 days")
        #expect(read.debtors.first?.name == "Client Un SARL", "debtors.csv completes and overrides")
    }

    @Test func aLetteringGroupSplitsAPaymentOldestDueFirst() throws {
        var lines = Self.lines
        lines.insert(["VT", "Ventes", "4", "20260105", "411C001", "Clients", "C001", "Client Un", "F0", "20260105", "Facture F0", "100,00", "0,00", "A", "", "20260105", "", ""], at: 0)
        lines.insert(["VT", "Ventes", "4", "20260105", "706000", "Ventes", "", "", "F0", "20260105", "Facture F0", "0,00", "100,00", "", "", "20260105", "", ""], at: 1)
        let read = try Self.book(fec: Array(Self.fec(lines: lines).utf8)).book()
        let payments = read.ledger.filter { $0.kind == .payment }.map { "\($0.amount.plainDecimal()) \($0.appliesTo ?? "-")" }
        #expect(payments == ["100.00 F0", "500.00 F1"])
    }

    @Test func laterYearsOpeningLinesAreLeftOut() throws {
        let opening = [["AN", "A-nouveaux", "1", "20270101", "411C001", "Clients", "C001", "Client Un", "F1", "20260110", "Report", "600,00", "0,00", "", "", "20270101", "", ""],
                       ["AN", "A-nouveaux", "1", "20270101", "890000", "Bilan", "", "", "F1", "20260110", "Report", "0,00", "600,00", "", "", "20270101", "", ""]]
        let book = try Self.book(fec: Array(Self.fec().utf8), name: "FEC2026.txt")
        try book.write("exports/FEC2027.txt", Self.fec(lines: opening))
        let read = try book.book()
        #expect(Self.summary(read) == Self.expected, "the 2027 opening line repeats 2026's detail")
        // Alone, a year's opening lines are its invoices.
        let alone = try Self.book(fec: Array(Self.fec(lines: opening).utf8)).book()
        #expect(Self.summary(alone) == ["invoice F1 C001 600.00 2026-02-09 -"])
    }

    @Test func anEntryThatDoesNotBalanceAndAnUnknownJournalAreWarned() throws {
        var lines = Self.lines
        lines[5][12] = "800,00"
        lines.append(["OD", "Opérations diverses", "9", "20260401", "411C001", "Clients", "C001", "Client Un", "CHQ9", "20260401", "Chèque impayé", "50,00", "0,00", "", "", "20260401", "", ""])
        lines.append(["OD", "Opérations diverses", "9", "20260401", "512000", "Banque", "", "", "CHQ9", "20260401", "Chèque impayé", "0,00", "50,00", "", "", "20260401", "", ""])
        let read = try Self.book(fec: Array(Self.fec(lines: lines).utf8)).book()
        #expect(read.sourceWarnings == [
            .unbalancedEntry(location: SourceLocation(file: "exports/FEC2026.txt", line: 6), entry: "VT/3", difference: euros("40.00")),
            .unknownJournal(code: "OD", lines: 1),
        ])
        let returned = try #require(read.ledger.first { $0.reference == "CHQ9" })
        #expect(returned.kind == .invoice && returned.dueDate == returned.date, "a debt due on its date")
    }

    @Test func badLinesAreLocated() throws {
        var lines = Self.lines
        lines[0][3] = "2026-13-45"
        lines[2][12] = "six cents"
        lines[4][17] = "USD"
        let errors = try Self.book(fec: Array(Self.fec(lines: lines).utf8)).errors()
        #expect(errors.map { "\($0.location.file):\($0.location.line) \($0.columnName ?? "-")" } == [
            "exports/FEC2026.txt:2 EcritureDate", "exports/FEC2026.txt:4 Credit", "exports/FEC2026.txt:6 Idevise",
        ])
        #expect(errors.first?.location.column == 13, "after \"VT\\tVentes\\t1\\t\"")
    }

    /// A large file is read in two halves: the same lines, errors and warnings as one pass, also for
    /// an entry cut between the halves.
    @Test func twoHalvesReadAsOne() throws {
        var lines: [[String]] = []
        for index in 0..<301 {
            var pair = index == 150 ? [Self.lines[0], Self.lines[1], Self.lines[1]] : [Self.lines[0], Self.lines[1]]
            pair = pair.map { var l = $0; l[2] = String(index); l[8] = "F\(index)"; return l }
            if index == 200 { pair[0][3] = "2026-02-30" }
            lines += pair
        }
        let bytes = Array(Self.fec(lines: lines).utf8)
        func read(_ parallelFrom: Int) -> (FECFile?, [BookError]) {
            let log = ErrorLog()
            let file = FECFile.read(bytes, fileName: "FEC.txt", receivable: ["411"], log: log, parallelFrom: parallelFrom)
            return (file, log.errors)
        }
        let (one, oneErrors) = read(.max), (two, twoErrors) = read(0)
        #expect(one?.lines.map(\.line) == two?.lines.map(\.line))
        #expect(one?.lines.count == 300)
        #expect(oneErrors == twoErrors && oneErrors.map(\.location.line) == [403])
        #expect(one?.unbalanced.map(\.entry) == ["VT/150"] && two?.unbalanced.map(\.entry) == ["VT/150"])
        #expect(one?.linesRead == two?.linesRead)
    }

    @Test func missingColumnsAndALedgerBesideAreErrors() throws {
        let header = Array(Self.header.filter { $0 != "PieceRef" && $0 != "Credit" })
        let errors = try Self.book(fec: Array(Self.fec(header: header, lines: []).utf8)).errors()
        #expect(errors.first?.message.contains("missing: PieceRef, Debit and Credit (or Montant and Sens)") == true, "\(errors)")
        let both = try Self.book(fec: Array(Self.fec().utf8))
        try both.write("ledger.csv", TemporaryBook.defaultLedger)
        #expect(both.errors().map(\.location.file) == ["ledger.csv"])
        let none = try TemporaryBook(toml: Self.toml, debtors: nil, ledger: nil, interactions: nil)
        #expect(none.errors().first?.message.contains("no file of the book matches") == true)
    }
}

private func euros(_ text: String) -> Money {
    Money(minorUnits: Int64(text.replacingOccurrences(of: ".", with: ""))!)
}

/// A debt of the FEC that is no invoice (a returned cheque) is never called an invoice in a letter.
@Suite("FEC debts that are not invoices")
struct FECOtherDebtTests {
    @Test func lettersLeaveThemOutAndAreNotWrittenForThemAlone() throws {
        let lines: [[String]] = [
            ["OD", "Opérations diverses", "9", "20260105", "411C001", "Clients", "C001", "Client Un", "CHQ9", "20260105", "Chèque impayé", "50,00", "0,00", "", "", "20260105", "", ""],
            ["OD", "Opérations diverses", "9", "20260105", "512000", "Banque", "", "", "CHQ9", "20260105", "Chèque impayé", "0,00", "50,00", "", "", "20260105", "", ""],
        ]
        let debtors = "id,name,address_1,postcode,city,email\nC001,Client Un,1 rue A,69001,Lyon,a@b.fr\n4110002,Client Deux,2 rue B,69002,Lyon,c@d.fr\n"
        let alone = try FECTests.book(fec: Array(FECTests.fec(lines: lines).utf8), debtors: debtors).book()
        let r = try Receivables(book: alone, asOf: Day(iso: "2026-03-01")!)
        let plan = LetterPlan(r)
        #expect(plan.letters.isEmpty)
        #expect(plan.blocked.map { "\($0.debtor.id) \($0.reason)" } == ["C001 noInvoiceToClaim"])
        let mixed = try FECTests.book(fec: Array(FECTests.fec(lines: FECTests.lines + lines).utf8), debtors: debtors).book()
        let letters = LetterPlan(try Receivables(book: mixed, asOf: Day(iso: "2026-03-01")!)).letters
        let c001 = try #require(letters.first { $0.debtor.id == "C001" })
        #expect(c001.invoices.map(\.reference) == ["F1"], "the invoice, not the returned cheque")
    }

    /// Nothing but its principal is claimed on it: L441-10 penalties and the D441-5 indemnity are
    /// an invoice's, and it is no invoice exhibit either.
    @Test func onlyTheirPrincipalIsClaimed() throws {
        let cheque: [[String]] = [
            ["OD", "Opérations diverses", "9", "20260105", "411C001", "Clients", "C001", "Client Un", "CHQ9", "20260105", "Chèque impayé", "50,00", "0,00", "", "", "20260105", "", ""],
            ["OD", "Opérations diverses", "9", "20260105", "512000", "Banque", "", "", "CHQ9", "20260105", "Chèque impayé", "0,00", "50,00", "", "", "20260105", "", ""],
        ]
        let debtors = "id,name,type,address_1,postcode,city\nC001,Client Un,business,1 rue A,69001,Lyon\n"
        let book = try FECTests.book(fec: Array(FECTests.fec(lines: FECTests.lines + cheque).utf8), debtors: debtors).book()
        let r = try Receivables(book: book, asOf: Day(iso: "2026-06-01")!)
        let c001 = try #require(r.debtors.first { $0.id == "C001" })
        let cheque9 = try #require(c001.openInvoices.first { $0.reference == "CHQ9" })
        let invoice = try #require(c001.openInvoices.first { $0.reference == "F1" })
        #expect(!cheque9.isInvoice && cheque9.penalties.total == .zero && cheque9.indemnity == .zero)
        #expect(invoice.isInvoice && invoice.penalties.basis == .businessPenalties && invoice.indemnity == Money(minorUnits: 4000))
        #expect(c001.penalties == invoice.penalties.total && c001.indemnities == invoice.indemnity)
        let exhibits = ExhibitList(state: c001, invoiceFiles: ["F1": "invoices/F1.pdf", "CHQ9": "invoices/CHQ9.pdf"], otherDebts: book.otherDebts)
        #expect(exhibits.numbersByInvoice.keys.sorted() == ["F1"])
    }
}
