/// Checks of a debtor's declared type (assets/docs/legal-rules.md §6): the type decides the prescription period,
/// the penalties and the court, and a wrong one makes a claim fail.
enum DebtorTypeCheck {
    /// Company forms that do not belong to a natural person acting outside their trade, as whole
    /// words of the name (« SCI Les Tilleuls », « Boulangerie Martin SARL »).
    static let companyForms: Set<String> = [
        "SARL", "SAS", "SASU", "SA", "EURL", "SCI", "SNC", "SCP", "SCM", "SELARL", "SELAS", "SCOP", "GIE", "GAEC", "EARL",
        "ASSOCIATION", "ASSO", "SOCIETE", "STE", "ETS", "ETABLISSEMENTS",
    ]

    static func warnings(_ states: [DebtorState], bundled: (DebtorState) -> Bool) -> [BuildWarning] {
        var warnings: [BuildWarning] = []
        for state in states {
            let debtor = state.debtor
            switch debtor.kind {
            case .consumer:
                if let siren = debtor.siren {
                    warnings.append(.consumerLooksLikeBusiness(debtorID: debtor.id, reason: "il a un SIREN (\(siren))"))
                } else if let form = companyForm(in: debtor.name) {
                    warnings.append(.consumerLooksLikeBusiness(debtorID: debtor.id, reason: "son nom comporte « \(form) »"))
                }
            case .business:
                if debtor.siren == nil && bundled(state) {
                    warnings.append(.bundledBusinessWithoutSIREN(debtorID: debtor.id))
                }
            }
        }
        return warnings
    }

    /// The first company form among the name's words, as written in the name.
    static func companyForm(in name: String) -> String? {
        let words = name.split(whereSeparator: { !($0.isLetter || $0 == ".") })
        for word in words {
            var bare = ""
            for character in word.uppercased() where character != "." {
                bare.append(unaccented[character] ?? character)
            }
            if companyForms.contains(bare) { return String(word) }
        }
        return nil
    }

    /// « SOCIÉTÉ » → « SOCIETE »: enough for the words `companyForms` holds.
    private static let unaccented: [Character: Character] = ["É": "E", "È": "E", "Ê": "E"]
}
