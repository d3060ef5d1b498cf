/// relance.toml `[sources]`: the accounting exports the book is read from. `fec`: one or more FEC
/// files (glob patterns relative to the book, `*` and `?` in the file name); the other keys say how
/// to read them. `einvoices` and `bank` are reserved for the e-invoice and bank-statement readers.
extension SettingsReader {
    static func readSources(_ section: TOMLSection) -> FECSettings {
        section.rejectUnknownKeys([
            "fec", "einvoices", "bank", "payment_terms_days", "receivable_accounts", "sales_journals", "bank_journals", "opening_journals",
        ])
        var settings = FECSettings()
        if let value = section.table["fec"] {
            settings.files = value.string.map { [$0] } ?? section.strings("fec") ?? []
            if settings.files.contains(where: { $0.isEmpty || $0.hasPrefix("/") || $0.split(separator: "/").contains("..") }) {
                section.fail("fec", "expected paths inside the book such as \"exports/*FEC*.txt\"")
                settings.files = []
            }
        }
        if let value = section.table["einvoices"] {
            settings.eInvoices = value.string.map { [$0] } ?? section.strings("einvoices") ?? []
            if settings.eInvoices.contains(where: { $0.isEmpty || $0.hasPrefix("/") || $0.split(separator: "/").contains("..") }) {
                section.fail("einvoices", "expected folders or paths inside the book such as \"attachments/invoices\"")
                settings.eInvoices = []
            }
        }
        if let value = section.table["bank"] {
            settings.bankStatements = value.string.map { [$0] } ?? section.strings("bank") ?? []
            if settings.bankStatements.contains(where: { $0.isEmpty || $0.hasPrefix("/") || $0.split(separator: "/").contains("..") }) {
                section.fail("bank", "expected paths inside the book such as \"exports/*.xml\"")
                settings.bankStatements = []
            }
        }
        if let days = section.days("payment_terms_days", minimum: 0, maximum: PaymentTerms.maximumDays) {
            settings.paymentTerms = PaymentTerms(days: days, endOfMonth: .none)
        }
        let lists: [(String, WritableKeyPath<FECSettings, [String]>)] = [
            ("receivable_accounts", \.receivableAccounts), ("sales_journals", \.salesJournals),
            ("bank_journals", \.bankJournals), ("opening_journals", \.openingJournals),
        ]
        for (key, path) in lists {
            guard let codes = section.strings(key) else { continue }
            if codes.isEmpty || codes.contains(where: { $0.isEmpty }) {
                section.fail(key, "expected a list of codes such as [\"411\"] or [\"VT\", \"VE\"], found an empty one")
            } else {
                settings[keyPath: path] = codes
            }
        }
        return settings
    }
}
