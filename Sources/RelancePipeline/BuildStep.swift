/// The steps of a build, in order. `check` runs the first four and writes nothing.
public enum BuildStep: String, CaseIterable, Sendable {
    /// The book's files into values; every error located.
    case read
    /// Allocation, penalties, stages, actions and letters due.
    case compute
    /// Every page, case file and letter, into the staging folder (or counted in memory by `check`).
    case render
    /// The figures the pages show, added up again against the computation (`OutputAudit`).
    case audit
    /// Letters and bundled case files printed to PDF, when Chromium is there.
    case print
    /// What links the PDFs, then the staging folder swapped into place.
    case publish

    /// The step's name on the terminal and in `RELANCE_TIMINGS`.
    public var label: String {
        switch self {
        case .read: "lecture"
        case .compute: "calcul"
        case .render: "rendu"
        case .audit: "contrôle"
        case .print: "impression"
        case .publish: "publication"
        }
    }
}
