/// The layouts the site renders, each named once. `SiteBuilder` loads them all before rendering
/// anything, so that a layout error is found by `check` and by every build, whichever pages the
/// book needs (the paged lists of a large book, the deposit list of registered letters).
public enum SiteLayouts {
    public static let dashboard = "dashboard.html"
    public static let debtorList = "lists/debtors.html"
    public static let actionList = "lists/actions.html"
    public static let warningList = "lists/warnings.html"
    public static let caseCover = "debtor.html"
    public static let statement = "case/decompte.html"
    public static let chronology = "case/chronologie.html"
    public static let exhibitList = "case/bordereau.html"
    public static let regeneratedLetter = "case/regenerated-letter.html"
    public static let letter = "letters/letter.html"
    public static let email = "letters/email.html"
    public static let letterBatch = "letters/batch.html"
    public static let depositList = "letters/deposit-list.html"
    public static let lettersIndex = "letters/index.html"

    public static let all = [
        dashboard, debtorList, actionList, warningList, caseCover, statement, chronology, exhibitList, regeneratedLetter,
        letter, email, letterBatch, depositList, lettersIndex,
    ]
}
