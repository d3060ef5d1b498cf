import RelanceCore

/// An invoice of a ledger written as the e-invoice its seller would issue: UN/CEFACT CII (the XML a
/// Factur-X PDF carries, profile EN 16931) or UBL 2.1. Only what Relance reads and a receiving
/// platform requires: number, type 380, dates, seller, buyer (name, SIREN in scheme 0002, address,
/// e-mail, contact), grand total and amount due, in euros. It serves the sample FEC book and the
/// e-invoice benchmark.
public enum EInvoiceWriter {
    public static func cii(_ invoice: LedgerEntry, seller: Creditor, buyer: Debtor) -> String {
        let total = amount(invoice.amount)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" \
            xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" \
            xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocumentContext>
                <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
              </rsm:ExchangedDocumentContext>
              <rsm:ExchangedDocument>
                <ram:ID>\(escaped(invoice.reference))</ram:ID>
                <ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">\(compact(invoice.date))</udt:DateTimeString></ram:IssueDateTime>
              </rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:ApplicableHeaderTradeAgreement>
                  <ram:SellerTradeParty>
                    <ram:Name>\(escaped(seller.name))</ram:Name>

            """
        if let siren = seller.siren { out += "          <ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">\(escaped(siren))</ram:ID></ram:SpecifiedLegalOrganization>\n" }
        if let vat = seller.vat { out += "          <ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">\(escaped(vat))</ram:ID></ram:SpecifiedTaxRegistration>\n" }
        out += "        </ram:SellerTradeParty>\n        <ram:BuyerTradeParty>\n"
        out += "          <ram:Name>\(escaped(buyer.name))</ram:Name>\n"
        if let siren = digits(buyer.siren) {
            out += "          <ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">\(siren)</ram:ID></ram:SpecifiedLegalOrganization>\n"
        }
        if let contact = buyer.contact {
            out += "          <ram:DefinedTradeContact><ram:PersonName>\(escaped(contact))</ram:PersonName></ram:DefinedTradeContact>\n"
        }
        out += "          <ram:PostalTradeAddress>\n"
        for (element, value) in [("PostcodeCode", buyer.postcode), ("LineOne", buyer.address1), ("LineTwo", buyer.address2),
                                 ("CityName", buyer.city), ("CountryID", buyer.country)] {
            if let value, !value.isEmpty { out += "            <ram:\(element)>\(escaped(value))</ram:\(element)>\n" }
        }
        out += "          </ram:PostalTradeAddress>\n"
        if let email = buyer.email {
            out += "          <ram:URIUniversalCommunication><ram:URIID schemeID=\"EM\">\(escaped(email))</ram:URIID></ram:URIUniversalCommunication>\n"
        }
        out += """
                  </ram:BuyerTradeParty>
                </ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeDelivery/>
                <ram:ApplicableHeaderTradeSettlement>
                  <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>

            """
        if let due = invoice.dueDate {
            out += "      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format=\"102\">\(compact(due))</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>\n"
        }
        out += """
                  <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    <ram:GrandTotalAmount>\(total)</ram:GrandTotalAmount>
                    <ram:DuePayableAmount>\(total)</ram:DuePayableAmount>
                  </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                </ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>

            """
        return out
    }

    public static func ubl(_ invoice: LedgerEntry, seller: Creditor, buyer: Debtor) -> String {
        let total = amount(invoice.amount)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" \
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" \
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
              <cbc:ID>\(escaped(invoice.reference))</cbc:ID>
              <cbc:IssueDate>\(invoice.date.iso)</cbc:IssueDate>

            """
        if let due = invoice.dueDate { out += "  <cbc:DueDate>\(due.iso)</cbc:DueDate>\n" }
        out += """
              <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
              <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
              <cac:AccountingSupplierParty><cac:Party>
                <cac:PartyLegalEntity><cbc:RegistrationName>\(escaped(seller.name))</cbc:RegistrationName>\
            \(seller.siren.map { "<cbc:CompanyID schemeID=\"0002\">\(escaped($0))</cbc:CompanyID>" } ?? "")</cac:PartyLegalEntity>
              </cac:Party></cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty><cac:Party>
                <cac:PostalAddress>

            """
        for (element, value) in [("StreetName", buyer.address1), ("AdditionalStreetName", buyer.address2),
                                 ("CityName", buyer.city), ("PostalZone", buyer.postcode)] {
            if let value, !value.isEmpty { out += "      <cbc:\(element)>\(escaped(value))</cbc:\(element)>\n" }
        }
        out += "      <cac:Country><cbc:IdentificationCode>\(escaped(buyer.country))</cbc:IdentificationCode></cac:Country>\n"
        out += "    </cac:PostalAddress>\n"
        out += "    <cac:PartyLegalEntity><cbc:RegistrationName>\(escaped(buyer.name))</cbc:RegistrationName>"
        if let siren = digits(buyer.siren) { out += "<cbc:CompanyID schemeID=\"0002\">\(siren)</cbc:CompanyID>" }
        out += "</cac:PartyLegalEntity>\n"
        if buyer.contact != nil || buyer.email != nil {
            out += "    <cac:Contact>"
            if let contact = buyer.contact { out += "<cbc:Name>\(escaped(contact))</cbc:Name>" }
            if let email = buyer.email { out += "<cbc:ElectronicMail>\(escaped(email))</cbc:ElectronicMail>" }
            out += "</cac:Contact>\n"
        }
        out += """
              </cac:Party></cac:AccountingCustomerParty>
              <cac:LegalMonetaryTotal>
                <cbc:TaxInclusiveAmount currencyID="EUR">\(total)</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="EUR">\(total)</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
            </Invoice>

            """
        return out
    }

    /// `1234.56`: XML amounts have a decimal point and no grouping.
    static func amount(_ money: Money) -> String { money.plainDecimal() }

    static func compact(_ day: Day) -> String { day.iso.filter { $0 != "-" } }

    /// A SIREN as nine digits, whatever spaces debtors.csv has.
    static func digits(_ siren: String?) -> String? {
        guard let siren else { return nil }
        let digits = siren.filter(\.isNumber)
        return digits.isEmpty ? nil : digits
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
