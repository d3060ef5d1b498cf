import RelanceCore

/// The French words a user reads for each code of the domain. One place, so that a label is the
/// same on the dashboard, the debtor page and the letters.
public enum FrenchLabels {
    public static func stage(_ stage: EscalationStage) -> String {
        switch stage {
        case .none: return "Aucune relance"
        case .reminder1: return "1re relance"
        case .reminder2: return "2e relance"
        case .reminder3: return "3e relance"
        case .formalNotice: return "Mise en demeure"
        case .handedOver: return "Transmis au contentieux"
        }
    }

    public static func action(_ kind: Action.Kind) -> String {
        switch kind {
        case .reminder1: return stage(.reminder1)
        case .reminder2: return stage(.reminder2)
        case .reminder3: return stage(.reminder3)
        case .formalNotice: return stage(.formalNotice)
        case .handover: return "Transmission au contentieux"
        case .call: return "Appel"
        case .promiseDue: return "Échéance d'une promesse"
        case .instalmentDue: return "Échéance d'un échéancier"
        }
    }

    public static func channel(_ channel: Action.Channel) -> String {
        switch channel {
        case .email: return "E-mail"
        case .letter: return "Courrier simple"
        case .registeredLetter: return "Lettre recommandée AR"
        case .phone: return "Téléphone"
        case .handover: return "Transmission du dossier"
        }
    }

    public static func channel(_ channel: Interaction.Channel) -> String {
        switch channel {
        case .email: return "E-mail"
        case .letter: return "Courrier simple"
        case .registeredLetter: return "Lettre recommandée AR"
        case .electronicRegisteredLetter: return "Lettre recommandée électronique"
        case .phone: return "Téléphone"
        case .visit: return "Visite"
        case .portal: return "Portail"
        }
    }

    public static func pause(_ reason: PauseReason) -> String {
        switch reason {
        case .none: return ""
        case .dispute: return "Litige"
        case .promise: return "Promesse de paiement"
        case .paymentPlan: return "Échéancier"
        case .insolvency: return "Procédure collective"
        }
    }

    public static func interaction(_ kind: Interaction.Kind) -> String {
        switch kind {
        case .reminder1, .reminder2, .reminder3, .formalNotice: return stage(kind.escalationLevel!)
        case .handover: return "Transmission au contentieux"
        case .call: return "Appel"
        case .email: return "E-mail"
        case .letter: return "Courrier"
        case .meeting: return "Rendez-vous"
        case .reply: return "Réponse"
        case .note: return "Note"
        case .dispute: return "Contestation"
        case .disputeClosed: return "Litige clos"
        case .promise: return "Promesse de paiement"
        case .paymentPlan: return "Échéancier"
        case .acknowledgement: return "Reconnaissance de dette"
        case .delivery: return "Avis de réception"
        }
    }

    public static func direction(_ direction: Interaction.Direction) -> String {
        direction == .outgoing ? "Envoyé" : "Reçu"
    }

    public static func debtorKind(_ kind: Debtor.Kind) -> String {
        kind == .business ? "Professionnel" : "Particulier"
    }

    public static func bucket(_ bucket: AgingBucket) -> String {
        guard let lower = bucket.lower else { return "Non échu" }
        guard let upper = bucket.upper else { return "Plus de \(lower - 1) jours" }
        return "\(lower) à \(upper) jours"
    }

    public static func prescription(_ status: Prescription.Status) -> String {
        switch status {
        case .running: return ""
        case .soon: return "Prescription dans moins de 6 mois"
        case .barred: return "Prescrite — non réclamée"
        }
    }

    public static func ledgerKind(_ kind: LedgerEntry.Kind) -> String {
        switch kind {
        case .invoice: return "Facture"
        case .creditNote: return "Avoir"
        case .payment: return "Règlement"
        }
    }
}
