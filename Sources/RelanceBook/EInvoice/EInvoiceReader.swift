import RelanceCore

/// UBL 2.1 (`Invoice`, `CreditNote`) and UN/CEFACT CII (`CrossIndustryInvoice`, also the XML inside a
/// Factur-X), profiles MINIMUM to EXTENDED: the fields Relance uses, by XPath with namespaces.
enum EInvoiceReader {
    static let namespaces = [
        "ubl": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
        "ublcn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    ]

    /// The invoice in `bytes`, or nil after logging why not (located at the file and line).
    static func read(_ bytes: [UInt8], fileName: String, log: ErrorLog) -> EInvoice? {
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes, name: fileName, namespaces: namespaces)
        } catch {
            log.add(fileName, line: error.line, column: 1, nil, "not well-formed XML: \(error.message)", row: nil)
            return nil
        }
        let root = document.root
        switch (root.name, root.namespace) {
        case ("Invoice", namespaces["ubl"]), ("CreditNote", namespaces["ublcn"]):
            return ubl(document, creditNote: root.name == "CreditNote", fileName: fileName, log: log)
        case ("CrossIndustryInvoice", namespaces["rsm"]):
            return cii(document, fileName: fileName, log: log)
        default:
            log.add(fileName, line: 1, column: 1, nil,
                    "expected a UBL Invoice or CreditNote, or a CII CrossIndustryInvoice, found the element \(quoted(root.name))"
                    + (root.namespace.map { " in \($0)" } ?? " without namespace"))
            return nil
        }
    }

    private static func ubl(_ d: XMLDocument, creditNote: Bool, fileName: String, log: ErrorLog) -> EInvoice? {
        let top = creditNote ? "/ublcn:CreditNote" : "/ubl:Invoice"
        let party = "\(top)/cac:AccountingCustomerParty/cac:Party"
        var buyer = EInvoice.Buyer()
        buyer.name = d.string("\(party)/cac:PartyLegalEntity/cbc:RegistrationName") ?? d.string("\(party)/cac:PartyName/cbc:Name")
        buyer.siren = siren(scheme0002: d.string("\(party)/cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0002']"),
                            siret: d.string("\(party)/cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0009']")
                                ?? d.string("\(party)/cac:PartyIdentification/cbc:ID[@schemeID='0009']"))
        buyer.vat = d.string("\(party)/cac:PartyTaxScheme/cbc:CompanyID")
        let address = "\(party)/cac:PostalAddress"
        buyer.address1 = d.string("\(address)/cbc:StreetName")
        buyer.address2 = d.string("\(address)/cbc:AdditionalStreetName")
        buyer.postcode = d.string("\(address)/cbc:PostalZone")
        buyer.city = d.string("\(address)/cbc:CityName")
        buyer.country = d.string("\(address)/cac:Country/cbc:IdentificationCode")
        buyer.email = d.string("\(party)/cac:Contact/cbc:ElectronicMail")
        buyer.contact = d.string("\(party)/cac:Contact/cbc:Name")
        let fields = Fields(document: d, fileName: fileName, log: log)
        let currency = d.string("\(top)/cbc:DocumentCurrencyCode")
        return fields.make(
            format: .ubl,
            number: ("\(top)/cbc:ID", d.string("\(top)/cbc:ID")),
            typeCode: d.string("\(top)/cbc:\(creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode")") ?? (creditNote ? "381" : "380"),
            issued: ("\(top)/cbc:IssueDate", d.string("\(top)/cbc:IssueDate")),
            due: ("\(top)/cbc:DueDate", d.string("\(top)/cbc:DueDate") ?? d.string("\(top)/cac:PaymentMeans/cbc:PaymentDueDate")),
            terms: d.string("\(top)/cac:PaymentTerms/cbc:Note"),
            delivered: ("\(top)/cac:Delivery/cbc:ActualDeliveryDate", d.string("\(top)/cac:Delivery/cbc:ActualDeliveryDate")),
            buyer: buyer,
            currency: ("\(top)/cbc:DocumentCurrencyCode", currency),
            grandTotal: ("\(top)/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", d.string("\(top)/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")),
            amountDue: ("\(top)/cac:LegalMonetaryTotal/cbc:PayableAmount", d.string("\(top)/cac:LegalMonetaryTotal/cbc:PayableAmount")),
            referenced: d.string("\(top)/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
    }

    private static func cii(_ d: XMLDocument, fileName: String, log: ErrorLog) -> EInvoice? {
        let top = "/rsm:CrossIndustryInvoice"
        let header = "\(top)/rsm:ExchangedDocument"
        let trade = "\(top)/rsm:SupplyChainTradeTransaction"
        let party = "\(trade)/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"
        let settlement = "\(trade)/ram:ApplicableHeaderTradeSettlement"
        var buyer = EInvoice.Buyer()
        buyer.name = d.string("\(party)/ram:Name")
        buyer.siren = siren(scheme0002: d.string("\(party)/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']"),
                            siret: d.string("\(party)/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']"))
        buyer.vat = d.string("\(party)/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']")
        let address = "\(party)/ram:PostalTradeAddress"
        buyer.address1 = d.string("\(address)/ram:LineOne")
        buyer.address2 = d.string("\(address)/ram:LineTwo")
        buyer.postcode = d.string("\(address)/ram:PostcodeCode")
        buyer.city = d.string("\(address)/ram:CityName")
        buyer.country = d.string("\(address)/ram:CountryID")
        buyer.email = d.string("\(party)/ram:URIUniversalCommunication/ram:URIID")
        buyer.contact = d.string("\(party)/ram:DefinedTradeContact/ram:PersonName")
        let terms = "\(settlement)/ram:SpecifiedTradePaymentTerms"
        let summation = "\(settlement)/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
        let delivered = "\(trade)/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"
        return Fields(document: d, fileName: fileName, log: log).make(
            format: .cii,
            number: ("\(header)/ram:ID", d.string("\(header)/ram:ID")),
            typeCode: d.string("\(header)/ram:TypeCode") ?? "380",
            issued: ("\(header)/ram:IssueDateTime/udt:DateTimeString", d.string("\(header)/ram:IssueDateTime/udt:DateTimeString")),
            due: ("\(terms)/ram:DueDateDateTime/udt:DateTimeString", d.string("\(terms)/ram:DueDateDateTime/udt:DateTimeString")),
            terms: d.string("\(terms)/ram:Description"),
            delivered: (delivered, d.string(delivered)),
            buyer: buyer,
            currency: ("\(settlement)/ram:InvoiceCurrencyCode", d.string("\(settlement)/ram:InvoiceCurrencyCode")),
            grandTotal: ("\(summation)/ram:GrandTotalAmount", d.string("\(summation)/ram:GrandTotalAmount")),
            amountDue: ("\(summation)/ram:DuePayableAmount", d.string("\(summation)/ram:DuePayableAmount")),
            referenced: d.string("\(settlement)/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
    }

    /// The SIREN: scheme 0002 as it is, or the first nine digits of a SIRET (scheme 0009).
    private static func siren(scheme0002: String?, siret: String?) -> String? {
        if let value = scheme0002?.filter({ $0 != " " }), value.count == 9 { return value }
        if let value = siret?.filter({ $0 != " " }), value.count == 14 { return String(value.prefix(9)) }
        return nil
    }

    /// Reads and checks the typed values, each error located at its element's line.
    private struct Fields {
        let document: XMLDocument
        let fileName: String
        let log: ErrorLog

        func fail(_ path: String, _ message: String) {
            let element = path.split(separator: "/").last.map(String.init) ?? path
            log.add(fileName, line: document.line(path), column: 1, element, message)
        }

        /// `YYYY-MM-DD` (UBL) or `YYYYMMDD` (CII format 102).
        func day(_ field: (path: String, value: String?)) -> Day? {
            guard let text = field.value else { return nil }
            let bytes = Array(text.utf8)
            if let day = bytes.withUnsafeBufferPointer({ FECValues.day($0) }) { return day }
            fail(field.path, "expected a date such as 2026-01-15 or 20260115, found \(quoted(text))")
            return nil
        }

        func amount(_ field: (path: String, value: String?)) -> Money? {
            guard let text = field.value else { return nil }
            let bytes = Array(text.utf8)
            if let cents = bytes.withUnsafeBufferPointer({ FECValues.amount($0) }) { return Money(minorUnits: cents) }
            fail(field.path, "expected an amount such as 1234.56, found \(quoted(text))")
            return nil
        }

        func make(
            format: EInvoice.Format, number: (String, String?), typeCode: String, issued: (String, String?),
            due: (String, String?), terms: String?, delivered: (String, String?), buyer: EInvoice.Buyer,
            currency: (String, String?), grandTotal: (String, String?), amountDue: (String, String?), referenced: String?
        ) -> EInvoice? {
            let before = log.count
            if number.1 == nil { fail(number.0, "expected the invoice number, found none") }
            let issuedOn = day(issued)
            if issued.1 == nil { fail(issued.0, "expected the issue date, found none") }
            if let code = currency.1, code.uppercased() != "EUR" {
                fail(currency.0, "expected EUR: Relance claims in euros only, found \(quoted(code))")
            }
            let dueOn = day(due), deliveredOn = day(delivered)
            let total = amount(grandTotal), payable = amount(amountDue)
            guard let id = number.1, let issuedOn, log.count == before else { return nil }
            return EInvoice(file: fileName, format: format, number: id, typeCode: typeCode, issued: issuedOn, due: dueOn,
                            terms: terms, delivered: deliveredOn, buyer: buyer, grandTotal: total, amountDue: payable,
                            referencedInvoice: referenced)
        }
    }
}
