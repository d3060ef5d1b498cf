import RelanceCore

/// What a build wrote beyond the pages, for the command's closing lines.
public struct SiteReport: Sendable {
    public let letters: LetterPlan
    public let pdf: LetterPDFReport
    /// The case files' PDFs (`CaseFilePDFs`), or why there are none.
    public var caseFilePDF = CaseFilePDFReport()
}
