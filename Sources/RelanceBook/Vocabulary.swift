import RelanceCore

/// The enumerated values of the book: the contract's names, then the French words users write.
enum Vocabulary {
    static let ledgerKinds = Keywords<LedgerEntry.Kind>([
        ("invoice", .invoice), ("facture", .invoice),
        ("credit_note", .creditNote), ("avoir", .creditNote),
        ("payment", .payment), ("règlement", .payment), ("paiement", .payment), ("encaissement", .payment),
    ], expected: ["invoice", "credit_note", "payment"])

    static let documentKinds = Keywords<SupportingDocument.Kind>(
        SupportingDocument.Kind.allCases.map { ($0.rawValue, $0) } + [
            ("contract", .contract), ("quote", .quote), ("purchase_order", .purchaseOrder), ("commande", .purchaseOrder),
            ("conditions_generales", .termsOfSale), ("conditions_générales_de_vente", .termsOfSale),
            ("delivery_note", .deliveryNote), ("bl", .deliveryNote), ("pv_de_reception", .acceptanceReport),
            ("pv_réception", .acceptanceReport), ("extrait_kbis", .companyRegistration), ("relevé_compte", .accountStatement),
            ("relevé_de_compte", .accountStatement), ("other", .other),
        ],
        expected: SupportingDocument.Kind.allCases.map(\.rawValue)
    )

    static let insolvencyKinds = Keywords<Insolvency.Kind>(
        Insolvency.Kind.allCases.map { ($0.rawValue, $0) } + [
            ("procédure_de_sauvegarde", .safeguard), ("safeguard", .safeguard), ("sauvegarde_accélérée", .safeguard),
            ("redressement_judiciaire", .receivership), ("rj", .receivership), ("receivership", .receivership),
            ("liquidation_judiciaire", .liquidation), ("lj", .liquidation),
        ],
        expected: Insolvency.Kind.allCases.map(\.rawValue)
    )

    static let debtorKinds = Keywords<Debtor.Kind>([
        ("business", .business), ("entreprise", .business), ("professionnel", .business), ("société", .business),
        ("consumer", .consumer), ("particulier", .consumer), ("consommateur", .consumer),
    ], expected: ["business", "consumer"])

    static let segments = Keywords<Debtor.Segment>([
        ("strategic", .strategic), ("stratégique", .strategic),
        ("regular", .regular), ("régulier", .regular), ("habituel", .regular),
        ("new", .new), ("nouveau", .new),
    ], expected: ["strategic", "regular", "new"])

    static let interactionKinds = Keywords<Interaction.Kind>(
        Interaction.Kind.allCases.map { ($0.rawValue, $0) } + [
            ("relance_1", .reminder1), ("relance_2", .reminder2), ("relance_3", .reminder3),
            ("mise_en_demeure", .formalNotice), ("transmission", .handover), ("contentieux", .handover),
            ("appel", .call), ("e_mail", .email), ("courriel", .email), ("courrier", .letter),
            ("rendez_vous", .meeting), ("réunion", .meeting), ("réponse", .reply),
            ("litige", .dispute), ("contestation", .dispute), ("litige_clos", .disputeClosed),
            ("fin_litige", .disputeClosed), ("promesse", .promise), ("échéancier", .paymentPlan),
            ("reconnaissance", .acknowledgement), ("reconnaissance_de_dette", .acknowledgement),
            ("avis_de_reception", .delivery), ("accuse_de_reception", .delivery), ("distribution", .delivery),
        ],
        expected: Interaction.Kind.allCases.map(\.rawValue)
    )

    static let channels = Keywords<Interaction.Channel>(
        Interaction.Channel.allCases.map { ($0.rawValue, $0) } + [
            ("e_mail", .email), ("courriel", .email), ("courrier", .letter), ("lettre", .letter),
            ("recommandé", .registeredLetter), ("lettre_recommandée", .registeredLetter), ("lrar", .registeredLetter),
            ("lre", .electronicRegisteredLetter), ("recommandé_électronique", .electronicRegisteredLetter),
            ("téléphone", .phone), ("visite", .visit), ("portail", .portal),
        ],
        expected: Interaction.Channel.allCases.map(\.rawValue)
    )

    static let directions = Keywords<Interaction.Direction>([
        ("out", .outgoing), ("sortant", .outgoing), ("outgoing", .outgoing),
        ("in", .incoming), ("entrant", .incoming), ("incoming", .incoming),
    ], expected: ["out", "in"])
}
