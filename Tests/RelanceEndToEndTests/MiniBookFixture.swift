import RelanceTestSupport

extension BookFixture {
    /// A small book, as a user's spreadsheet would export it: one business debtor with an address
    /// and an e-mail, one invoice, an empty log. Tests change one file to make the case they need.
    static var mini: BookFixture {
        BookFixture("""
            -- relance.toml --
            [creditor]
            name = "Test SARL"
            legal_form = "SARL"
            capital = "10 000 €"
            siren = "732829320"
            rcs = "Lyon"
            address = ["1 rue du Test", "69001 Lyon"]
            iban = "FR76 3000 6000 0112 3456 7890 189"
            bic = "AGRIFRPP"
            city = "Lyon"

            -- debtors.csv --
            id,name,type,address_1,postcode,city,email
            D1,Client Un,business,1 rue A,69001,Lyon,a@b.fr
            -- ledger.csv --
            date,kind,reference,debtor,amount,due_date,applies_to
            2026-01-10,invoice,F1,D1,1000.00,2026-02-09,
            -- interactions.csv --
            date,debtor,invoices,kind,channel

            """)
    }
}
