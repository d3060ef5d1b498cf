import RelanceLayout
import RelanceCore

/// One action to take, the same on the dashboard and on an action list page: the debtor, the
/// date, what is at stake (amount, delay, « agir avant le … » when prescription is near), the
/// channel, the invoices, and the letter written for it or why it is blocked.
enum ActionRowView {
    /// `root` leads from the page to the output root ("" on the dashboard, "../" on a list page).
    static func value(_ action: Action, priority: ActionPriority, asOf: Day, names: [String: String],
                      letters: LetterLookup, root: String) -> LayoutValue {
        [
            "debtor": .text(names[action.debtorID] ?? action.debtorID),
            "link": .text(root + SitePaths.debtorPage(action.debtorID)),
            "on": .text(FrenchFormat.shortDate(action.on)),
            "on_sort": .text(action.on.iso),
            "amount": .text(FrenchFormat.money(priority.amount)),
            "amount_sort": .text(String(priority.amount.minorUnits)),
            "days_late": .text(String(priority.daysLate)),
            "late": LayoutValue(priority.lateSince.map {
                "\(FrenchFormat.days(priority.daysLate)) de retard, en retard depuis le \(FrenchFormat.shortDate($0))"
            }),
            "act_before": LayoutValue(priority.actBefore.map { "agir avant le \(FrenchFormat.shortDate($0))" }),
            "act_before_date": LayoutValue(priority.actBefore.map { FrenchFormat.shortDate($0) }),
            "act_before_sort": .text(priority.actBefore?.iso ?? ""),
            "channel": .text(FrenchLabels.channel(action.channel)),
            "invoices": .text(action.invoices.joined(separator: ", ")),
            "letter": LayoutValue(letters.letter(action).map { root + SitePaths.Letters.html($0) }),
            "blocked": LayoutValue(letters.blocked(action).map { LetterWording.blockedReason($0.reason) }),
        ]
    }
}
