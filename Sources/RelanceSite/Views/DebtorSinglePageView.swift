import RelanceLayout

/// Every listed debtor's page (`debtors/<slug>.html`): the cover, the décompte and the chronology
/// as sections of one file, each filled by the same partial as its page in a bundled debtor's
/// folder; a bundled debtor's page links into that folder. `c.onDebtorPage` must be set.
enum DebtorSinglePageView {
    static func value(_ c: CaseFileContext) -> LayoutValue {
        [
            "header": CaseHeaderView.debtorPage(c),
            "covers": .list([DebtorPageView.cover(c)]),
            "statements": .list([StatementView.statement(c)]),
            "chronologies": .list([ChronologyView.chronology(c)]),
        ]
    }
}
