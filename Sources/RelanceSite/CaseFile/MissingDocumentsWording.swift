import RelanceCore

/// How the « pièces à fournir » are named, on the bordereau and in the recommended route.
enum MissingDocumentsWording {
    static func text(_ item: MissingDocuments.Item) -> String {
        switch item {
        case .invoicePDF(let reference):
            return "Facture n° \(reference) : son PDF (attachments/invoices/)."
        case .agreement(let invoices):
            return "Contrat, devis accepté ou bon de commande établissant l'accord du débiteur (\(concerning(invoices)))."
        case .delivery(let invoices):
            return "Preuve de la livraison ou de l'exécution : bon de livraison signé ou procès-verbal de réception (\(concerning(invoices)))."
        case .termsOfSale:
            return "Conditions générales de vente stipulant le taux contractuel des pénalités de retard réclamé."
        case .formalNoticeReceipt(let line):
            return "Avis de réception de la mise en demeure du \(FrenchFormat.shortDate(line.day))"
                + (line.tracking.map { " (envoi n° \($0))" } ?? "") + " : enregistrez-le avec relance record delivery."
        }
    }

    /// « facture FAC-1 », « factures FAC-1, FAC-2 ».
    private static func concerning(_ invoices: [String]) -> String {
        (invoices.count > 1 ? "factures " : "facture ") + invoices.joined(separator: ", ")
    }

    /// « Dossier incomplet : 3 pièces à fournir (voir le bordereau). »
    static func summary(_ missing: MissingDocuments) -> String? {
        guard !missing.isComplete else { return nil }
        let count = missing.items.count
        return "Dossier incomplet : \(count) pièce\(count > 1 ? "s" : "") à fournir avant toute procédure."
    }
}
