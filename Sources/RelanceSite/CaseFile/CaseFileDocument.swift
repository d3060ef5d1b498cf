/// One file of a case file's folder, held in memory until it is written, hashed and zipped.
struct CaseFileDocument: Sendable {
    /// Relative to the debtor's folder (`decompte.html`, `pieces/piece-001-….pdf`).
    let path: String
    let bytes: [UInt8]
}
