/// The `summary` texts of the log, a few per kind. Some hold what a CSV writer must quote (the
/// separator, quotes, a line break) and some are left blank, as in real logs.
enum Summaries {
    static func text(_ kind: LogRow.Kind, variant: UInt8) -> String? {
        let choices = table(kind)
        let index = Int(variant) % (choices.count + 1)
        return index == choices.count ? nil : choices[index]
    }

    private static func table(_ kind: LogRow.Kind) -> [String] {
        switch kind {
        case .reminder1: return ["Relance amiable.", "Première relance : facture échue.", "Rappel d'échéance envoyé"]
        case .reminder2: return ["Deuxième relance par courrier simple.", "Deuxième relance ; copie au service achats."]
        case .reminder3: return ["Troisième relance en LRAR.", "Dernière relance avant mise en demeure."]
        case .formalNotice: return ["Mise en demeure de payer sous huit jours.", "Mise en demeure (article 1344 du Code civil)."]
        case .handover: return ["Dossier transmis au commissaire de justice.", "Dossier confié à l'agence de recouvrement."]
        case .call: return ["Appel : le comptable confirme le virement.", "Messagerie, rappel demandé.",
                            "Appel du débiteur ; difficultés de trésorerie."]
        case .email: return ["Relevé de compte envoyé.", "Copie de facture renvoyée à la demande du client."]
        case .letter: return ["Relevé de compte par courrier."]
        case .meeting: return ["Rendez-vous à l'agence.", "Visite sur site avec le gérant."]
        case .reply: return ["Le client répond : \"paiement en cours\".", "Réponse par courriel, virement annoncé."]
        case .note: return ["Dossier à surveiller.", "Changement d'interlocuteur :\nnouveau contact au service achats."]
        case .dispute: return ["Conteste la livraison : colis incomplet.", "Conteste le montant ; devis non respecté.",
                               "Réserves à la réception :\n« travaux non terminés »."]
        case .disputeClosed: return ["Litige clos après vérification.", "Accord trouvé : avoir émis."]
        case .promise: return ["Promet le virement du solde.", "S'engage à payer ; attend un encaissement."]
        case .paymentPlan: return ["Échéancier accepté, mensualités par virement."]
        case .acknowledgement: return ["Reconnaissance de dette signée."]
        case .delivery: return ["Avis de réception signé.", "Pli avisé et non réclamé."]
        }
    }
}
