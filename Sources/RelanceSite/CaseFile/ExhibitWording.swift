import RelanceCore

/// How the bordereau names each exhibit: "Pièce n° N — title — date".
public enum ExhibitWording {
    public static func title(_ exhibit: Exhibit) -> String {
        switch exhibit.source {
        case .invoice(let reference, _):
            return "Facture n° \(reference)"
        case .document(let document):
            return "\(documentKind(document.kind)) — \(document.title)"
        case .proof(let file, let line):
            if let registered = RegisteredPost.title(file: file, letter: line) { return registered }
            let name = String(file.split(separator: "/").last ?? Substring(file))
            return "\(step(line)) — justificatif « \(name) »"
        case .receipt(_, let delivery, let letter):
            return RegisteredPost.receipt(delivery: delivery, letter: letter)
        case .communicated(let file):
            return "Pièce communiquée « \(file.split(separator: "/").last.map(String.init) ?? file) »"
        }
    }

    static func documentKind(_ kind: SupportingDocument.Kind) -> String {
        switch kind {
        case .contract: return "Contrat"
        case .quote: return "Devis"
        case .purchaseOrder: return "Bon de commande"
        case .termsOfSale: return "Conditions générales de vente"
        case .deliveryNote: return "Bon de livraison"
        case .acceptanceReport: return "Procès-verbal de réception"
        case .companyRegistration: return "Extrait Kbis"
        case .accountStatement: return "Relevé de compte"
        case .other: return "Document"
        }
    }

    /// "Mise en demeure – lettre recommandée AR n° 1A 123 456 7890 1, distribuée le 28/05/2026".
    static func step(_ line: Interaction) -> String {
        var text = FrenchLabels.interaction(line.kind)
        if line.direction == .incoming && line.kind.defaultDirection == .outgoing { text += " (reçu)" }
        if let channel = line.channel { text += " – " + FrenchLabels.channel(channel).lowercasedFirst }
        if let tracking = line.tracking { text += " n° \(tracking)" }
        if let delivered = line.deliveredOn { text += ", distribuée le \(FrenchFormat.shortDate(delivered))" }
        return text
    }

    /// For file names: `relance-1`, `mise-en-demeure`.
    static func levelName(_ level: LetterLevel) -> String {
        switch level {
        case .reminder1: return "relance-1"
        case .reminder2: return "relance-2"
        case .reminder3: return "relance-3"
        case .formalNotice: return "mise-en-demeure"
        }
    }
}
