import RelanceLayout
import RelanceCore

/// One page of the complete list of alerts, when there are more than the dashboard shows
/// (`lists/alertes-001.html`…).
enum WarningListPageView {
    static func value(_ context: DashboardContext, list: PagedList, page: Int) -> LayoutValue {
        let r = context.r
        return [
            "header": context.listHeader(title: "Alertes", list: list, page: page),
            "count": .text(FrenchFormat.integer(r.warnings.count)),
            "pager": PagerView.value(list, page: page, noun: "alertes"),
            "warnings": .list(r.warnings[list.rows(ofPage: page)].map {
                WarningView.value($0, names: context.names, root: SitePaths.Lists.root)
            }),
        ]
    }
}
