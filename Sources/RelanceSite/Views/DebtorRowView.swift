import RelanceCore

/// One row of a debtor table, the same on the dashboard and on the list pages. Cells that sort
/// carry a machine value (`*_sort`: cents, days, ISO dates) for the sorting script.
enum DebtorRowView {
    /// `linkPrefix` leads from the page to the output root's `debtors/` ("debtors/" on the
    /// dashboard, "../debtors/" on a list page). `anchor` marks the row a jump link lands on.
    static func value(_ d: DebtorState, asOf: Day, linkPrefix: String, anchor: String? = nil) -> LayoutValue {
        [
            "id": .text(d.id),
            "name": .text(d.debtor.name),
            "anchor": LayoutValue(anchor),
            "link": .text("\(linkPrefix)\(Slug.make(for: d.id))/index.html"),
            "outstanding": .text(FrenchFormat.money(d.outstanding)),
            "outstanding_sort": .text(String(d.outstanding.minorUnits)),
            "overdue": .text(FrenchFormat.money(d.overdue)),
            "overdue_sort": .text(String(d.overdue.minorUnits)),
            "unallocated": .text(d.unallocatedTotal.isPositive ? FrenchFormat.money(d.unallocatedTotal) : ""),
            // A debtor whose invoices are all still to fall due has no delay: "à échoir", not -11.
            "oldest": .text(d.openInvoices.isEmpty ? "" : d.oldestDaysPastDue < 0 ? "à échoir" : FrenchFormat.integer(d.oldestDaysPastDue)),
            "oldest_sort": .text(String(d.oldestDaysPastDue)),
            "stage": .text(FrenchLabels.stage(d.stage)),
            "stage_sort": .text(String(d.stage.rawValue)),
            "paused": .text(FrenchLabels.pause(d.paused)),
            "next_action": .text(d.nextAction.map { FrenchLabels.action($0.kind) } ?? ""),
            "next_date": .text(d.nextAction.map { FrenchFormat.shortDate($0.on) } ?? ""),
            "next_date_sort": .text(d.nextAction?.on.iso ?? ""),
            "next_late": .flag(d.nextAction.map { $0.on < asOf } ?? false),
        ]
    }
}
