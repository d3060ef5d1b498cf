/// The fixed windows of the collection rules, named once (assets/docs/book-format.md and README,
/// "Letters"): what the code compares with a number of days, and why.
public enum PolicyWindows {
    /// Actions are listed up to the build date + 13 days: this week and next (assets/docs/book-format.md, `actions`).
    public static let actionDays = 13
    /// The dashboard's "this week": the build date + 6 days; "next week" runs to `actionDays`.
    public static let weekDays = 6
    /// Prescription is "soon" within six months of the last day to act.
    public static let prescriptionAlertMonths = 6
    /// DSO: outstanding ÷ the amount invoiced over this many days up to the build date × this many.
    public static let salesOutstandingDays = 90
    /// A first reminder may assume an oversight only for invoices at most this many days late.
    public static let oversightDays = 60
}
