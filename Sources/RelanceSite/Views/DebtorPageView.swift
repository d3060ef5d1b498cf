import RelanceCore

/// The values of a debtor's page (output/debtors/<slug>/index.html): who, what is owed, what happened.
enum DebtorPageView {
    static func value(_ d: DebtorState, in r: Receivables) -> LayoutValue {
        let debtor = d.debtor
        let ledger = r.book.ledger
        let addressLines = [debtor.address1, debtor.address2,
                            [debtor.postcode, debtor.city?.uppercased()].compactMap { $0 }.joined(separator: " "),
                            debtor.country == "FR" ? nil : debtor.country]
            .compactMap { $0 }.filter { !$0.isEmpty }
        return [
            "creditor": CreditorView.value(r.book.creditor),
            "as_of": .text(FrenchFormat.longDate(r.asOf)),
            "debtor": [
                "id": .text(debtor.id),
                "name": .text(debtor.name),
                "kind": .text(FrenchLabels.debtorKind(debtor.kind)),
                "siren": LayoutValue(debtor.siren),
                "contact": LayoutValue(debtor.contact),
                "address": .list(addressLines.map(LayoutValue.text)),
                "no_address": .flag(!debtor.hasPostalAddress),
                "email": LayoutValue(debtor.email),
                "email_link": LayoutValue(debtor.email.map { "mailto:\($0)" }),
                "phone": LayoutValue(debtor.phone),
            ],
            "figures": [
                "outstanding": .text(FrenchFormat.money(d.outstanding)),
                "overdue": .text(FrenchFormat.money(d.overdue)),
                "disputed": .text(FrenchFormat.money(d.disputed)),
                "penalties": .text(FrenchFormat.money(d.penalties)),
                "indemnities": .text(FrenchFormat.money(d.indemnities)),
                "unallocated": .text(FrenchFormat.money(d.unallocatedTotal)),
                "total_claim": .text(FrenchFormat.money(d.outstanding + d.penalties + d.indemnities)),
                "stage": .text(FrenchLabels.stage(d.stage)),
                "paused": .text(d.paused == .none ? "Aucune" : FrenchLabels.pause(d.paused)),
                "next_action": .text(d.nextAction.map {
                    "\(FrenchLabels.action($0.kind)) le \(FrenchFormat.shortDate($0.on)) (\(FrenchLabels.channel($0.channel)))"
                } ?? "Aucune"),
            ],
            "invoices": .list(d.openInvoices.map { invoiceRow($0, ledger: ledger) }),
            "unallocated": .list(d.unallocated.map { credit in
                let entry = ledger[credit.entryIndex]
                return [
                    "reference": .text(entry.reference),
                    "kind": .text(FrenchLabels.ledgerKind(entry.kind)),
                    "date": .text(FrenchFormat.shortDate(entry.date)),
                    "amount": .text(FrenchFormat.money(credit.amount)),
                ]
            }),
            "commitments": .list(commitments(d)),
            "chronology": .list(d.interactions.map { chronologyRow($0, invoices: r.allocation) }),
        ]
    }

    private static func invoiceRow(_ i: InvoiceState, ledger: [LedgerEntry]) -> LayoutValue {
        let entry = i.account.entry
        let settled = i.account.allocations.map(\.amount).sum()
        return [
            "reference": .text(entry.reference),
            "label": LayoutValue(entry.label),
            "date": .text(FrenchFormat.shortDate(entry.date)),
            "due": .text(FrenchFormat.shortDate(i.dueDate)),
            "amount": .text(FrenchFormat.money(entry.amount)),
            "settled": .text(FrenchFormat.money(settled)),
            "outstanding": .text(FrenchFormat.money(i.outstanding)),
            "days": .text(i.daysPastDue > 0 ? FrenchFormat.integer(i.daysPastDue) : "—"),
            "bucket": .text(FrenchLabels.bucket(i.bucket)),
            "penalties": .text(FrenchFormat.money(i.penalties.total)),
            "indemnity": .text(FrenchFormat.money(i.indemnity)),
            "stage": .text(FrenchLabels.stage(i.stage)),
            "disputed": .flag(i.disputed),
            "prescription": .text(FrenchFormat.shortDate(i.prescription)),
            "prescription_note": .text(FrenchLabels.prescription(i.prescriptionStatus)),
            "prescription_class": .text(i.prescriptionStatus.rawValue),
            "settlements": .list(i.account.allocations.map { a in
                let e = ledger[a.entryIndex]
                return [
                    "kind": .text(FrenchLabels.ledgerKind(e.kind)),
                    "reference": .text(e.reference),
                    "date": .text(FrenchFormat.shortDate(a.date)),
                    "amount": .text(FrenchFormat.money(a.amount)),
                ]
            }),
            "penalty_lines": .list(i.penalties.lines.map { line in
                [
                    "from": .text(FrenchFormat.shortDate(line.from)),
                    "to": .text(FrenchFormat.shortDate(line.to)),
                    "days": .text(FrenchFormat.integer(line.days)),
                    "balance": .text(FrenchFormat.money(line.balance)),
                    "rate": .text(FrenchFormat.percent(line.rate)),
                    "amount": .text(FrenchFormat.money(line.amount)),
                ]
            }),
            "penalty_basis": .text(penaltyBasis(i.penalties)),
            "computed_through": .text(i.penalties.missingHalfYear == nil ? "" :
                "Taux du semestre \(i.penalties.missingHalfYear!) inconnu : arrêté au \(FrenchFormat.longDate(i.penalties.computedThrough))."),
        ]
    }

    private static func penaltyBasis(_ p: PenaltyComputation) -> String {
        switch p.basis {
        case .businessPenalties: return "Pénalités de retard (art. L441-10 C. com.)"
        case .consumerLegalInterest: return "Intérêts au taux légal depuis la mise en demeure (art. 1231-6 C. civ.)"
        case .none: return "Aucun intérêt avant mise en demeure (débiteur particulier)"
        }
    }

    private static func commitments(_ d: DebtorState) -> [LayoutValue] {
        let promiseStatus: [PromiseState.Status: String] = [.active: "en cours", .kept: "tenue", .broken: "non tenue"]
        let planStatus: [PaymentPlanState.Status: String] = [.active: "en cours", .kept: "respecté", .broken: "non respecté"]
        var rows: [LayoutValue] = d.promises.map { p in
            [
                "what": .text("Promesse de paiement du \(FrenchFormat.shortDate(p.interaction.day))"),
                "detail": .text("\(p.interaction.amount.map(FrenchFormat.money) ?? "") pour le \(p.interaction.due.map(FrenchFormat.shortDate) ?? "")"),
                "status": .text(promiseStatus[p.status]!),
                "status_class": .text(p.status.rawValue),
            ]
        }
        rows += d.plans.map { p in
            let parts = p.instalments.map { "\(FrenchFormat.shortDate($0.date)) : \(FrenchFormat.money($0.amount))\($0.metOn == nil ? "" : " ✓")" }
            return [
                "what": .text("Échéancier du \(FrenchFormat.shortDate(p.interaction.day))"),
                "detail": .text(parts.joined(separator: " · ")),
                "status": .text(planStatus[p.status]!),
                "status_class": .text(p.status.rawValue),
            ]
        }
        return rows
    }

    private static func chronologyRow(_ i: Interaction, invoices: LedgerAllocation) -> LayoutValue {
        var date = FrenchFormat.shortDate(i.day)
        if let minutes = i.minuteOfDay {
            let h = minutes / 60, m = minutes % 60
            date += " \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        }
        return [
            "date": .text(date),
            "direction": .text(FrenchLabels.direction(i.direction)),
            "channel": .text(i.channel.map(FrenchLabels.channel) ?? ""),
            "kind": .text(FrenchLabels.interaction(i.kind)),
            "invoices": .text(i.invoices.isEmpty ? "Toutes les factures ouvertes" : i.invoices.joined(separator: ", ")),
            "summary": LayoutValue(i.summary),
            "tracking": LayoutValue(i.tracking),
            "delivered": LayoutValue(i.deliveredOn.map(FrenchFormat.shortDate)),
            "proofs": .list(i.proofs.map(LayoutValue.text)),
        ]
    }
}
