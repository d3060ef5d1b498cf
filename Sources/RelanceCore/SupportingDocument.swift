/// A document of documents.csv that supports a claim: the contract, the quote or order, the terms of
/// sale, a proof of delivery… (CPC 1407: « les documents justificatifs »). Its file lies under the
/// book's attachments/ and becomes a numbered exhibit of the debtor's case file.
public struct SupportingDocument: Hashable, Sendable {
    /// The kinds a lawyer sorts the exhibits by; the raw values are the words documents.csv uses.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case contract = "contrat"
        case quote = "devis"
        case purchaseOrder = "bon_de_commande"
        case termsOfSale = "cgv"
        case deliveryNote = "bon_de_livraison"
        case acceptanceReport = "pv_reception"
        case companyRegistration = "kbis"
        case accountStatement = "releve_compte"
        case other = "autre"

        /// What shows the debtor agreed: a contract, a quote or an order.
        public var isAgreement: Bool { self == .contract || self == .quote || self == .purchaseOrder }
        /// What shows the goods or the work were delivered.
        public var isDelivery: Bool { self == .deliveryNote || self == .acceptanceReport }
    }

    public var debtorID: String
    /// The invoices it concerns; empty: all the debtor's.
    public var invoices: [String]
    public var kind: Kind
    public var date: Day
    public var title: String
    /// Relative to the book's attachments/.
    public var file: String
    public var location: SourceLocation

    public init(debtorID: String, invoices: [String] = [], kind: Kind, date: Day, title: String, file: String,
                location: SourceLocation = SourceLocation(file: "documents.csv", line: 0)) {
        self.debtorID = debtorID; self.invoices = invoices; self.kind = kind; self.date = date
        self.title = title; self.file = file; self.location = location
    }

    /// Whether it supports `invoice`: it names it, or names none.
    public func concerns(_ invoice: String) -> Bool { invoices.isEmpty || invoices.contains(invoice) }
}
