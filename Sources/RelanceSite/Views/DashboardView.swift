import RelanceLayout
import RelanceCore

/// The values of the aging dashboard (output/index.html), formatted for a French reader. Bounded
/// whatever the size of the book (`DashboardLimits`): the figures, the aging, the most urgent
/// actions of each kind, the debtors — all of them in a small book, the largest balances in a
/// large one — and the first alerts, each with a link to its complete paged list when it is cut.
enum DashboardView {
    static func value(_ context: DashboardContext, plan: LetterPlan, batches: LetterBatches, history: WeeklyHistory,
                      reportPDF: Bool) -> LayoutValue {
        let r = context.r
        let totals = r.totals
        return [
            "creditor": CreditorView.value(r.book.creditor),
            "as_of": .text(FrenchFormat.longDate(r.asOf)),
            "as_of_iso": .text(r.asOf.iso),
            "rejected": RejectedRowsView.value(r.book),
            "headline": headline(r),
            "aging": aging(r),
            "trend": TrendView.value(history),
            "report": ["html": .text(SitePaths.report), "pdf": reportPDF ? .text(SitePaths.reportPDF) : .absent],
            "debtors": .list(context.ranking.prefix(shownDebtors(context)).map {
                DebtorRowView.value(r.debtors[$0], asOf: r.asOf, root: "")
            }),
            "debtor_count": .text(FrenchFormat.integer(r.debtors.count)),
            "debtor_lists": debtorLists(context),
            "action_groups": actionGroups(context),
            "end_of_schedule": EndOfScheduleView.value(context.endOfSchedule),
            "letters": lettersSummary(plan, batches: batches),
            "warnings": .list(r.warnings.prefix(DashboardLimits.warnings).map {
                WarningView.value($0, names: context.names, root: "")
            }),
            "more_warnings": moreWarnings(context),
            "reconciliation": .text(ReconciliationText.french(r.reconciliation, asOf: r.asOf)),
            "source_reconciliation": LayoutValue(ReconciliationText.source(r.reconciliation, asOf: r.asOf)),
            "einvoice_reconciliation": LayoutValue(ReconciliationText.eInvoices(r.book.eInvoiceTotals, withFEC: r.book.sourceTotals != nil)),
            "bank_reconciliation": LayoutValue(ReconciliationText.bank(r.book.bankTotals)),
            "has_unallocated": .flag(totals.unallocatedCredit.isPositive),
        ]
    }

    private static func shownDebtors(_ context: DashboardContext) -> Int {
        context.order == nil ? context.ranking.count : DashboardLimits.topDebtors
    }

    /// The note above the debtor table and, for a large book, the links to the complete lists.
    private static func debtorLists(_ context: DashboardContext) -> LayoutValue {
        guard let byBalance = context.debtorsByBalance, let byName = context.debtorsByName else {
            return ["note": "Par encours décroissant.", "complete": .absent]
        }
        return [
            "note": .text("Les \(FrenchFormat.integer(DashboardLimits.topDebtors)) plus gros encours."),
            "complete": [
                "by_balance": .text(SitePaths.Lists.path(byBalance)),
                "by_name": .text(SitePaths.Lists.path(byName)),
                "pages": .text(FrenchFormat.integer(byBalance.pageCount)),
            ],
        ]
    }

    private static func moreWarnings(_ context: DashboardContext) -> LayoutValue {
        guard let list = context.warnings else { return .absent }
        return [
            "text": .text("et \(FrenchFormat.integer(list.count - DashboardLimits.warnings)) autres"),
            "href": .text(SitePaths.Lists.path(list)),
            "count": .text(FrenchFormat.integer(list.count)),
        ]
    }

    private static func headline(_ r: Receivables) -> LayoutValue {
        let t = r.totals
        return [
            "outstanding": .text(FrenchFormat.money(t.outstanding)),
            "overdue": .text(FrenchFormat.money(t.overdue)),
            "overdue_share": .text(share(t.overdue, of: t.outstanding)),
            "not_due": .text(FrenchFormat.money(t.notDue)),
            "disputed": .text(FrenchFormat.money(t.disputed)),
            "unallocated": .text(FrenchFormat.money(t.unallocatedCredit)),
            "penalties": .text(FrenchFormat.money(t.penalties)),
            "indemnities": .text(FrenchFormat.money(t.indemnities)),
            "time_barred": .text(FrenchFormat.money(t.timeBarred)),
            "settled_late": .text(FrenchFormat.money(t.settledPenalties + t.settledIndemnities)),
            "dso": .text(r.daysSalesOutstanding.days.map { FrenchFormat.days($0) } ?? "—"),
            "invoiced_90": .text(FrenchFormat.money(r.daysSalesOutstanding.invoiced)),
        ]
    }

    /// A share in percent with one decimal, `42,5 %`; computed on integers, rounded half-up.
    static func share(_ part: Money, of whole: Money) -> String {
        guard whole.isPositive else { return "—" }
        let tenths = Rounding.wholeDaysHalfUp(numerator: Int128(part.minorUnits) * 1000, denominator: Int128(whole.minorUnits))
        return "\(tenths / 10),\(tenths % 10)\u{00A0}%"
    }

    private static func aging(_ r: Receivables) -> LayoutValue {
        let largest = r.agingAmounts.max() ?? .zero
        let barArea = 420
        let rows = zip(r.aging.buckets, r.agingAmounts).enumerated().map { index, pair -> LayoutValue in
            let (bucket, amount) = pair
            let width = largest.isPositive
                ? Rounding.wholeDaysHalfUp(numerator: Int128(amount.minorUnits) * Int128(barArea), denominator: Int128(largest.minorUnits))
                : 0
            return [
                "name": .text(bucket.name),
                "label": .text(FrenchLabels.bucket(bucket)),
                "amount": .text(FrenchFormat.money(amount)),
                "share": .text(share(amount, of: r.totals.outstanding)),
                "bar_y": .text(String(index * 32 + 6)),
                "text_y": .text(String(index * 32 + 24)),
                "bar_width": .text(String(max(width, amount.isPositive ? 1 : 0))),
                "value_x": .text(String(150 + width + 8)),
                "overdue": .flag(bucket.lower != nil),
            ]
        }
        return [
            "rows": .list(rows),
            "chart_height": .text(String(r.aging.buckets.count * 32 + 8)),
            "total": .text(FrenchFormat.money(r.totals.outstanding)),
        ]
    }

    /// Each window with its kinds: the kind's count, its most urgent actions, and the link to the
    /// complete list when there are more.
    private static func actionGroups(_ context: DashboardContext) -> LayoutValue {
        .list(context.actions.groups.map { group in
            [
                "key": .text(group.key),
                "title": .text(group.title),
                "count": .text(FrenchFormat.integer(group.count)),
                "empty": .flag(group.kinds.isEmpty),
                "kinds": .list(group.kinds.map { kind in
                    [
                        "label": .text(FrenchLabels.action(kind.kind)),
                        "count": .text(FrenchFormat.integer(kind.actions.count)),
                        "rows": .list(kind.actions.prefix(DashboardLimits.actionsPerKind).map {
                            ActionRowView.value($0.action, priority: $0.priority, asOf: context.r.asOf, names: context.names, letters: context.letters, root: "")
                        }),
                        "more": LayoutValue(kind.list.map { "Voir la liste complète (\(FrenchFormat.integer($0.count)))" }),
                        "list": LayoutValue(kind.list.map { SitePaths.Lists.path($0) }),
                    ]
                }),
            ]
        })
    }

    /// The letters block: counts per level and links to the batch, the deposit list and the index.
    private static func lettersSummary(_ plan: LetterPlan, batches: LetterBatches) -> LayoutValue {
        [
            "count": .text(FrenchFormat.integer(plan.letters.count)),
            "by_level": .list(plan.countsByLevel.map { level, count in
                ["label": .text(LetterWording.level(level)), "count": .text(FrenchFormat.integer(count))]
            }),
            "index": .text(SitePaths.Letters.index),
            "has_postal": .flag(plan.letters.contains(where: \.isPostal)),
            "batches": .list(batches.batches.map { ["html": .text($0.path), "label": .text($0.registered ? "recommandés" : "courriers simples")] }),
            "has_registered": .flag(plan.letters.contains(where: \.isRegistered)),
            "deposit_list": .text(SitePaths.Letters.depositList),
            "blocked_count": .text(FrenchFormat.integer(plan.blocked.count)),
            "has_blocked": .flag(!plan.blocked.isEmpty),
            "blocked_why": .text(LetterWording.blockedSummary(plan.blocked)),
        ]
    }
}
