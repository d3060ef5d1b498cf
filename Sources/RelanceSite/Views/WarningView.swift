import RelanceLayout
import RelanceCore

/// A build warning in French, with a link to the debtor's page when it concerns one.
enum WarningView {
    static func value(_ warning: BuildWarning, names: [String: String], root: String) -> LayoutValue {
        func debtorLink(_ id: String) -> LayoutValue { .text(root + SitePaths.debtorPage(id)) }
        switch warning {
        case .missingAddress(let id):
            return ["text": .text("\(names[id] ?? id) : adresse postale incomplète, aucun courrier ne peut partir."),
                    "link": debtorLink(id), "severity": "warning"]
        case .rowsRejected(let id, let rows):
            return ["text": .text("\(names[id] ?? id) : \(RejectedRowsWording.rows(rows)) rejetée\(rows.count > 1 ? "s" : "") à la lecture du book ; ses courriers sont retenus jusqu'à correction."),
                    "link": names[id] == nil ? .absent : debtorLink(id), "severity": "error"]
        case .missingRate(let halfYear, let through):
            return ["text": .text("Taux inconnu pour le semestre \(halfYear) : pénalités arrêtées au \(FrenchFormat.longDate(through)). Ajoutez le semestre dans un fichier rates/*.csv du dossier (ou assets/rates/rates.csv)."),
                    "link": .absent, "severity": "error"]
        case .contractualRateRaised(let halfYear):
            return ["text": .text("Semestre \(halfYear) : le taux contractuel est inférieur à 3 fois le taux légal ; le plancher légal est appliqué."),
                    "link": .absent, "severity": "warning"]
        case .timeBarred(let id, let reference, let lastDay):
            return ["text": .text("\(names[id] ?? id), facture \(reference) : prescrite depuis le \(FrenchFormat.longDate(lastDay + 1))."),
                    "link": debtorLink(id), "severity": "error"]
        case .consumerLooksLikeBusiness(let id, let reason):
            return ["text": .text("\(names[id] ?? id) : déclaré particulier, mais \(reason). Vérifiez son type : la prescription de 2 ans (art. L218-2 C. conso.) ne vaut que pour un particulier agissant hors de son activité."),
                    "link": debtorLink(id), "severity": "warning"]
        case .bundledBusinessWithoutSIREN(let id):
            return ["text": .text("\(names[id] ?? id) : professionnel sans SIREN, dont le dossier est transmis. Ajoutez son SIREN dans debtors.csv ou vérifiez son type."),
                    "link": debtorLink(id), "severity": "warning"]
        case .unbalancedEntry(let location, let entry, let difference):
            return ["text": .text("FEC \(location.row) : l'écriture \(entry) n'est pas équilibrée (écart \(FrenchFormat.money(difference))) ; vérifiez l'export."),
                    "link": .absent, "severity": "warning"]
        case .eInvoiceAmountDiffers(let reference, let file, let ledger, let eInvoice):
            return ["text": .text("Facture \(reference) : \(FrenchFormat.money(ledger)) en comptabilité, \(FrenchFormat.money(eInvoice)) dans la facture électronique \(file) ; le montant comptable est retenu, vérifiez l'écart."),
                    "link": .absent, "severity": "warning"]
        case .unidentifiedReceipt(let location, let on, let amount, let payer, let text):
            return ["text": .text("Encaissement non identifié (\(location.row)) : \(FrenchFormat.money(amount)) le \(FrenchFormat.shortDate(on))"
                                  + (payer.map { " de « \($0) »" } ?? "") + (text.map { " — « \($0) »" } ?? "")
                                  + " ; ajoutez l'IBAN du payeur (iban dans debtors.csv) ou saisissez le règlement."),
                    "link": .absent, "severity": "warning"]
        case .unreadableEInvoice(let file, let reason):
            return ["text": .text("Facture électronique \(file) illisible (\(reason)) : elle n'est pas prise en compte."),
                    "link": .absent, "severity": "warning"]
        case .facturXWithoutQPDF(let pdfs):
            return ["text": .text("\(FrenchFormat.integer(pdfs)) PDF Factur-X non lus : qpdf est introuvable (apt-get install qpdf, ou RELANCE_QPDF)."),
                    "link": .absent, "severity": "warning"]
        case .claimToDeclare(let id, let insolvency, let asOf):
            let deadline = DeclarationDeadlineWording.deadline(insolvency, asOf: asOf)
            return ["text": .text("\(names[id] ?? id) : en \(insolvency.kind.french) depuis le \(FrenchFormat.shortDate(insolvency.openedOn)) : aucune relance ni aucun courrier (art. L622-21 C. com.). Déclarez la créance "
                                  + (insolvency.kind == .liquidation ? "au liquidateur" : "au mandataire")
                                  + (insolvency.mandataire.map { " (\($0)) " } ?? " judiciaire ") + deadline + " : voir la déclaration de créance de son dossier."),
                    "link": debtorLink(id), "severity": "error"]
        case .damagedAttachment(let file, let reason):
            return ["text": .text("\(file) : \(reason). La pièce garde son numéro ; le PDF du dossier la remplace par une page qui la nomme. Remplacez le fichier par un exemplaire lisible."),
                    "link": .absent, "severity": "warning"]
        case .proofSharedByDebtors(let files, let debtors):
            return ["text": .text("Le même fichier (même empreinte SHA-256) sert de justificatif d'échange pour plusieurs débiteurs (\(debtors.joined(separator: ", "))) : \(files.joined(separator: ", ")). Une ligne du journal désigne sans doute le mauvais fichier."),
                    "link": .absent, "severity": "warning"]
        case .pdfWithoutInvoice(let file):
            return ["text": .text("\(file) : PDF sans facture électronique intégrée, et aucune facture ne porte le numéro de son nom."),
                    "link": .absent, "severity": "warning"]
        case .eInvoiceUnmatched(let file, let number):
            return ["text": .text("Facture électronique \(file) (n° \(number)) : aucune facture de ce numéro dans la comptabilité ; elle n'est pas prise en compte."),
                    "link": .absent, "severity": "warning"]
        case .eInvoiceDuplicate(let number, let kept, let ignored):
            return ["text": .text("Facture électronique n° \(number) en deux fichiers qui diffèrent : \(kept) est retenu, \(ignored) écarté ; vérifiez lequel est juste."),
                    "link": .absent, "severity": "warning"]
        case .unknownJournal(let code, let lines):
            return ["text": .text("FEC : journal « \(code) » ni de ventes, ni de banque, ni d'à-nouveaux (\(FrenchFormat.integer(lines)) ligne\(lines > 1 ? "s" : "") sur les comptes clients) : ses débits sont pris comme des dettes exigibles à leur date, ses crédits comme des règlements. Précisez sales_journals ou bank_journals dans [sources] si besoin."),
                    "link": .absent, "severity": "warning"]
        case .prescriptionSoon(let id, let reference, let lastDay):
            return ["text": .text("\(names[id] ?? id), facture \(reference) : prescription le \(FrenchFormat.longDate(lastDay)) (moins de 6 mois)."),
                    "link": debtorLink(id), "severity": "warning"]
        }
    }
}
