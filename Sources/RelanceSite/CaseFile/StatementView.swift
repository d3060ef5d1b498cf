import RelanceLayout
import RelanceCore

/// The décompte (decompte.html): every figure of `CaseStatement`, formatted. The statement checked
/// on construction that the figures add up; this only writes them down.
enum StatementView {
    static func value(_ c: CaseFileContext) -> LayoutValue {
        ["header": CaseHeaderView.value(c, current: .statement), "statements": .list([statement(c)])]
    }

    /// The décompte's figures, on its page or as a section of the debtor's one page.
    static func statement(_ c: CaseFileContext) -> LayoutValue {
        let s = c.statement
        let business = c.debtor.kind == .business
        return [
            "as_of": .text(FrenchFormat.longDate(s.asOf)),
            "invoices": .list(s.invoices.map { invoice($0, business: business, rates: c.r.book.rates, settings: c.r.book.penalties) }),
            "totals": [
                "principal": .text(FrenchFormat.money(s.principal)),
                "penalties": .text(FrenchFormat.money(s.penalties + s.settledPenalties)),
                "indemnities": .text(FrenchFormat.money(s.indemnities + s.settledIndemnities)),
                "total": .text(FrenchFormat.money(s.total)),
            ],
            "settled_late": .list(s.settledLate.map { settledLate($0, rates: c.r.book.rates, settings: c.r.book.penalties) }),
            "barred": .list(s.barred.map { barred in
                [
                    "reference": .text(barred.reference),
                    "date": .text(FrenchFormat.shortDate(barred.date)),
                    "due": .text(FrenchFormat.shortDate(barred.dueDate)),
                    "balance": .text(FrenchFormat.money(barred.balance)),
                    "last_day": .text(FrenchFormat.shortDate(barred.lastDay)),
                ]
            }),
            "barred_total": .text(FrenchFormat.money(s.barredPrincipal)),
            "daily_accrual": LayoutValue(dailyAccrual(c).map { "Puis \(FrenchFormat.money($0)) par jour à compter du lendemain de la date d'arrêté, jusqu'à parfait paiement (solde échu × taux en vigueur / 365)." }),
            "has_claim": .flag(!s.invoices.isEmpty || !s.settledLate.isEmpty),
            "penalties_label": .text(business ? "Pénalités de retard" : "Intérêts au taux légal"),
            "computed_through": LayoutValue(s.computedThrough.map {
                "Un taux manque à la table : pénalités arrêtées au \(FrenchFormat.longDate($0)) (voir les avertissements de la génération)."
            }),
            "unallocated": LayoutValue(s.unallocated.isPositive ? FrenchFormat.money(s.unallocated) : nil),
            "net": LayoutValue(s.unallocated.isPositive && !s.net.isNegative ? FrenchFormat.money(s.net) : nil),
            "credit_left": LayoutValue(s.unallocated.isPositive && s.net.isNegative ? FrenchFormat.money(.zero - s.net) : nil),
            "business": .flag(business),
            "consumer": .flag(!business),
            "rate_rule": .text(rateRule(c.r.book.penalties)),
            "interest_start": LayoutValue(business ? nil : interestStart(c)),
            "insolvency_note": LayoutValue(c.debtor.proceedings(on: c.r.asOf).map { insolvency in
                "\(business ? "Pénalités arrêtées" : "Intérêts arrêtés") au \(FrenchFormat.shortDate(insolvency.lastInterestDay)), veille du jugement d'ouverture \(insolvency.kind.ofThe) (art. L622-28 C. com.)."
            }),
            "indemnity_each": .text(FrenchFormat.money(c.r.book.penalties.indemnity)),
        ]
    }

    private static func invoice(_ i: CaseStatement.InvoiceLines, business: Bool, rates: RateTable, settings: PenaltySettings) -> LayoutValue {
        [
            "reference": .text(i.reference),
            "title": .text(i.isInvoice ? "Facture n°" : "Débit hors facture n°"),
            "due_word": .text(i.isInvoice ? "échue" : "exigible"),
            "principal_label": .text(i.isInvoice ? "Montant de la facture (TTC)" : "Montant du débit"),
            "total_label": .text(i.isInvoice ? "Total dû au titre de la facture" : "Total dû au titre du débit"),
            "label": LayoutValue(i.label),
            "date": .text(FrenchFormat.shortDate(i.date)),
            "due": .text(FrenchFormat.shortDate(i.dueDate)),
            "principal": .text(FrenchFormat.money(i.principal)),
            "settlements": .list(i.settlements.map { s in
                [
                    "what": .text("\(FrenchLabels.ledgerKind(s.kind)) \(s.reference)"
                        + (s.receivedOn.map { " du \(FrenchFormat.shortDate($0)), imputé à l'émission de la facture" } ?? "")),
                    "date": .text(FrenchFormat.shortDate(s.date)),
                    "amount": .text(FrenchFormat.money(-s.amount)),
                ]
            }),
            "balance": .text(FrenchFormat.money(i.balance)),
            "penalty_lines": penaltyLines(i.penalties, rates: rates, settings: settings),
            "no_penalty": LayoutValue(i.penalties.lines.isEmpty ? noPenaltyReason(i.penalties.basis) : nil),
            "penalties": .text(FrenchFormat.money(i.penaltyTotal)),
            "indemnity": .text(FrenchFormat.money(i.indemnity)),
            "business": .flag(business),
            "total": .text(FrenchFormat.money(i.total)),
            "disputed": .flag(i.disputed),
            "computed_through": LayoutValue(i.penalties.missingHalfYear.map {
                "Taux du semestre \($0) inconnu : pénalités arrêtées au \(FrenchFormat.longDate(i.penalties.computedThrough))."
            }),
        ]
    }

    /// What runs on per day after the build date: on the overdue claimed balances whose penalties
    /// or interest run (a consumer's only once a formal notice was sent).
    private static func dailyAccrual(_ c: CaseFileContext) -> Money? {
        // Collective proceedings stopped interest and penalties at the opening judgment (L622-28).
        if c.debtor.proceedings(on: c.r.asOf) != nil { return nil }
        let running = c.statement.invoices.filter { invoice in
            invoice.dueDate < c.r.asOf && invoice.penalties.basis.accrues
        }
        guard !running.isEmpty else { return nil }
        return DailyAccrual.amount(balances: running.map(\.balance), debtorKind: c.debtor.kind,
                                   calculator: c.r.penaltyCalculator, on: c.r.asOf)
    }

    private static func settledLate(_ i: CaseStatement.SettledLateLines, rates: RateTable, settings: PenaltySettings) -> LayoutValue {
        [
            "reference": .text(i.reference),
            "due": .text(FrenchFormat.shortDate(i.dueDate)),
            "settled_on": .text(FrenchFormat.shortDate(i.settledOn)),
            "days": .text(FrenchFormat.integer(i.daysLate)),
            "penalty_lines": penaltyLines(i.penalties, rates: rates, settings: settings),
            "penalties": .text(FrenchFormat.money(i.penalties.total)),
            "indemnity": .text(FrenchFormat.money(i.indemnity)),
            "total": .text(FrenchFormat.money(i.total)),
        ]
    }

    /// One row per stretch: from, to, days, balance, rate, amount.
    private static func penaltyLines(_ penalties: PenaltyComputation, rates: RateTable, settings: PenaltySettings) -> LayoutValue {
        .list(penalties.lines.map { line in
            [
                "rate_basis": LayoutValue(rateMakeUp(line, basis: penalties.basis, raised: penalties.raisedToFloor, rates: rates, settings: settings)),
                "from": .text(FrenchFormat.shortDate(line.from)),
                "to": .text(FrenchFormat.shortDate(line.to)),
                "days": .text(FrenchFormat.integer(line.days)),
                "balance": .text(FrenchFormat.money(line.balance)),
                "rate": .text(FrenchFormat.percent(line.rate)),
                "amount": .text(FrenchFormat.money(line.amount)),
            ]
        })
    }

    /// What the rate of a line is made of: « taux BCE 2,15 % + 10 points », « 3 × taux légal 6,65 % »…
    private static func rateMakeUp(_ line: PenaltyLine, basis: PenaltyComputation.Basis, raised: [HalfYear],
                                   rates: RateTable, settings: PenaltySettings) -> String? {
        let halfYear = HalfYear(containing: line.from)
        let row = rates[halfYear]
        switch basis {
        case .businessPenalties:
            switch settings.rate {
            case .statutory: return row?.ecb.map { "taux BCE \(FrenchFormat.percent($0)) + 10 points" }
            case .contractual:
                return raised.contains(halfYear) ? row?.legalOther.map { "plancher : 3 × taux légal \(FrenchFormat.percent($0))" } : "taux contractuel"
            }
        case .consumerLegalInterest: return "taux légal du semestre"
        case .none, .notAnInvoice: return nil
        }
    }

    private static func noPenaltyReason(_ basis: PenaltyComputation.Basis) -> String {
        switch basis {
        case .none: return "Aucun intérêt : pas encore de mise en demeure (débiteur particulier)."
        case .businessPenalties, .consumerLegalInterest: return "Aucun jour de retard à la date d'arrêté."
        case .notAnInvoice:
            return "Ni pénalités ni indemnité forfaitaire : ce débit n'est pas une facture (art. L441-10 et D441-5 C. com.)."
                + " Rattachez-le à la facture qu'il concerne pour les réclamer."
        }
    }

    /// A consumer's interest runs from the day after the mise en demeure was received: that day set
    /// against its avis de réception, or against the sending when no delivery is known.
    private static func interestStart(_ c: CaseFileContext) -> String? {
        guard let notice = c.state.interactions.first(where: { $0.kind == .formalNotice && $0.direction == .outgoing }) else { return nil }
        let sent = "Mise en demeure envoyée le \(FrenchFormat.shortDate(notice.day))"
        guard let delivered = notice.deliveredOn else {
            return "\(sent) ; sa réception n'est pas établie (aucun avis de réception au dossier) : intérêts comptés à compter du "
                + "\(FrenchFormat.shortDate(notice.day + 1)), lendemain de l'envoi, à défaut de mieux."
        }
        let receipts = c.exhibits.exhibits.filter { exhibit in
            switch exhibit.source {
            case .receipt(_, _, let letter): return letter.sequence == notice.sequence
            case .proof(_, let line): return line.sequence == notice.sequence && ExhibitWording.title(exhibit).contains("avis de réception")
            default: return false
            }
        }.map { "pièce n° \($0.number)" }
        let proof = receipts.isEmpty ? "" : " (avis de réception, \(receipts.joined(separator: ", ")))"
        return "\(sent), reçue le \(FrenchFormat.shortDate(delivered))\(proof) : intérêts à compter du \(FrenchFormat.shortDate(delivered + 1))."
    }

    private static func rateRule(_ settings: PenaltySettings) -> String {
        switch settings.rate {
        case .statutory:
            return "taux de refinancement de la Banque centrale européenne majoré de 10 points"
        case .contractual(let rate):
            return "taux contractuel de \(FrenchFormat.percent(rate)) l'an, relevé au plancher de trois fois le taux d'intérêt légal lorsqu'il lui est inférieur"
        }
    }
}
