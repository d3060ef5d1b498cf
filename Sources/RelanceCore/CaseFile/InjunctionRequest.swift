/// When a case file carries a ready-to-file requête en injonction de payer (CPC 1405–1425): once
/// the mise en demeure has gone unanswered — its deadline past, counted from its delivery, else its
/// sending — or the file was handed over; and only for a claim a judge can grant as it stands:
/// something exigible, no payment plan running (art. 1305 C. civ.), nothing in dispute (an
/// injonction is for claims that are not contested).
public enum InjunctionRequest {
    /// The mise en demeure whose deadline has passed, if any.
    public static func expiredNotice(_ state: DebtorState, policy: CollectionPolicy, asOf: Day) -> Interaction? {
        state.interactions.first { line in
            line.kind == .formalNotice && line.direction == .outgoing
                && (line.deliveredOn ?? line.day) + policy.noticeDeadline < asOf
        }
    }

    /// Why no requête is drawn up for this debtor; nil when it is.
    public static func refusal(_ state: DebtorState, claim: CaseClaim, policy: CollectionPolicy, asOf: Day) -> String? {
        if state.paused == .insolvency {
            return "le débiteur est en procédure collective : les poursuites individuelles sont interdites (art. L622-21 C. com.) ; déclarez la créance"
        }
        guard state.stage == .handedOver || expiredNotice(state, policy: policy, asOf: asOf) != nil else {
            return "la mise en demeure n'a pas été envoyée, ou son délai n'est pas expiré"
        }
        guard claim.underPlan == nil else { return "un échéancier est en cours (art. 1305 C. civ.)" }
        guard claim.hasClaim else { return "rien n'est exigible" }
        guard !state.disputed.isPositive else { return "des factures sont contestées : à résoudre ou à écarter avant toute requête" }
        return nil
    }
}
