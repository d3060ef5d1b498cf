/// relance.toml `[sources]`: the accounting exports the book is read from. `fec`: one or more FEC
/// files (glob patterns relative to the book, `*` and `?` in the file name); the other keys say how
/// to read them; `einvoices` and `bank` name the e-invoices and the bank statements.
extension SettingsReader {
    /// One path or a list, each inside the book (neither absolute nor climbing out with `..`); none
    /// when one is not, after saying so.
    private static func bookPaths(_ section: TOMLSection, _ key: String, expected: String) -> [String] {
        guard let value = section.table[key] else { return [] }
        let paths = value.string.map { [$0] } ?? section.strings(key) ?? []
        guard !paths.contains(where: { $0.isEmpty || $0.hasPrefix("/") || $0.split(separator: "/").contains("..") }) else {
            section.fail(key, "expected \(expected)")
            return []
        }
        return paths
    }

    static func readSources(_ section: TOMLSection) -> FECSettings {
        section.rejectUnknownKeys([
            "fec", "einvoices", "bank", "payment_terms_days", "receivable_accounts", "sales_journals", "bank_journals", "opening_journals",
        ])
        var settings = FECSettings()
        settings.files = bookPaths(section, "fec", expected: "paths inside the book such as \"exports/*FEC*.txt\"")
        settings.eInvoices = bookPaths(section, "einvoices", expected: "folders or paths inside the book such as \"attachments/invoices\"")
        settings.bankStatements = bookPaths(section, "bank", expected: "paths inside the book such as \"exports/*.xml\"")
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
