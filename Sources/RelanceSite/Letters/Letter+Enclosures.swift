import RelanceCore

extension Letter {
    /// The invoice files the letter encloses, in the order of its invoices: the book's file of each
    /// invoice that has one. The letter's page links them, the e-mail attaches them, and the print
    /// batch prints the PDFs among them.
    func enclosedFiles(_ invoiceFiles: [String: String]) -> [(invoice: String, bookPath: String)] {
        invoices.compactMap { invoice in invoiceFiles[invoice.reference].map { (invoice.reference, $0) } }
    }
}
