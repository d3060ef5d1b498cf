import RelanceCore

/// Writes relance.toml: a creditor with its mandatory mentions, the default policy, the statutory
/// penalty rate, and the build date pinned so that the book always gives the same figures.
enum SettingsFile {
    static func text(asOf: Day) -> String {
        """
        # Synthetic book written by relance-synth (Tests/Benchmarks/BookGenerator).

        [creditor]
        name = "Synthèse Distribution SAS"
        legal_form = "SAS"
        capital = "250 000 €"
        siren = "533180261"
        rcs = "Lyon"
        vat = "FR44533180261"
        address = ["27 rue de la République", "69002 Lyon"]
        email = "recouvrement@synthese.example"
        phone = "04 78 00 00 00"
        iban = "FR76 3000 6000 0112 3456 7890 189"
        bic = "AGRIFRPP"
        signatory = "Camille Martin, responsable du recouvrement"
        city = "Lyon"

        [policy]
        reminder_1 = 7
        reminder_2 = 15
        reminder_3 = 15
        formal_notice = 15
        call_after_reminder_3 = 5
        notice_deadline = 8
        payment_deadline = 8
        promise_grace = 3
        aging = [30, 60, 90, 120]

        [input]
        encoding = "utf-8"

        [penalties]
        rate = "statutory"
        indemnity = "40.00"

        [output]
        currency = "EUR"

        [build]
        as_of = "\(asOf.iso)"

        """
    }
}
