import RelanceCore

/// When a claim must be declared in collective proceedings, said the same way on the dashboard, the
/// cover and the déclaration: two months from the BODACC publication (R622-24); once that has
/// passed, relief from the forfeiture asked of the juge-commissaire within six months of it
/// (L622-26); after that, the claim can no longer be set against the proceedings.
public enum DeclarationDeadlineWording {
    /// « au plus tard le 10 juin 2026, deux mois après … », or what is left once it has passed.
    public static func deadline(_ insolvency: Insolvency, asOf: Day) -> String {
        guard let deadline = insolvency.declarationDeadline, let relief = insolvency.reliefDeadline else {
            return "dans les deux mois de la publication du jugement au BODACC (art. R622-24 C. com.) : "
                + "date de publication à renseigner (colonne bodacc_published_on de debtors.csv)"
        }
        if asOf <= deadline {
            return "au plus tard le \(FrenchFormat.longDate(deadline)), deux mois après la publication du jugement au BODACC "
                + "(art. R622-24 C. com.)"
        }
        if asOf <= relief {
            return "hors délai : le délai de déclaration a expiré le \(FrenchFormat.longDate(deadline)) (art. R622-24 C. com.) ; "
                + "la créance n'est admise que si le juge-commissaire relève le créancier de la forclusion, sur une requête "
                + "déposée au plus tard le \(FrenchFormat.longDate(relief)), six mois après la publication du jugement au BODACC, "
                + "en établissant que la défaillance n'est pas due au créancier (art. L622-26 C. com.)"
        }
        return "hors délai : le délai de déclaration a expiré le \(FrenchFormat.longDate(deadline)) et celui du relevé de "
            + "forclusion le \(FrenchFormat.longDate(relief)) (art. L622-26 C. com.) : la créance n'est plus opposable à la procédure"
    }

    /// For the build's console: « déclarer la créance au plus tard le 2026-06-10 », or the relief.
    public static func console(_ insolvency: Insolvency, asOf: Day) -> String {
        guard let deadline = insolvency.declarationDeadline, let relief = insolvency.reliefDeadline else {
            return "déclarer la créance dans les 2 mois de la publication au BODACC (date à renseigner)"
        }
        if asOf <= deadline { return "déclarer la créance au plus tard le \(deadline.iso)" }
        if asOf <= relief {
            return "délai de déclaration expiré le \(deadline.iso) : relevé de forclusion à demander au juge-commissaire au plus tard le \(relief.iso)"
        }
        return "délais de déclaration (\(deadline.iso)) et de relevé de forclusion (\(relief.iso)) expirés"
    }
}
