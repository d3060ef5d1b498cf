/// The « pièces à fournir » of a case file: what a court expects and the book does not hold yet.
/// Listed unnumbered under the bordereau, and named by the recommended route until none is left.
public struct MissingDocuments: Sendable {
    public enum Item: Hashable, Sendable {
        /// A claimed invoice without its PDF under attachments/invoices/.
        case invoicePDF(reference: String)
        /// No contract, quote or order supports these claimed invoices.
        case agreement(invoices: [String])
        /// No delivery note or acceptance report supports these claimed invoices.
        case delivery(invoices: [String])
        /// A contractual penalty rate is claimed: the terms of sale that stipulate it.
        case termsOfSale
        /// A mise en demeure sent by registered letter whose avis de réception is not on file: no
        /// `delivery` line with a proof acknowledges it, and its own line gives no delivery date with
        /// a proof (the AR logged with the letter).
        case formalNoticeReceipt(line: Interaction)
    }

    public let items: [Item]

    public var isComplete: Bool { items.isEmpty }

    public init(state: DebtorState, invoiceFiles: [String: String], documents: [SupportingDocument],
                otherDebts: Set<String>, contractualRate: Bool) {
        let own = documents.filter { $0.debtorID == state.id }
        let claimed = ExhibitList.claimedInvoices(state, otherDebts: otherDebts).map(\.reference)
        var items: [Item] = claimed.filter { invoiceFiles[$0] == nil }.map { .invoicePDF(reference: $0) }
        let unagreed = claimed.filter { invoice in !own.contains { $0.kind.isAgreement && $0.concerns(invoice) } }
        if !unagreed.isEmpty { items.append(.agreement(invoices: unagreed)) }
        let undelivered = claimed.filter { invoice in !own.contains { $0.kind.isDelivery && $0.concerns(invoice) } }
        if !undelivered.isEmpty { items.append(.delivery(invoices: undelivered)) }
        if contractualRate && !own.contains(where: { $0.kind == .termsOfSale }) { items.append(.termsOfSale) }
        for notice in state.interactions where notice.kind == .formalNotice && notice.direction == .outgoing {
            switch notice.channel {
            case .registeredLetter, .electronicRegisteredLetter, nil: break
            default: continue
            }
            let acknowledged = (notice.deliveredOn != nil && !notice.proofs.isEmpty)
                || state.interactions.contains { $0.sequence > notice.sequence && !$0.proofs.isEmpty && DeliveryRecords.designates($0, notice) }
            if !acknowledged { items.append(.formalNoticeReceipt(line: notice)) }
        }
        self.items = items
    }
}
