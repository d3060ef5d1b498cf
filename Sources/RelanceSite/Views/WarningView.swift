import RelanceCore

/// A build warning in French, with a link to the debtor's page when it concerns one.
enum WarningView {
    static func value(_ warning: BuildWarning, names: [String: String], linkPrefix: String) -> LayoutValue {
        func debtorLink(_ id: String) -> LayoutValue { .text(linkPrefix + Slug.make(for: id) + "/index.html") }
        switch warning {
        case .missingAddress(let id):
            return ["text": .text("\(names[id] ?? id) : adresse postale incomplète, aucun courrier ne peut partir."),
                    "link": debtorLink(id), "severity": "warning"]
        case .missingRate(let halfYear, let through):
            return ["text": .text("Taux inconnu pour le semestre \(halfYear) : pénalités arrêtées au \(FrenchFormat.longDate(through)). Ajoutez le semestre dans un fichier rates/*.csv du dossier (ou assets/rates/rates.csv)."),
                    "link": .absent, "severity": "error"]
        case .contractualRateRaised(let halfYear):
            return ["text": .text("Semestre \(halfYear) : le taux contractuel est inférieur à 3 fois le taux légal ; le plancher légal est appliqué."),
                    "link": .absent, "severity": "warning"]
        case .timeBarred(let id, let reference, let lastDay):
            return ["text": .text("\(names[id] ?? id), facture \(reference) : prescrite depuis le \(FrenchFormat.longDate(lastDay + 1))."),
                    "link": debtorLink(id), "severity": "error"]
        case .prescriptionSoon(let id, let reference, let lastDay):
            return ["text": .text("\(names[id] ?? id), facture \(reference) : prescription le \(FrenchFormat.longDate(lastDay)) (moins de 6 mois)."),
                    "link": debtorLink(id), "severity": "warning"]
        }
    }
}
