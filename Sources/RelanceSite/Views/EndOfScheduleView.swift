import RelanceLayout
import RelanceCore

/// The dashboard's end-of-schedule block: the debtors whose mise en demeure has expired (to hand
/// over now) and those already handed over, each with what is still claimable.
enum EndOfScheduleView {
    static func value(_ end: EndOfSchedule) -> LayoutValue {
        let limit = DashboardLimits.endOfSchedule
        return [
            "any": .flag(!end.expiredNotices.isEmpty || !end.handedOver.isEmpty),
            "expired": .list(end.expiredNotices.prefix(limit).map { item in
                [
                    "debtor": .text(item.debtor.name),
                    "link": .text(SitePaths.debtorPage(item.debtor.id)),
                    "notice": .text(noticeText(item)),
                    "deadline": .text(FrenchFormat.shortDate(item.deadline)),
                    "amount": .text(FrenchFormat.money(item.amount)),
                ]
            }),
            "expired_count": .text(FrenchFormat.integer(end.expiredNotices.count)),
            "expired_more": more(end.expiredNotices.count, limit: limit),
            "handed_over": .list(end.handedOver.prefix(limit).map { item in
                [
                    "debtor": .text(item.debtor.name),
                    "link": .text(SitePaths.debtorPage(item.debtor.id)),
                    "on": .text(FrenchFormat.shortDate(item.on)),
                    "amount": .text(FrenchFormat.money(item.amount)),
                ]
            }),
            "handed_over_count": .text(FrenchFormat.integer(end.handedOver.count)),
            "handed_over_more": more(end.handedOver.count, limit: limit),
        ]
    }

    private static func noticeText(_ item: EndOfSchedule.ExpiredNotice) -> String {
        let sent = "mise en demeure du \(FrenchFormat.shortDate(item.noticeOn))"
        guard let delivered = item.deliveredOn else { return sent }
        return sent + ", reçue le \(FrenchFormat.shortDate(delivered))"
    }

    private static func more(_ count: Int, limit: Int) -> LayoutValue {
        count > limit ? .text("et \(FrenchFormat.integer(count - limit)) autres : voir la liste des débiteurs, colonne « Étape ».") : .absent
    }
}
