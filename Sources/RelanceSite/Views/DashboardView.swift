import RelanceCore

/// The values of the aging dashboard (output/index.html), formatted for a French reader.
enum DashboardView {
    static func value(_ r: Receivables, letters: LetterPlan) -> LayoutValue {
        let totals = r.totals
        let names = Dictionary(r.debtors.map { ($0.id, $0.debtor.name) }, uniquingKeysWith: { a, _ in a })
        return [
            "creditor": CreditorView.value(r.book.creditor),
            "as_of": .text(FrenchFormat.longDate(r.asOf)),
            "as_of_iso": .text(r.asOf.iso),
            "headline": headline(r),
            "aging": aging(r),
            "debtors": .list(r.debtors.map { debtorRow($0, asOf: r.asOf) }),
            "debtor_count": .text(FrenchFormat.integer(r.debtors.count)),
            "action_groups": actionGroups(r, names: names, letters: LetterLookup(letters)),
            "letters": lettersSummary(letters),
            "warnings": .list(r.warnings.map { WarningView.value($0, names: names, linkPrefix: "debtors/") }),
            "reconciliation": .text(ReconciliationText.french(r.reconciliation, asOf: r.asOf)),
            "has_unallocated": .flag(totals.unallocatedCredit.isPositive),
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

    private static func debtorRow(_ d: DebtorState, asOf: Day) -> LayoutValue {
        [
            "id": .text(d.id),
            "name": .text(d.debtor.name),
            "link": .text("debtors/\(Slug.make(for: d.id))/index.html"),
            "outstanding": .text(FrenchFormat.money(d.outstanding)),
            "outstanding_sort": .text(String(d.outstanding.minorUnits)),
            "overdue": .text(FrenchFormat.money(d.overdue)),
            "overdue_sort": .text(String(d.overdue.minorUnits)),
            "unallocated": .text(d.unallocatedTotal.isPositive ? FrenchFormat.money(d.unallocatedTotal) : ""),
            "oldest": .text(d.openInvoices.isEmpty ? "" : FrenchFormat.integer(d.oldestDaysPastDue)),
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

    /// Overdue (before the build date), this week (build date + 0…6), next week (+7…13), each by kind.
    private static func actionGroups(_ r: Receivables, names: [String: String], letters: LetterLookup) -> LayoutValue {
        let groups: [(String, String, (Day) -> Bool)] = [
            ("late", "En retard", { $0 < r.asOf }),
            ("this_week", "Cette semaine", { $0 >= r.asOf && $0 <= r.asOf + 6 }),
            ("next_week", "Semaine suivante", { $0 >= r.asOf + 7 && $0 <= r.asOf + 13 }),
        ]
        return .list(groups.map { key, title, includes in
            let actions = r.actions.filter { includes($0.on) }
            let kinds = Action.Kind.allCases.filter { kind in actions.contains { $0.kind == kind } }
            return [
                "key": .text(key),
                "title": .text(title),
                "count": .text(FrenchFormat.integer(actions.count)),
                "empty": .flag(actions.isEmpty),
                "kinds": .list(kinds.map { kind in
                    let rows = actions.filter { $0.kind == kind }
                    return [
                        "label": .text(FrenchLabels.action(kind)),
                        "count": .text(FrenchFormat.integer(rows.count)),
                        "rows": .list(rows.map { action in
                            [
                                "debtor": .text(names[action.debtorID] ?? action.debtorID),
                                "link": .text("debtors/\(Slug.make(for: action.debtorID))/index.html"),
                                "on": .text(FrenchFormat.shortDate(action.on)),
                                "channel": .text(FrenchLabels.channel(action.channel)),
                                "invoices": .text(action.invoices.joined(separator: ", ")),
                                "letter": LayoutValue(letters.letter(action).map(LetterPaths.html)),
                                "blocked": LayoutValue(letters.blocked(action).map { LetterWording.blockedReason($0.reason) }),
                            ]
                        }),
                    ]
                }),
            ]
        })
    }

    /// The letters block: counts per level and links to the batch, the deposit list and the index.
    private static func lettersSummary(_ plan: LetterPlan) -> LayoutValue {
        [
            "count": .text(FrenchFormat.integer(plan.letters.count)),
            "by_level": .list(plan.countsByLevel.map { level, count in
                ["label": .text(LetterWording.level(level)), "count": .text(FrenchFormat.integer(count))]
            }),
            "index": .text(LetterPaths.index),
            "has_postal": .flag(plan.letters.contains(where: \.isPostal)),
            "batch": .text(LettersBuilder.batchPaths(count: plan.letters.filter(\.isPostal).count).first ?? LetterPaths.batch),
            "has_registered": .flag(plan.letters.contains(where: \.isRegistered)),
            "deposit_list": .text(LetterPaths.depositList),
            "blocked_count": .text(FrenchFormat.integer(plan.blocked.count)),
            "has_blocked": .flag(!plan.blocked.isEmpty),
        ]
    }
}
