import RelanceCore

/// How rejected rows are named in French.
enum RejectedRowsWording {
    /// « la ligne ledger.csv:12 », « les lignes ledger.csv:12, interactions.csv:40 ».
    static func rows(_ rows: [SourceLocation]) -> String {
        let list = rows.map(\.row).joined(separator: ", ")
        return rows.count > 1 ? "les lignes \(list)" : "la ligne \(list)"
    }
}
