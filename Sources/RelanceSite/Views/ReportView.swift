import RelanceLayout
import RelanceCore

/// The weekly report (`rapport-hebdomadaire.html`): what a management meeting reads on one A4
/// landscape page — the key figures and their change over the week, the trend, the aging, the ten
/// largest balances, and this week's actions by kind with what they are worth.
enum ReportView {
    static let topDebtors = 10

    static func value(_ context: DashboardContext, history: WeeklyHistory) -> LayoutValue {
        let r = context.r
        let points = history.points
        let now = points[points.count - 1], weekBefore = points[points.count - 2]
        return [
            "creditor": CreditorView.value(r.book.creditor),
            "as_of": .text(FrenchFormat.longDate(r.asOf)),
            "title": .text("Rapport hebdomadaire des créances — \(FrenchFormat.longDate(r.asOf)) — \(r.book.creditor.name)"),
            "tiles": .list([
                tile("Encours total", FrenchFormat.money(now.outstanding), change(now.outstanding, weekBefore.outstanding)),
                tile("Échu", FrenchFormat.money(now.overdue),
                     "\(DashboardView.share(now.overdue, of: now.outstanding)) de l'encours ; \(change(now.overdue, weekBefore.overdue))"),
                tile("Échu depuis plus de 90 jours", FrenchFormat.money(now.over90), change(now.over90, weekBefore.over90)),
                tile("DSO (90 jours)", now.dsoDays.map { FrenchFormat.days($0) } ?? "—",
                     "count-back : \(now.countBackTenths / 10),\(now.countBackTenths % 10)\u{A0}j"),
                tile("Encaissé sur 7 jours", FrenchFormat.money(now.collected),
                     "semaine précédente : \(FrenchFormat.money(weekBefore.collected))"),
                tile("En litige", FrenchFormat.money(r.totals.disputed), "nouveaux litiges sur 7 jours : \(FrenchFormat.integer(now.disputesNew))"),
                tile("Promesses rompues sur 7 jours", FrenchFormat.integer(now.promisesBroken),
                     "promesses échues sur 7 jours : \(FrenchFormat.integer(now.promisesDue))"),
            ]),
            "trend": TrendView.value(history),
            "aging": .list(zip(r.aging.buckets, r.agingAmounts).map { bucket, amount in
                [
                    "label": .text(FrenchLabels.bucket(bucket)),
                    "amount": .text(FrenchFormat.money(amount)),
                    "share": .text(DashboardView.share(amount, of: r.totals.outstanding)),
                ]
            }),
            "aging_total": .text(FrenchFormat.money(r.totals.outstanding)),
            "debtors": .list(context.ranking.prefix(topDebtors).map { DebtorRowView.value(r.debtors[$0], asOf: r.asOf, root: "") }),
            "actions": actions(context),
            "end_of_schedule": .text(
                "Mises en demeure expirées : \(FrenchFormat.integer(context.endOfSchedule.expiredNotices.count)) "
                + "(\(FrenchFormat.money(context.endOfSchedule.expiredNotices.reduce(Money.zero) { $0 + $1.amount }))) ; "
                + "dossiers transmis : \(FrenchFormat.integer(context.endOfSchedule.handedOver.count)) "
                + "(\(FrenchFormat.money(context.endOfSchedule.handedOver.reduce(Money.zero) { $0 + $1.amount })))."),
            "reconciliation": .text(ReconciliationText.french(r.reconciliation, asOf: r.asOf)),
        ]
    }

    private static func tile(_ label: String, _ value: String, _ note: String) -> LayoutValue {
        ["label": .text(label), "value": .text(value), "note": .text(note)]
    }

    /// « +1 500,00 € sur la semaine », « stable sur la semaine ».
    static func change(_ now: Money, _ before: Money) -> String {
        let delta = now - before
        if delta == .zero { return "stable sur la semaine" }
        let sign = delta.isPositive ? "+" : "−"
        let magnitude = delta.isPositive ? delta : -delta
        return "\(sign)\(FrenchFormat.money(magnitude)) sur la semaine"
    }

    /// Per kind: the actions late and those of this week, how many and for how much.
    private static func actions(_ context: DashboardContext) -> LayoutValue {
        let groups = context.actions.groups
        func find(_ key: String) -> ActionGroups.Group? { groups.first { $0.key == key } }
        let late = find("late"), thisWeek = find("this_week")
        let rows = Action.Kind.allCases.compactMap { kind -> LayoutValue? in
            let lateActions = late?.kinds.first { $0.kind == kind }?.actions ?? []
            let weekActions = thisWeek?.kinds.first { $0.kind == kind }?.actions ?? []
            guard !lateActions.isEmpty || !weekActions.isEmpty else { return nil }
            func total(_ actions: [ActionGroups.Queued]) -> String {
                FrenchFormat.money(actions.reduce(Money.zero) { $0 + $1.priority.amount })
            }
            return [
                "label": .text(FrenchLabels.action(kind)),
                "late_count": .text(FrenchFormat.integer(lateActions.count)),
                "late_amount": .text(total(lateActions)),
                "week_count": .text(FrenchFormat.integer(weekActions.count)),
                "week_amount": .text(total(weekActions)),
            ]
        }
        return .list(rows)
    }
}
