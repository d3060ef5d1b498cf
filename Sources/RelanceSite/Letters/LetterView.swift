import RelanceLayout
import RelanceCore

/// The values of one letter, shared by the letter's own page, the print batch and the e-mail.
/// `base` leads from the page being written to the invoice PDFs the letter encloses
/// (`SitePaths.Letters.enclosuresBase` from the pages of letters/; "" in an e-mail, whose
/// attachments go by their own names).
enum LetterView {
    static func value(_ letter: Letter, book: Book, base: String) -> LayoutValue {
        .object(fields(letter, book: book, base: base))
    }

    /// The invoice files the letter encloses; `base` leads from the page to them.
    static func attachments(_ letter: Letter, book: Book, base: String) -> LayoutValue {
        .list(letter.enclosedFiles(book.invoiceFiles).map { file -> LayoutValue in
            let name = SitePaths.Letters.attachmentName(file.bookPath)
            return ["name": .text("Facture n° \(file.invoice) (\(name))"), "href": .text(base + name)]
        })
    }

    /// The letter's values as fields the caller owns, so that a caller adding or replacing
    /// one (the regenerated copy's attachments) does not copy the others.
    static func fields(_ letter: Letter, book: Book, base: String) -> LayoutFields {
        let creditor = book.creditor
        let debtor = letter.debtor
        let consumer = letter.isConsumer
        let history = letter.history.map { step -> LayoutValue in
            [
                "date": .text(FrenchFormat.longDate(step.day)),
                "what": .text(LetterWording.step(step)),
                "summary": LayoutValue(step.summary.flatMap { $0.isEmpty ? nil : $0 }),
                "tracking": LayoutValue(step.tracking.map { "n° \($0)" }),
            ]
        }
        let firstReminder = letter.history.last { $0.kind == .reminder1 }
        let value: LayoutValue = [
            "reference": .text(letter.reference),
            "subject": .text(LetterWording.subject(letter)),
            "level": .text(LetterWording.level(letter.level)),
            "is_reminder_1": .flag(letter.level == .reminder1),
            "is_reminder_2": .flag(letter.level == .reminder2),
            "is_reminder_3": .flag(letter.level == .reminder3),
            "is_formal_notice": .flag(letter.level == .formalNotice),
            "registered": .flag(letter.isRegistered),
            "by_email": .flag(letter.channel == .email),
            // Set on the e-mail copy of a posted letter only (`LettersBuilder.writeEmail`).
            "email_copy": .absent,
            "tracking": LayoutValue(letter.tracking),
            "channel": .text(FrenchLabels.channel(letter.channel)),
            "place_date": .text(creditor.city.map { "\($0), le \(FrenchFormat.longDate(letter.date))" }
                ?? "Le \(FrenchFormat.longDate(letter.date))"),
            "creditor": creditorValue(creditor),
            "recipient": recipientValue(debtor),
            "customer_id": .text(debtor.id),
            "date_short": .text(FrenchFormat.shortDate(letter.date)),
            "invoices": .list(letter.invoices.map(invoiceRow)),
            "several": .flag(letter.invoices.count > 1),
            "invoice_numbers": .text(letter.invoices.map(\.reference).joined(separator: ", ")),
            "principal": .text(FrenchFormat.money(letter.principal)),
            "penalties": .text(FrenchFormat.money(letter.penalties)),
            "indemnities": .text(FrenchFormat.money(letter.indemnities)),
            "total": .text(FrenchFormat.money(letter.total)),
            "open_total": .text(FrenchFormat.money(letter.openInvoicesTotal)),
            "settled_late": .list(letter.settledLate.map(settledLateRow)),
            "has_settled_late": .flag(!letter.settledLate.isEmpty),
            "settled_late_penalties": .text(FrenchFormat.money(letter.settledLatePenalties)),
            "settled_late_indemnities": .text(FrenchFormat.money(letter.settledLateIndemnities)),
            "credit_set_off": LayoutValue(letter.creditSetOff.isPositive ? FrenchFormat.money(.zero - letter.creditSetOff) : nil),
            "business": .flag(!consumer),
            "consumer": .flag(consumer),
            "claims_penalties": .flag(letter.claimsPenalties),
            "business_penalties": .flag(!consumer && letter.claimsPenalties),
            "claimed_interest": .flag(consumer && letter.penalties.isPositive && letter.claimsPenalties),
            "states_penalties": .flag(!letter.claimsPenalties && !consumer),
            "may_be_oversight": .flag(letter.mayBeOversight),
            "recap": .list(LetterFactsWording.recap(letter)),
            // Where the history list already says it (one invoice, every step covering it), the
            // per-invoice recap would repeat it.
            "recap_needed": .flag(letter.invoices.count > 1 || letter.facts.recap.contains(where: \.isNewlyDue)),
            "answers": .list(LetterFactsWording.answers(letter)),
            "unanswered": .flag(letter.unanswered),
            "offer_plan": .flag(!letter.facts.afterBrokenPlan),
            "daily_accrual": LayoutValue(letter.dailyAccrual.map(FrenchFormat.money)),
            "has_interest": .flag(consumer && letter.penalties.isPositive),
            "indemnity_each": .text(FrenchFormat.money(book.penalties.indemnity)),
            "penalty_rate": .text(penaltyRate(book.penalties)),
            "computed_through": LayoutValue(letter.penaltiesComputedThrough.map(FrenchFormat.longDate)),
            "deadline": LayoutValue(letter.paymentDeadline.map(FrenchFormat.longDate)),
            "notice_days": LayoutValue(letter.noticeDeadlineDays.map { "\($0) jours" }),
            "history": .list(history),
            "has_history": .flag(!history.isEmpty),
            "history_started": LayoutValue(letter.historyStartedOn.map(FrenchFormat.longDate)),
            "first_reminder": firstReminder.map { step in
                [
                    "date": .text(FrenchFormat.longDate(step.day)),
                    "channel": .text(step.channel.map { FrenchLabels.channel($0).lowercasedFirst } ?? "courrier"),
                ]
            } ?? .absent,
            "route": .text(LetterWording.route(letter.route, debtor: debtor, on: letter.date)),
            "small_claim": .flag(letter.route == .simplifiedProcedure),
            "attachments": attachments(letter, book: book, base: base),
        ]
        guard case .object(let fields) = value else { return [:] }
        return fields
    }

    private static func creditorValue(_ creditor: Creditor) -> LayoutValue {
        guard case .object(var value) = CreditorView.value(creditor) else { return .absent }
        value["address_lines"] = .list(creditor.address.map(LayoutValue.text))
        value["phone"] = LayoutValue(creditor.phone)
        value["email"] = LayoutValue(creditor.email)
        value["iban"] = LayoutValue(creditor.iban)
        value["bic"] = LayoutValue(creditor.bic)
        value["signatory"] = LayoutValue(creditor.signatory)
        value["siren"] = LayoutValue(creditor.siren)
        return .object(value)
    }

    /// Name, attention line, then the postal lines.
    private static func recipientValue(_ debtor: Debtor) -> LayoutValue {
        let lines = PostalAddress.lines(of: debtor)
        return [
            "name": .text(debtor.name),
            "attention": LayoutValue(debtor.contact.flatMap { $0.isEmpty ? nil : "À l'attention de \($0)" }),
            "lines": .list(lines.map(LayoutValue.text)),
            "email": LayoutValue(debtor.email),
            "siren": LayoutValue(debtor.siren),
            "address": .text(lines.joined(separator: ", ")),
        ]
    }

    private static func invoiceRow(_ invoice: InvoiceState) -> LayoutValue {
        let entry = invoice.account.entry
        let settled = entry.amount - invoice.outstanding
        return [
            "reference": .text(entry.reference),
            "date": .text(FrenchFormat.shortDate(entry.date)),
            "due": .text(FrenchFormat.shortDate(invoice.dueDate)),
            "amount": .text(FrenchFormat.money(entry.amount)),
            "settled": .text(FrenchFormat.money(settled)),
            "balance": .text(FrenchFormat.money(invoice.outstanding)),
            "days": .text(FrenchFormat.integer(invoice.daysPastDue)),
            "penalties": .text(FrenchFormat.money(invoice.penalties.total)),
        ]
    }

    private static func settledLateRow(_ invoice: SettledLateInvoice) -> LayoutValue {
        [
            "reference": .text(invoice.reference),
            "due": .text(FrenchFormat.shortDate(invoice.dueDate)),
            "settled_on": .text(FrenchFormat.shortDate(invoice.settledOn)),
            "days": .text(FrenchFormat.integer(invoice.daysLate)),
            "penalties": .text(FrenchFormat.money(invoice.penalties.total)),
            "indemnity": .text(FrenchFormat.money(invoice.indemnity)),
        ]
    }

    private static func penaltyRate(_ settings: PenaltySettings) -> String {
        switch settings.rate {
        case .statutory:
            return "au taux de refinancement de la Banque centrale européenne majoré de 10 points"
        case .contractual(let rate):
            return "au taux contractuel de \(FrenchFormat.percent(rate)) l'an"
        }
    }
}
