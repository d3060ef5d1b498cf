import RelanceLayout
import RelanceCore

/// One page of the complete debtor list (`lists/debiteurs-001.html`…, by balance, and
/// `lists/debiteurs-alpha-001.html`…, by name, with a jump bar A–Z).
enum DebtorListPageView {
    enum Ordering: Sendable { case balance, name }

    static func value(_ context: DashboardContext, ordering: Ordering, page: Int) -> LayoutValue {
        guard let order = context.order, let byBalance = context.debtorsByBalance, let byName = context.debtorsByName else {
            return .absent
        }
        let list = ordering == .balance ? byBalance : byName
        let positions = ordering == .balance ? order.byBalance : order.byName
        let r = context.r
        let rows = list.rows(ofPage: page).map { position -> LayoutValue in
            let debtor = r.debtors[positions[position]]
            // The first debtor of each initial is where the jump bar lands.
            let anchor = ordering == .name && (position == 0 || order.initials[position - 1] != order.initials[position])
                ? anchorID(order.initials[position]) : nil
            return DebtorRowView.value(debtor, asOf: r.asOf, root: SitePaths.Lists.root, anchor: anchor)
        }
        let title = ordering == .balance ? "Débiteurs par encours décroissant" : "Débiteurs par ordre alphabétique"
        return [
            "header": context.listHeader(title: title, list: list, page: page),
            "orderings": [
                ["label": "par encours décroissant", "href": .text(byBalance.firstFile), "current": ordering == .balance ? "page" : .absent],
                ["label": "par nom (A à Z)", "href": .text(byName.firstFile), "current": ordering == .name ? "page" : .absent],
            ],
            "initials": ordering == .name ? initials(order, list: byName) : .list([]),
            "pager": PagerView.value(list, page: page, noun: "débiteurs"),
            "debtors": .list(rows),
        ]
    }

    /// A–Z and "#": a letter links to the page and row of its first debtor; a letter no name
    /// starts with is shown without a link.
    private static func initials(_ order: DebtorOrder, list: PagedList) -> LayoutValue {
        let first = order.firstPositionOfInitial
        return .list(NameKey.initials.map { initial in
            [
                "letter": .text(initial),
                "href": LayoutValue(first[initial].map { "\(list.fileName(ofPage: list.page(ofRow: $0)))#\(anchorID(initial))" }),
            ]
        })
    }

    /// `lettre-a`, …, `lettre-autres` for "#".
    static func anchorID(_ initial: String) -> String {
        initial == NameKey.other ? "lettre-autres" : "lettre-" + initial.lowercased()
    }
}
