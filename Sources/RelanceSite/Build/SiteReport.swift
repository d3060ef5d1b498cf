import RelanceCore

/// What a build wrote beyond the pages, for the command's closing lines.
public struct SiteReport: Sendable {
    public let letters: LetterPlan
    public let pdf: LetterPDFReport
    /// The case files' PDFs (`CaseFilePDFs`), or why there are none.
    public var caseFilePDF = CaseFilePDFReport()
    /// How many debtor folders were carried over from the previous output, and how many rendered.
    public var caseFolders = CaseFolderCounts(carried: 0, rendered: 0)
}

public struct CaseFolderCounts: Sendable, Equatable {
    public let carried: Int
    public let rendered: Int
}
