import RelanceLayout
import RelanceCore

/// The dashboard's block of rows a `--keep-going` build left out, first thing on the page: the
/// figures below are without them. Each row with `file:line`, the debtor it names and why.
enum RejectedRowsView {
    static func value(_ book: Book) -> LayoutValue {
        let rows = book.rejectedRows
        guard !rows.isEmpty else { return .absent }
        let limit = DashboardLimits.rejectedRows
        let counts = book.rejectedCounts
        return [
            "count": .text(FrenchFormat.integer(rows.count)),
            "by_file": .text(byFile(counts)),
            "rows": .list(rows.prefix(limit).map { row in
                [
                    "place": .text(row.location.row),
                    "debtor": .text(row.debtorID ?? "—"),
                    "reason": .text(row.reasons.joined(separator: " ; ")),
                ]
            }),
            "more": rows.count > limit
                ? .text("et \(FrenchFormat.integer(rows.count - limit)) autres : la liste complète est dans summary.json (rejected_rows) et dans la sortie de la commande.")
                : .absent,
        ]
    }

    /// « 2 dans ledger.csv, 1 dans interactions.csv ».
    private static func byFile(_ counts: (debtors: Int, ledger: Int, interactions: Int)) -> String {
        [("debtors.csv", counts.debtors), ("ledger.csv", counts.ledger), ("interactions.csv", counts.interactions)]
            .filter { $0.1 > 0 }
            .map { "\(FrenchFormat.integer($0.1)) dans \($0.0)" }
            .joined(separator: ", ")
    }
}
