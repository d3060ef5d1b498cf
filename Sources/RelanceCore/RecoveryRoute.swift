/// The judicial route after a mise en demeure (assets/docs/legal-rules.md §7): the simplified procedure for small
/// claims up to 5 000 € in principal and interest (the 40 € indemnities are not counted), otherwise
/// an injonction de payer before the court the debtor's kind decides.
public enum RecoveryRoute: String, Sendable {
    /// Procédure simplifiée de recouvrement des petites créances (L125-1 CPCE), by a commissaire de justice.
    case simplifiedProcedure = "simplified_procedure"
    /// Injonction de payer, président du tribunal de commerce (a business debtor is taken to be a trader).
    case injunctionCommercialCourt = "injunction_commercial_court"
    /// Injonction de payer, tribunal judiciaire (consumers, non-trading debtors).
    case injunctionJudicialCourt = "injunction_judicial_court"

    /// 5 000,00 €: the ceiling of the simplified procedure (R125-1 CPCE), inclusive.
    public static let smallClaimCeiling = Money(minorUnits: 500_000)

    /// `principalAndInterest`: balances plus penalties or interest, without the fixed indemnities.
    public static func recommend(principalAndInterest: Money, debtorKind: Debtor.Kind) -> RecoveryRoute {
        if principalAndInterest <= smallClaimCeiling { return .simplifiedProcedure }
        return debtorKind == .business ? .injunctionCommercialCourt : .injunctionJudicialCourt
    }
}
