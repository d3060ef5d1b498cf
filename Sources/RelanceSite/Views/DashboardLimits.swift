/// How much the dashboard shows, so that it opens in a couple of seconds whatever the size of the
/// book; whatever it leaves out is on the paged lists it links to (`lists/`).
enum DashboardLimits {
    /// Up to this many debtors the dashboard lists them all, sortable by any column, and no list
    /// pages are written: a small book reads best on one page.
    static let fullTable = 200
    /// Beyond, the dashboard shows the largest balances and links to the complete lists.
    static let topDebtors = 50
    /// The most urgent actions of each kind in each window (late, this week, next week).
    static let actionsPerKind = 10
    /// The first debtors of each end-of-schedule list (notice expired, handed over); the others
    /// are on the debtor lists, by stage.
    static let endOfSchedule = 20
    /// The first rows a `--keep-going` build rejected; all of them are in summary.json.
    static let rejectedRows = 100
    /// The first alerts, most urgent first (the order of the build's warnings).
    static let warnings = 20
}
