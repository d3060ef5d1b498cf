import RelanceLayout
import RelanceCore

/// One action to take, the same on the dashboard and on an action list page: the debtor, the
/// date, the channel, the invoices, and the letter written for it or why it is blocked.
enum ActionRowView {
    /// `root` leads from the page to the output root ("" on the dashboard, "../" on a list page).
    static func value(_ action: Action, names: [String: String], letters: LetterLookup, root: String) -> LayoutValue {
        [
            "debtor": .text(names[action.debtorID] ?? action.debtorID),
            "link": .text(root + SitePaths.debtorPage(action.debtorID)),
            "on": .text(FrenchFormat.shortDate(action.on)),
            "on_sort": .text(action.on.iso),
            "channel": .text(FrenchLabels.channel(action.channel)),
            "invoices": .text(action.invoices.joined(separator: ", ")),
            "letter": LayoutValue(letters.letter(action).map { root + SitePaths.Letters.html($0) }),
            "blocked": LayoutValue(letters.blocked(action).map { LetterWording.blockedReason($0.reason) }),
        ]
    }
}
