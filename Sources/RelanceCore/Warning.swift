/// Something the credit manager must know about the build; never a reason to stop it.
public enum BuildWarning: Hashable, Sendable {
    /// A debtor with open invoices whose postal address is incomplete: no letter can go out.
    case missingAddress(debtorID: String)
    /// Rows of the debtor rejected by a `--keep-going` build: its account may be incomplete, so its
    /// letters are held until the rows are fixed.
    case rowsRejected(debtorID: String, rows: [SourceLocation])
    /// No rate is known for a half-year: penalties are computed through `computedThrough` only.
    case missingRate(halfYear: HalfYear, computedThrough: Day)
    /// A contractual rate under 3 × the legal rate was raised to that floor for this half-year.
    case contractualRateRaised(halfYear: HalfYear)
    /// An open invoice whose claim is time-barred (the last day has passed).
    case timeBarred(debtorID: String, reference: String, lastDay: Day)
    /// An open invoice within six months of prescription.
    case prescriptionSoon(debtorID: String, reference: String, lastDay: Day)
    /// A `consumer` debtor with a SIREN or a company form in its name: the 2-year prescription
    /// (L218-2 C. conso.) covers natural persons acting outside their trade only. `reason` says why.
    case consumerLooksLikeBusiness(debtorID: String, reason: String)
    /// A `business` debtor without SIREN whose case file is bundled for a lawyer.
    case bundledBusinessWithoutSIREN(debtorID: String)
    /// A FEC entry (`JournalCode/EcritureNum`, first line at `location`) whose debits and credits
    /// differ: the export is incomplete or damaged there.
    case unbalancedEntry(location: SourceLocation, entry: String, difference: Money)
    /// A FEC journal that is neither a sales, bank nor opening journal: its debits on customer
    /// accounts were taken as debts due on their date, its credits as payments.
    case unknownJournal(code: String, lines: Int)
    /// An e-invoice whose total differs from the ledger's amount for the same invoice number.
    case eInvoiceAmountDiffers(reference: String, file: String, ledger: Money, eInvoice: Money)
    /// An e-invoice whose number is no invoice of the ledger.
    case eInvoiceUnmatched(file: String, number: String)
    /// Two e-invoice files of one number that differ: the first (in name order) is kept.
    case eInvoiceDuplicate(number: String, kept: String, ignored: String)
    /// A PDF of the e-invoice folders qpdf could not read, or whose embedded XML it could not take out.
    case unreadableEInvoice(file: String, reason: String)
    /// PDFs of the e-invoice folders left unread for want of qpdf (`apt-get install qpdf`).
    case facturXWithoutQPDF(pdfs: Int)
    /// A PDF without embedded invoice data whose name gives no invoice of the ledger.
    case pdfWithoutInvoice(file: String)
    /// A credit of a bank statement matched to no debtor — by IBAN, a reference in its text or the
    /// exact name — and so not taken: « encaissement non identifié ».
    case unidentifiedReceipt(location: SourceLocation, on: Day, amount: Money, payer: String?, text: String?)
    /// A file of a case file that is damaged or not what its extension says: it keeps its number,
    /// and the case PDF shows a page naming it instead.
    case damagedAttachment(file: String, reason: String)
    /// The same file (same SHA-256) is the proof of an exchange for several debtors: one of the log
    /// lines names the wrong file.
    case proofSharedByDebtors(files: [String], debtorIDs: [String])
    /// A debtor in collective proceedings: no letter may go out (L622-21); the claim is declared to
    /// the mandataire within two months of the BODACC publication (R622-24), or, that deadline
    /// passed on `asOf`, the creditor asks to be relieved of the forfeiture (L622-26).
    case claimToDeclare(debtorID: String, insolvency: Insolvency, asOf: Day)
}
