import RelanceLayout
import RelanceCore

/// What the dashboard and its list pages share, derived once per build from the receivables:
/// the debtors' names, the letters of the actions, the action windows, the debtor orders and
/// which paged lists exist.
struct DashboardContext: Sendable {
    let r: Receivables
    let names: [String: String]
    let letters: LetterLookup
    let actions: ActionGroups
    let endOfSchedule: EndOfSchedule
    /// Positions in `r.debtors`, largest outstanding first.
    let ranking: [Int]
    /// Both orders of the complete debtor lists; nil when the dashboard shows every debtor.
    let order: DebtorOrder?
    let debtorsByBalance: PagedList?
    let debtorsByName: PagedList?
    /// The complete list of alerts, when the dashboard shows only the first ones.
    let warnings: PagedList?

    init(_ r: Receivables, letters plan: LetterPlan) {
        self.r = r
        names = Dictionary(r.debtors.map { ($0.id, $0.debtor.name) }, uniquingKeysWith: { a, _ in a })
        letters = LetterLookup(plan)
        actions = ActionGroups(r)
        endOfSchedule = EndOfSchedule(r)
        let count = r.debtors.count
        if count > DashboardLimits.fullTable {
            let order = DebtorOrder(r.debtors)
            self.order = order
            ranking = order.byBalance
            debtorsByBalance = PagedList(stem: SitePaths.Lists.debtorsByBalance, count: count)
            debtorsByName = PagedList(stem: SitePaths.Lists.debtorsByName, count: count)
        } else {
            order = nil
            ranking = DebtorOrder.byBalance(r.debtors)
            debtorsByBalance = nil
            debtorsByName = nil
        }
        warnings = r.warnings.count > DashboardLimits.warnings
            ? PagedList(stem: SitePaths.Lists.warnings, count: r.warnings.count) : nil
    }

    /// The creditor, the build date and the way back to the dashboard, at the top of a list page.
    func listHeader(title: String, list: PagedList, page: Int) -> LayoutValue {
        [
            "creditor": CreditorView.value(r.book.creditor),
            "as_of": .text(FrenchFormat.longDate(r.asOf)),
            "as_of_iso": .text(r.asOf.iso),
            "title": .text(title),
            "page_of": .text("page \(FrenchFormat.integer(page)) sur \(FrenchFormat.integer(list.pageCount))"),
            "document_title": .text("\(title) — page \(page) — \(r.book.creditor.name)"),
            "dashboard": .text(SitePaths.Lists.root + SitePaths.dashboard),
        ]
    }
}
