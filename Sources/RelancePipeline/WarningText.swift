import RelanceCore
import RelanceSite

/// One line per warning for the terminal.
enum WarningText {
    static func plain(_ warning: BuildWarning) -> String {
        switch warning {
        case .missingAddress(let id): return "débiteur \(id) : adresse postale incomplète, aucun courrier possible"
        case .rowsRejected(let id, let rows):
            return "débiteur \(id) : \(rows.map(\.row).joined(separator: ", ")) rejetée\(rows.count > 1 ? "s" : "") ; courriers retenus jusqu'à correction"
        case .missingRate(let halfYear, let through):
            return "taux inconnu pour \(halfYear) : pénalités arrêtées au \(through.iso) ; ajoutez ce semestre dans rates/*.csv du book ou assets/rates/rates.csv"
        case .contractualRateRaised(let halfYear): return "\(halfYear) : taux contractuel relevé au plancher de 3 fois le taux légal"
        case .timeBarred(let id, let ref, let last): return "débiteur \(id), facture \(ref) : prescrite (dernier jour \(last.iso))"
        case .prescriptionSoon(let id, let ref, let last): return "débiteur \(id), facture \(ref) : prescription le \(last.iso)"
        case .consumerLooksLikeBusiness(let id, let why):
            return "débiteur \(id) : déclaré particulier mais \(why) ; vérifiez son type (prescription de 2 ans, pénalités, tribunal)"
        case .unbalancedEntry(let location, let entry, let difference):
            return "\(location.row) : écriture \(entry) non équilibrée (écart \(difference.plainDecimal()))"
        case .eInvoiceAmountDiffers(let reference, let file, let ledger, let eInvoice):
            return "facture \(reference) : \(ledger.plainDecimal()) en comptabilité, \(eInvoice.plainDecimal()) dans \(file) ; montant comptable retenu"
        case .unidentifiedReceipt(let location, let on, let amount, let payer, let text):
            return "\(location.row) : encaissement non identifié de \(amount.plainDecimal()) le \(on.iso)"
                + (payer.map { " (\($0))" } ?? "") + (text.map { " : \($0)" } ?? "")
        case .unreadableEInvoice(let file, let reason): return "\(file) : facture électronique illisible (\(reason)), ignorée"
        case .facturXWithoutQPDF(let pdfs): return "\(pdfs) PDF Factur-X non lus : qpdf introuvable (apt-get install qpdf, ou RELANCE_QPDF)"
        case .claimToDeclare(let id, let insolvency, let asOf):
            return "débiteur \(id) en \(insolvency.kind.french) depuis le \(insolvency.openedOn.iso) : aucun courrier ; "
                + DeclarationDeadlineWording.console(insolvency, asOf: asOf)
        case .damagedAttachment(let file, let reason): return "\(file) : \(reason) ; remplacez-le par un exemplaire lisible"
        case .proofSharedByDebtors(let files, let debtors):
            return "même justificatif pour plusieurs débiteurs (\(debtors.joined(separator: ", "))) : \(files.joined(separator: ", "))"
        case .pdfWithoutInvoice(let file): return "\(file) : PDF sans facture intégrée, aucune facture de ce numéro"
        case .eInvoiceUnmatched(let file, let number):
            return "\(file) : facture électronique n° \(number) sans facture de ce numéro en comptabilité, ignorée"
        case .eInvoiceDuplicate(let number, let kept, let ignored):
            return "facture électronique n° \(number) en deux fichiers qui diffèrent : \(kept) retenu, \(ignored) écarté"
        case .unknownJournal(let code, let lines):
            return "FEC : journal \(code) inconnu (\(lines) lignes clients) : débits pris comme dettes exigibles à leur date, crédits comme règlements"
        case .bundledBusinessWithoutSIREN(let id):
            return "débiteur \(id) : professionnel sans SIREN dans un dossier transmis ; ajoutez-le ou vérifiez son type"
        }
    }
}
