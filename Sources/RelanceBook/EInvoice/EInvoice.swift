import RelanceCore

/// What Relance takes from an e-invoice (legal-fr §9): number, type, dates, the buyer, the amounts
/// and, for a credit note, the invoice it refers to.
struct EInvoice: Sendable {
    enum Format: String, Sendable { case ubl = "UBL", cii = "CII" }

    struct Buyer: Sendable {
        var name: String?
        var siren: String?
        var vat: String?
        var address1: String?
        var address2: String?
        var postcode: String?
        var city: String?
        var country: String?
        var email: String?
        var contact: String?
    }

    let file: String
    let format: Format
    let number: String
    /// UNTDID 1001: 380 invoice, 381 credit note, 384 corrected, 389 self-billed…
    let typeCode: String
    let issued: Day
    let due: Day?
    /// The payment terms as text, when there is no due date.
    let terms: String?
    /// BT-72, the actual delivery date: the invoice's `service_date`.
    let delivered: Day?
    let buyer: Buyer
    let grandTotal: Money?
    /// What is left to pay after prepaid amounts.
    let amountDue: Money?
    /// A credit note's invoice.
    let referencedInvoice: String?

    var isCreditNote: Bool { typeCode == "381" || typeCode == "261" || typeCode == "396" }

    /// The same figures and buyer as `other`: what a second file of the same number must say to be
    /// a copy (a Factur-X beside its XML) rather than a conflict.
    func saysTheSame(as other: EInvoice) -> Bool {
        typeCode == other.typeCode && issued == other.issued && due == other.due && grandTotal == other.grandTotal
            && amountDue == other.amountDue && buyer.siren == other.buyer.siren && buyer.name == other.buyer.name
    }
}

extension EInvoice.Buyer {
    /// `debtor` completed by what the buyer says: its name when it gives one, a SIREN that passes
    /// its key, the address, e-mail and contact.
    func fill(_ debtor: inout Debtor) {
        if let name { debtor.name = name }
        if let siren, case .success(let digits) = SIREN.normalize(siren) { debtor.siren = digits }
        debtor.address1 = address1
        debtor.address2 = address2
        debtor.postcode = postcode
        debtor.city = city
        if let country, country.count == 2 { debtor.country = country.uppercased() }
        debtor.email = email
        debtor.contact = contact
    }
}
