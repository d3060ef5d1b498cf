import RelancePublish
import RelanceCore
import Synchronization

/// The build's last check, reconciliation as an assertion: the figures the outputs
/// show, added up again from what is written, agree to the cent with the computation. summary.json
/// is re-added from its amount strings as encoded; every debtor's case file reports its décompte.
/// A mismatch is a bug of the generator, never of the book: the build stops (internal error, exit
/// 70) and the previous output stays as it was.
final class OutputAudit: Sendable {
    private struct CaseFiles {
        var count = 0
        var principal = Money.zero, penalties = Money.zero, indemnities = Money.zero, unallocated = Money.zero
        var barred = Money.zero, settledPenalties = Money.zero, settledIndemnities = Money.zero
    }
    private let caseFiles = Mutex(CaseFiles())
    /// What summary.json's audit found; nil until it ran. summary.json is audited as it is written,
    /// so that its model is let go before the debtors' pages render.
    private let summaryProblems = Mutex<[String]?>(nil)

    /// Writes summary.json and audits it: its debtors' entries are added up as they are written.
    func write(_ summary: SummaryDocument, _ r: Receivables, into output: any SiteOutput) throws {
        let audit = SummaryAudit(r.book.currency)
        var sums = audit.sums()
        try summary.write(into: output, at: SitePaths.summary) { sums.add($0) }
        let problems = audit.problems(summary, debtors: sums, r)
        summaryProblems.withLock { $0 = problems }
    }

    /// Called by each debtor's case file with the décompte it wrote.
    func caseFile(_ statement: CaseStatement) {
        caseFiles.withLock {
            $0.count += 1
            $0.principal += statement.principal
            $0.penalties += statement.penalties
            $0.indemnities += statement.indemnities
            $0.unallocated += statement.unallocated
            $0.barred += statement.barredPrincipal
            $0.settledPenalties += statement.settledPenalties
            $0.settledIndemnities += statement.settledIndemnities
        }
    }

    /// Throws when summary.json or the case files disagree with the computation, naming every
    /// disagreement.
    func check(_ r: Receivables) throws(ComputationError) {
        var problems = summaryProblems.withLock { $0 } ?? ["summary.json was not audited"]
        let files = caseFiles.withLock { $0 }
        let expect = { (ok: Bool, what: String) in if !ok { problems.append(what) } }
        expect(files.count == r.debtors.count, "\(files.count) case files for \(r.debtors.count) debtors")
        expect(files.principal + files.barred == r.totals.outstanding,
               "case files claim \(files.principal.plainDecimal()) of principal and list \(files.barred.plainDecimal()) time-barred, outstanding is \(r.totals.outstanding.plainDecimal())")
        expect(files.barred == r.totals.timeBarred, "case files' time-barred invoices ≠ total time-barred")
        expect(files.settledPenalties == r.totals.settledPenalties && files.settledIndemnities == r.totals.settledIndemnities,
               "case files' settled-late claims ≠ totals")
        expect(files.penalties == r.totals.penalties, "case files' penalties ≠ total penalties")
        expect(files.indemnities == r.totals.indemnities, "case files' indemnities ≠ total indemnities")
        expect(files.unallocated == r.totals.unallocatedCredit, "case files' unallocated credit ≠ total unallocated credit")
        guard problems.isEmpty else {
            throw ComputationError(message: "the outputs do not reconcile: " + problems.prefix(20).joined(separator: "; "))
        }
    }
}
