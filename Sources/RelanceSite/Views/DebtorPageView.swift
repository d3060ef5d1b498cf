import RelanceLayout
import RelanceCore

/// The cover of a debtor's case file — the first section of its page (debtors/<slug>.html) and the
/// index of a bundled debtor's folder (debtors/<slug>/index.html): both parties with their
/// identifiers, the claim in one table, the stage, disputes, promises and plans, prescription per
/// invoice, the recommended route and links to the other documents.
enum DebtorPageView {
    /// The cover as a page of the debtor's folder.
    static func value(_ c: CaseFileContext) -> LayoutValue {
        ["header": CaseHeaderView.value(c, current: .cover), "covers": .list([cover(c)])]
    }

    /// What the cover shows, on its page or as a section of the debtor's one page (`c.bundled`
    /// false): the links to the décompte and the chronology follow.
    static func cover(_ c: CaseFileContext) -> LayoutValue {
        let d = c.state
        let debtor = d.debtor
        let ledger = c.r.book.ledger
        let claim = c.claim
        let allocation = c.r.allocation
        let prescriptionAlerts = d.openInvoices.filter { $0.prescriptionStatus != .running }
        return [
            "links": [
                "statement": .text(c.link(to: .statement)),
                "chronology": .text(c.link(to: .chronology)),
                "exhibit_list": .text(c.link(to: .exhibitList)),
                "manifest": .text(c.link(SitePaths.CaseFile.manifest)),
            ],
            "creditor": creditor(c.r.book.creditor),
            "debtor": [
                "id": .text(debtor.id),
                "name": .text(debtor.name),
                "kind": .text(FrenchLabels.debtorKind(debtor.kind)),
                "siren": LayoutValue(debtor.siren),
                "contact": LayoutValue(debtor.contact),
                "address": .list(PostalAddress.lines(of: debtor).map(LayoutValue.text)),
                "no_address": .flag(!debtor.hasPostalAddress),
                "email": LayoutValue(debtor.email),
                "email_link": LayoutValue(debtor.email.map { "mailto:\($0)" }),
                "phone": LayoutValue(debtor.phone),
            ],
            "claim": claimValue(claim, statement: c.statement, asOf: c.r.asOf),
            "figures": [
                "stage": .text(FrenchLabels.stage(d.stage)),
                "paused": .text(d.paused == .none ? "Aucune" : FrenchLabels.pause(d.paused)),
                "next_action": .text(d.nextAction.map {
                    "\(FrenchLabels.action($0.kind)) le \(FrenchFormat.shortDate($0.on)) (\(FrenchLabels.channel($0.channel)))"
                } ?? "Aucune"),
                "disputed": LayoutValue(d.disputed.isPositive ? FrenchFormat.money(d.disputed) : nil),
            ],
            "route": RouteWording.value(claim, disputed: d.disputed, debtor: debtor, asOf: c.r.asOf, missing: c.missing),
            "invoices": .list(d.openInvoices.map(invoiceRow)),
            "prescription": .list((d.openInvoices.map { ($0.reference, $0.prescriptionClock, $0.prescriptionStatus) }
                + d.settledLate.map { ($0.reference, $0.prescriptionClock, Prescription.status(lastDay: $0.prescriptionClock.lastDay, asOf: c.r.asOf)) })
                .map { prescriptionRow(reference: $0.0, clock: $0.1, status: $0.2, ledger: ledger, interactions: d.interactions) }),
            "prescription_alerts": .list(prescriptionAlerts.map { invoice in
                .text("\(invoice.isInvoice ? "Facture" : "Débit hors facture") \(invoice.reference) : \(FrenchLabels.prescription(invoice.prescriptionStatus).lowercasedFirst)"
                    + " (dernier jour pour agir : \(FrenchFormat.shortDate(invoice.prescription))).")
            }),
            "disputes": .list(DisputeRecord.all(in: d, allocation: allocation).map { dispute($0, c) }),
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
            "folder": [
                "bundled": .flag(c.bundled),
                "exhibits": .text(count(c.exhibits.exhibits.count, none: "Aucune pièce", "pièce numérotée", "pièces numérotées")
                    + (c.missing.isComplete ? "" : ", " + count(c.missing.items.count, none: "", "pièce à fournir", "pièces à fournir"))),
                "exchanges": .text(count(d.interactions.count, none: "Aucun échange enregistré", "échange enregistré", "échanges enregistrés")),
                "injunction_href": LayoutValue(c.injunction == nil ? nil : c.link(SitePaths.CaseFile.injunctionRequest)),
                "declaration_href": LayoutValue(c.declaration == nil ? nil : c.link(SitePaths.CaseFile.claimDeclaration)),
                "attestation_href": LayoutValue(c.bundled ? c.link(SitePaths.CaseFile.attestation) : nil),
                "injunction_refusal": LayoutValue(c.injunctionRefusal.map { "Requête en injonction de payer non établie : \($0)." }),
                "zip": .text(SitePaths.CaseFile.zip(slug: c.slug)),
                "pdf": .text(SitePaths.CaseFile.pdf(slug: c.slug)),
                "zip_href": .text(c.link(SitePaths.CaseFile.zip(slug: c.slug))),
                "pdf_href": .text(c.link(SitePaths.CaseFile.pdf(slug: c.slug))),
                "index_href": LayoutValue(c.onDebtorPage && c.bundled ? c.link(SitePaths.CaseFile.cover) : nil),
            ],
        ]
    }

    private static func creditor(_ creditor: Creditor) -> LayoutValue {
        guard case .object(var value) = CreditorView.value(creditor) else { return .absent }
        value["legal_form"] = LayoutValue(creditor.legalForm.map { form in creditor.capital.map { "\(form) au capital de \($0)" } ?? form })
        value["siren"] = LayoutValue(creditor.siren)
        value["rcs"] = LayoutValue(creditor.rcs)
        value["vat"] = LayoutValue(creditor.vat)
        value["address_lines"] = .list(creditor.address.map(LayoutValue.text))
        value["email"] = LayoutValue(creditor.email)
        value["phone"] = LayoutValue(creditor.phone)
        return .object(value)
    }

    private static func claimValue(_ claim: CaseClaim, statement: CaseStatement, asOf: Day) -> LayoutValue {
        [
            "principal_due": .text(FrenchFormat.money(claim.principalDue)),
            "principal_not_due": LayoutValue(claim.principalNotDue.isPositive ? FrenchFormat.money(claim.principalNotDue) : nil),
            "penalties_label": .text(claim.debtorKind == .business
                ? "Pénalités de retard (art. L441-10 C. com.)" : "Intérêts au taux légal (art. 1231-6 C. civ.)"),
            "penalties": .text(FrenchFormat.money(claim.penalties)),
            "business": .flag(claim.debtorKind == .business),
            "indemnities": .text(FrenchFormat.money(claim.indemnities)),
            "total": .text(FrenchFormat.money(claim.total)),
            "plan": LayoutValue(claim.underPlan.map { plan in
                "Échéancier en cours : seules les échéances échues sont réclamées ; \(FrenchFormat.money(plan.notYetExigible)) "
                    + "d'échéances à venir ne sont pas exigibles (art. 1305 C. civ.). Pénalités et indemnités de ces factures "
                    + "(\(FrenchFormat.money(plan.penaltiesHeldBack + plan.indemnitiesHeldBack))) : calculées au décompte, "
                    + "réclamées seulement si l'échéancier n'est pas respecté."
            }),
            "as_of": .text(FrenchFormat.longDate(asOf)),
            "computed_through": LayoutValue(statement.computedThrough.map {
                "Un taux manque : pénalités arrêtées au \(FrenchFormat.longDate($0))."
            }),
            "unallocated": LayoutValue(claim.unallocated.isPositive ? FrenchFormat.money(claim.unallocated) : nil),
            "settled_late": LayoutValue(claim.settledPenalties.isPositive || claim.settledIndemnities.isPositive
                ? FrenchFormat.money(claim.settledPenalties + claim.settledIndemnities) : nil),
            "net": LayoutValue(claim.unallocated.isPositive && !statement.net.isNegative ? FrenchFormat.money(statement.net) : nil),
            "credit_left": LayoutValue(claim.unallocated.isPositive && statement.net.isNegative ? FrenchFormat.money(.zero - statement.net) : nil),
            "barred": LayoutValue(claim.barred.isPositive ? FrenchFormat.money(claim.barred) : nil),
        ]
    }

    /// Where the period starts and every event that restarted it (assets/docs/legal-rules.md §6).
    private static func prescriptionRow(
        reference: String, clock: PrescriptionClock, status: Prescription.Status, ledger: [LedgerEntry], interactions: [Interaction]
    ) -> LayoutValue {
        let restarts = clock.restarts.map { restart -> LayoutValue in
            switch restart.cause {
            case .payment(let entryIndex):
                return .text("Règlement \(ledger[entryIndex].reference) du \(FrenchFormat.shortDate(restart.day)) (art. 2240 C. civ.)")
            case .acknowledgement:
                return .text("Reconnaissance de dette du \(FrenchFormat.shortDate(restart.day)) (art. 2240 C. civ.)")
            }
        }
        return [
            "reference": .text(reference),
            "start": .text(FrenchFormat.shortDate(clock.start)),
            "start_kind": .text(clock.startsAtService ? "achèvement de la prestation" : "date de facture"),
            "years": .text("\(clock.years) ans"),
            "restarts": .list(restarts),
            "last_day": .text(FrenchFormat.shortDate(clock.lastDay)),
            "status": .text(FrenchLabels.prescription(status)),
            "status_class": .text(status.rawValue),
        ]
    }

    private static func invoiceRow(_ i: InvoiceState) -> LayoutValue {
        let entry = i.account.entry
        let settled = i.account.allocations.map(\.amount).sum()
        return [
            "reference": .text(entry.reference),
            "not_invoice": .flag(!i.isInvoice),
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
        ]
    }

    private static func dispute(_ record: DisputeRecord, _ c: CaseFileContext) -> LayoutValue {
        let line = record.line
        let proofs = (c.exhibits.numbersByLine[line.sequence] ?? []).map { number -> LayoutValue in
            ["label": .text("Pièce n° \(number)"), "href": LayoutValue(c.file(of: c.exhibit(number)).map(c.link))]
        }
        return [
            "date": .text(FrenchFormat.shortDate(line.day)),
            "invoices": .text(record.invoices.isEmpty ? "—" : record.invoices.joined(separator: ", ")),
            "summary": LayoutValue(line.summary),
            "status": .text(record.closedBy.map { "Clos le \(FrenchFormat.shortDate($0.day))" + ($0.summary.map { " : \($0)" } ?? "") }
                ?? "En cours"),
            "status_class": .text(record.isOpen ? "broken" : "kept"),
            "open": .flag(record.isOpen),
            "proofs": .list(proofs),
        ]
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

    private static func count(_ n: Int, none: String, _ one: String, _ many: String) -> String {
        n == 0 ? none : "\(FrenchFormat.integer(n)) \(n == 1 ? one : many)"
    }
}
