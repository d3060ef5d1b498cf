/// What the e-invoice folders of `[sources] einvoices` gave: every file read ends in one count.
public struct EInvoiceTotals: Hashable, Sendable {
    public var files = 0
    /// PDFs whose embedded XML (factur-x.xml…) was read.
    public var facturX = 0
    /// UBL or CII files.
    public var xml = 0
    /// PDFs without embedded invoice data: an invoice's PDF, by its name.
    public var plainPDFs = 0
    /// PDFs left unread: no qpdf, or qpdf could not read them (each named in a warning).
    public var unread = 0
    /// Files with a located error.
    public var withErrors = 0
    /// A second file for an invoice number already read.
    public var duplicates = 0
    /// E-invoices that gave an invoice of the ledger its due date (with a FEC), or that are the
    /// ledger's invoices and credit notes (without one).
    public var used = 0
    /// With a FEC: e-invoices whose number is no invoice of it (each named in a warning).
    public var unmatched = 0
    /// Without a FEC: e-invoices of a zero total, nothing to claim or settle.
    public var zero = 0

    public init() {}
}
