import RelanceCore

/// The actions of the dashboard in three windows — late (before the build date), this week (build
/// date + 0…6), next week (+7…13) — and within each by kind, in ladder order, most urgent first
/// (the work queue's order: before a prescription, then the heaviest delay). The dashboard shows
/// the first `DashboardLimits.actionsPerKind` of a kind; a kind with more gets its complete list on
/// paged pages.
struct ActionGroups: Sendable {
    struct Group: Sendable {
        /// The element id on the dashboard (`late`, `this_week`, `next_week`).
        let key: String
        let title: String
        /// The start of its list files' names (`en-retard`).
        let slug: String
        let kinds: [KindActions]
        var count: Int { kinds.reduce(0) { $0 + $1.actions.count } }
    }

    /// An action with its place in the work queue.
    struct Queued: Sendable {
        let action: Action
        let priority: ActionPriority
    }

    struct KindActions: Sendable {
        let kind: Action.Kind
        let actions: [Queued]
        /// The complete list, when the dashboard cannot show it all.
        let list: PagedList?
    }

    let groups: [Group]

    init(_ r: Receivables) {
        let windows: [(key: String, title: String, slug: String, includes: (Day) -> Bool)] = [
            ("late", "En retard", "en-retard", { $0 < r.asOf }),
            ("this_week", "Cette semaine", "cette-semaine", { $0 >= r.asOf && $0 <= r.asOf + PolicyWindows.weekDays }),
            ("next_week", "Semaine suivante", "semaine-suivante", {
                $0 > r.asOf + PolicyWindows.weekDays && $0 <= r.asOf + PolicyWindows.actionDays
            }),
        ]
        groups = windows.map { window in
            var byKind: [Action.Kind: [Queued]] = [:]
            for position in r.workQueue.order where window.includes(r.actions[position].on) {
                let action = r.actions[position]
                byKind[action.kind, default: []].append(Queued(action: action, priority: r.workQueue.priorities[position]))
            }
            let kinds = Action.Kind.allCases.compactMap { kind -> KindActions? in
                guard let actions = byKind[kind] else { return nil }
                let list = actions.count > DashboardLimits.actionsPerKind
                    ? PagedList(stem: "\(window.slug)-\(Self.slug(kind))", count: actions.count) : nil
                return KindActions(kind: kind, actions: actions, list: list)
            }
            return Group(key: window.key, title: window.title, slug: window.slug, kinds: kinds)
        }
    }

    /// Every complete list to write, with its group and kind.
    var lists: [(group: Group, kind: KindActions, list: PagedList)] {
        groups.flatMap { group in group.kinds.compactMap { kind in kind.list.map { (group, kind, $0) } } }
    }

    /// A kind in a file name, in French like the rest of the site.
    static func slug(_ kind: Action.Kind) -> String {
        switch kind {
        case .reminder1: return "relance-1"
        case .reminder2: return "relance-2"
        case .reminder3: return "relance-3"
        case .formalNotice: return "mise-en-demeure"
        case .handover: return "contentieux"
        case .call: return "appel"
        case .promiseDue: return "promesse"
        case .instalmentDue: return "echeance"
        }
    }
}
