import RelanceCore

/// What a build wrote beyond the pages, for the command's closing lines.
public struct SiteReport: Sendable {
    public let letters: LetterPlan
    public let pdf: LetterPDFReport
    /// The case files' PDFs (`CaseFilePDFs`), or why there are none.
    public var caseFilePDF = CaseFilePDFReport()
    /// How many debtor folders were carried over from the previous output, and how many rendered.
    public var caseFolders = CarryOverCounts(carried: 0, rendered: 0)
    /// How many letters' own files (page, e-mail, enclosures) were carried over, and how many rendered.
    public var letterFiles = CarryOverCounts(carried: 0, rendered: 0)
}

/// Of what a rebuild may carry over (debtor folders, letters): how many were linked from the
/// previous output, and how many rendered.
public struct CarryOverCounts: Sendable, Equatable {
    public let carried: Int
    public let rendered: Int
}
