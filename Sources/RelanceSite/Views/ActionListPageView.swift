import RelanceLayout
import RelanceCore

/// One page of the complete list of one kind of action in one window, for a kind with more
/// actions than the dashboard shows (`lists/en-retard-relance-1-001.html`…).
enum ActionListPageView {
    static func value(_ context: DashboardContext, group: ActionGroups.Group, kind: ActionGroups.KindActions,
                      list: PagedList, page: Int) -> LayoutValue {
        let title = "\(FrenchLabels.action(kind.kind)) — \(group.title.lowercased())"
        return [
            "header": context.listHeader(title: title, list: list, page: page),
            "count": .text(FrenchFormat.integer(kind.actions.count)),
            "pager": PagerView.value(list, page: page, noun: "actions"),
            "actions": .list(kind.actions[list.rows(ofPage: page)].map {
                ActionRowView.value($0.action, priority: $0.priority, asOf: context.r.asOf, names: context.names, letters: context.letters, root: SitePaths.Lists.root)
            }),
        ]
    }
}
