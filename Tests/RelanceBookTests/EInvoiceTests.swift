import Foundation
import RelanceCore
import Testing
@testable import RelanceBook

/// E-invoices (UBL 2.1, UN/CEFACT CII) read with libxml2, and what they give a ledger read from a FEC.
@Suite("E-invoices")
struct EInvoiceTests {
    static func ubl(number: String = "F1", currency: String = "EUR", total: String = "1200.00", root: String = "Invoice") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <\(root) xmlns="urn:oasis:names:specification:ubl:schema:xsd:\(root)-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:ID>\(number)</cbc:ID>
          <cbc:IssueDate>2026-01-10</cbc:IssueDate>
          <cbc:DueDate>2026-03-15</cbc:DueDate>
          <cbc:\(root == "Invoice" ? "InvoiceTypeCode" : "CreditNoteTypeCode")>\(root == "Invoice" ? "380" : "381")</cbc:\(root == "Invoice" ? "InvoiceTypeCode" : "CreditNoteTypeCode")>
          <cbc:DocumentCurrencyCode>\(currency)</cbc:DocumentCurrencyCode>
          <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F0</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
          <cac:AccountingCustomerParty><cac:Party>
            <cac:PostalAddress><cbc:StreetName>12 rue des Lilas</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName>
              <cbc:PostalZone>69003</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>FR05732829320</cbc:CompanyID></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Client Un SAS</cbc:RegistrationName>
              <cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID></cac:PartyLegalEntity>
            <cac:Contact><cbc:Name>Mme Durand</cbc:Name><cbc:ElectronicMail>compta@client-un.fr</cbc:ElectronicMail></cac:Contact>
          </cac:Party></cac:AccountingCustomerParty>
          <cac:Delivery><cbc:ActualDeliveryDate>2026-01-05</cbc:ActualDeliveryDate></cac:Delivery>
          <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">\(total)</cbc:TaxInclusiveAmount>
            <cbc:PayableAmount currencyID="EUR">\(total)</cbc:PayableAmount></cac:LegalMonetaryTotal>
        </\(root)>
        """
    }

    static let cii = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
            xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
            xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
          <rsm:ExchangedDocument><ram:ID>F2</ram:ID><ram:TypeCode>380</ram:TypeCode>
            <ram:IssueDateTime><udt:DateTimeString format="102">20260201</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
          <rsm:SupplyChainTradeTransaction>
            <ram:ApplicableHeaderTradeAgreement><ram:BuyerTradeParty><ram:Name>Client Deux SAS</ram:Name>
              <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">73282932000074</ram:ID></ram:SpecifiedLegalOrganization>
              <ram:PostalTradeAddress><ram:PostcodeCode>44000</ram:PostcodeCode><ram:LineOne>3 quai Ceineray</ram:LineOne>
                <ram:CityName>Nantes</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
            </ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
            <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>
              <udt:DateTimeString format="102">20260128</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
            <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
              <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260415</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
              <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>840.00</ram:GrandTotalAmount>
                <ram:DuePayableAmount>840.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            </ram:ApplicableHeaderTradeSettlement>
          </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """

    static func read(_ text: String, _ name: String = "f.xml") -> (EInvoice?, [BookError]) {
        let log = ErrorLog()
        let invoice = EInvoiceReader.read(Array(text.utf8), fileName: name, log: log)
        return (invoice, log.errors)
    }

    @Test func aUBLInvoiceGivesItsFields() throws {
        let (read, errors) = Self.read(Self.ubl())
        #expect(errors.isEmpty)
        let invoice = try #require(read)
        #expect(invoice.format == .ubl && invoice.number == "F1" && invoice.typeCode == "380" && !invoice.isCreditNote)
        #expect(invoice.issued.iso == "2026-01-10" && invoice.due?.iso == "2026-03-15" && invoice.delivered?.iso == "2026-01-05")
        #expect(invoice.grandTotal == Money(minorUnits: 120_000) && invoice.amountDue == Money(minorUnits: 120_000))
        #expect(invoice.buyer.name == "Client Un SAS" && invoice.buyer.siren == "732829320" && invoice.buyer.vat == "FR05732829320")
        #expect(invoice.buyer.address1 == "12 rue des Lilas" && invoice.buyer.postcode == "69003" && invoice.buyer.city == "Lyon")
        #expect(invoice.buyer.email == "compta@client-un.fr" && invoice.buyer.contact == "Mme Durand")
    }

    @Test func aUBLCreditNoteNamesItsInvoice() throws {
        let invoice = try #require(Self.read(Self.ubl(number: "AV1", root: "CreditNote")).0)
        #expect(invoice.isCreditNote && invoice.referencedInvoice == "F0")
    }

    @Test func aCIIInvoiceGivesItsFields() throws {
        let (read, errors) = Self.read(Self.cii)
        #expect(errors.isEmpty)
        let invoice = try #require(read)
        #expect(invoice.format == .cii && invoice.number == "F2")
        #expect(invoice.issued.iso == "2026-02-01" && invoice.due?.iso == "2026-04-15" && invoice.delivered?.iso == "2026-01-28")
        #expect(invoice.buyer.siren == "732829320", "the SIREN within a SIRET")
        #expect(invoice.buyer.address1 == "3 quai Ceineray" && invoice.buyer.city == "Nantes")
        #expect(invoice.grandTotal == Money(minorUnits: 84_000))
    }

    @Test func badFilesAreLocated() {
        let usd = Self.read(Self.ubl(currency: "USD")).1
        #expect(usd.map { "\($0.location.line) \($0.columnName ?? "-")" } == ["9 cbc:DocumentCurrencyCode"], "\(usd)")
        let broken = Self.read("<?xml version=\"1.0\"?>\n<Invoice>\n<unclosed>\n</Invoice>\n").1
        #expect(broken.first?.message.hasPrefix("not well-formed XML") == true && broken.first?.location.line == 4, "\(broken)")
        let other = Self.read("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>").1
        #expect(other.first?.message.contains("expected a UBL Invoice or CreditNote, or a CII CrossIndustryInvoice") == true)
    }

    /// No external entity is fetched or expanded, no network.
    @Test func externalEntitiesStayOut() throws {
        let hostile = Self.ubl().replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            with: "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
            .replacingOccurrences(of: "Client Un SAS", with: "&secret;")
        let (read, _) = Self.read(hostile)
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "x"
        #expect(read?.buyer.name.map { !$0.contains(hostname) } ?? true)
    }

    /// With a FEC: the e-invoice gives the due date, the delivery date (service_date) and, for a
    /// customer without a debtors.csv row, its details; a differing amount and an unmatched file
    /// are warned.
    @Test func withAFECTheyGiveDueDatesAndBuyers() throws {
        let toml = FECTests.toml + "einvoices = [\"attachments/invoices\"]\n"
        let book = try FECTests.book(fec: Array(FECTests.fec().utf8), toml: toml)
        try book.write("attachments/invoices/F1.xml", Self.ubl(total: "1250.00"))
        try book.write("attachments/invoices/F2.xml", Self.cii)
        try book.write("attachments/invoices/F9.xml", Self.ubl(number: "F9"))
        let read = try book.book()
        let invoices = Dictionary(uniqueKeysWithValues: read.ledger.filter { $0.kind == .invoice }.map { ($0.reference, $0) })
        #expect(invoices["F1"]?.dueDate?.iso == "2026-03-15" && invoices["F1"]?.serviceDate?.iso == "2026-01-05")
        #expect(invoices["F2"]?.dueDate?.iso == "2026-04-15")
        let second = try #require(read.debtors.first { $0.id == "4110002" })
        #expect(second.name == "Client Deux SAS" && second.city == "Nantes" && second.siren == "732829320")
        #expect(read.ledgerOrigin?.dueDate(of: invoices["F1"]!) == "facture électronique attachments/invoices/F1.xml")
        #expect(read.sourceWarnings == [
            .eInvoiceAmountDiffers(reference: "F1", file: "attachments/invoices/F1.xml", ledger: Money(minorUnits: 120_000),
                                   eInvoice: Money(minorUnits: 125_000)),
            .eInvoiceUnmatched(file: "attachments/invoices/F9.xml", number: "F9"),
        ])
    }

    /// A second file of the same number is counted; it is warned about only when it says something
    /// else. Every file read ends in one count.
    @Test func aSecondFileOfOneNumberIsCountedAndWarnedWhenItDiffers() throws {
        let toml = FECTests.toml + "einvoices = [\"attachments/invoices\", \"exports/factures\"]\n"
        let book = try FECTests.book(fec: Array(FECTests.fec().utf8), toml: toml)
        try book.write("attachments/invoices/F1.xml", Self.ubl())
        try book.write("attachments/invoices/F2.xml", Self.cii)
        try book.write("exports/factures/F1-copie.xml", Self.ubl())
        try book.write("exports/factures/F2-autre.xml", Self.cii.replacingOccurrences(of: "840.00", with: "900.00"))
        try book.write("exports/factures/F9.xml", Self.ubl(number: "F9"))
        try book.write("exports/factures/casse.xml", "<Invoice")
        let read = try? book.book()
        #expect(read == nil, "a malformed file is an error")
        try book.write("exports/factures/casse.xml", Self.ubl())  // repaired: a third copy of F1
        let kept = try book.book()
        #expect(kept.sourceWarnings.contains(.eInvoiceDuplicate(number: "F2", kept: "attachments/invoices/F2.xml", ignored: "exports/factures/F2-autre.xml")))
        #expect(!kept.sourceWarnings.contains { if case .eInvoiceDuplicate(let number, _, _) = $0 { number == "F1" } else { false } })
        let totals = try #require(kept.eInvoiceTotals)
        #expect(totals.files == 6 && totals.xml == 6 && totals.duplicates == 3 && totals.unmatched == 1 && totals.used == 2, "\(totals)")
        #expect(totals.xml + totals.facturX == totals.used + totals.unmatched + totals.duplicates + totals.zero)
    }

    static let qpdf = FacturX.qpdf()

    /// A PDF carrying `xml` as `factur-x.xml`, made by qpdf as a Factur-X producer would attach it.
    static func facturX(_ xml: String, in folder: URL) throws -> [UInt8] {
        let empty = folder.appendingPathComponent("empty.pdf").path, attachment = folder.appendingPathComponent("factur-x.xml")
        let out = folder.appendingPathComponent("fx.pdf").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(xml.utf8).write(to: attachment)
        for arguments in [["--empty", empty], [empty, out, "--add-attachment", attachment.path, "--"]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: qpdf!)
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: out)))
    }

    /// Factur-X PDFs give their embedded CII; a PDF without one names its invoice by its file name.
    @Test(.enabled(if: qpdf != nil, "needs qpdf (apt-get install qpdf)"))
    func facturXPDFsAreReadThroughQPDF() throws {
        let toml = FECTests.toml + "einvoices = [\"attachments/invoices\"]\n"
        let book = try FECTests.book(fec: Array(FECTests.fec().utf8), toml: toml)
        let scratch = book.folder.appendingPathComponent("scratch")
        try book.write("attachments/invoices/F2.pdf", bytes: try Self.facturX(Self.cii, in: scratch))
        let plain = Array(try Data(contentsOf: scratch.appendingPathComponent("empty.pdf")))
        try book.write("attachments/invoices/F1.pdf", bytes: plain)
        try book.write("attachments/invoices/F7.pdf", bytes: plain)
        try book.write("attachments/invoices/F8.pdf", "not a PDF at all")
        let read = try book.book()
        #expect(read.ledger.first { $0.reference == "F2" }?.dueDate?.iso == "2026-04-15", "from the embedded factur-x.xml")
        #expect(read.sourceWarnings == [
            .unreadableEInvoice(file: "attachments/invoices/F8.pdf", reason: "qpdf cannot read it as a PDF"),
            .pdfWithoutInvoice(file: "attachments/invoices/F7.pdf"),
        ], "F1.pdf is F1's PDF")
    }

    @Test func withoutQPDFTheFacturXPDFsAreNamed() throws {
        let book = try TemporaryBook()
        try book.write("attachments/invoices/F2.pdf", "%PDF-1.4\n")
        let read = EInvoiceSource.read(book: book.folder, patterns: ["attachments/invoices"], log: ErrorLog(),
                                       stamps: SourceStamps(), qpdf: nil)
        #expect(read.warnings == [.facturXWithoutQPDF(pdfs: 1)])
    }

    /// Without a FEC, the e-invoices are the invoices, the buyers the debtors, the bank statements
    /// the payments.
    @Test func withoutAFECTheyAreTheInvoices() throws {
        let toml = "[creditor]\nname = \"Test SARL\"\n\n[sources]\neinvoices = [\"factures\"]\nbank = [\"releves\"]\n"
        let debtors = "id,name,iban\n732829320,Client Un SAS,FR76 3000 6000 0112 3456 7890 189\n"
        let book = try TemporaryBook(toml: toml, debtors: debtors, ledger: nil, interactions: nil)
        try book.write("factures/F1.xml", Self.ubl(total: "1200.00").replacingOccurrences(of: "<cbc:PayableAmount currencyID=\"EUR\">1200.00", with: "<cbc:PayableAmount currencyID=\"EUR\">1000.00"))
        try book.write("factures/F2.xml", Self.cii)
        try book.write("factures/AV1.xml", Self.ubl(number: "AV1", total: "50.00", root: "CreditNote"))
        try book.write("releves/mars.xml", CAMTTests.statement([
            CAMTTests.entry("300.00", on: "2026-03-10", ref: "R1", payer: "Client Un", iban: "FR7630006000011234567890189", text: "F2")]))
        let read = try book.book()
        #expect(read.debtors.map(\.id) == ["732829320"], "one buyer: the SIREN of F1 and the SIRET of F2")
        // In issue-date order; AV1 names F0, which the folder does not have: it settles nothing named.
        #expect(Self.summaryLines(read) == [
            "creditNote AV1 50.00 due - -", "invoice F1 1200.00 due 2026-03-15 -", "payment F1-ACOMPTE 200.00 due - F1",
            "invoice F2 840.00 due 2026-04-15 -", "payment R1 300.00 due - F2",
        ])
        let r = try Receivables(book: read, asOf: Day(iso: "2026-06-15")!)
        #expect(r.totals.outstanding == Money(minorUnits: 154_000 - 5_000), "1200 + 840 − 200 − 300 − 50")
        let withLedger = try TemporaryBook(toml: toml, debtors: debtors, interactions: nil)
        try withLedger.write("factures/F1.xml", Self.ubl())
        #expect(withLedger.errors().map(\.location.file).contains("ledger.csv"), "no entry counts twice")
    }

    static func summaryLines(_ book: Book) -> [String] {
        book.ledger.map { "\($0.kind) \($0.reference) \($0.amount.plainDecimal()) due \($0.dueDate?.iso ?? "-") \($0.appliesTo ?? "-")" }
    }
}
