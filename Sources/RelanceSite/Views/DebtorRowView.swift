import RelanceLayout
import RelanceCore

/// One row of a debtor table, the same on the dashboard and on the list pages. Cells that sort
/// carry a machine value (`*_sort`: cents, days, ISO dates) for the sorting script.
enum DebtorRowView {
    /// `root` leads from the page to the output root ("" on the dashboard, "../" on a list page).
    /// `anchor` marks the row a jump link lands on.
    static func value(_ d: DebtorState, asOf: Day, root: String, anchor: String? = nil) -> LayoutValue {
        [
            "id": .text(d.id),
            "name": .text(d.debtor.name),
            "anchor": LayoutValue(anchor),
            "link": .text(root + SitePaths.debtorPage(d.id)),
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
