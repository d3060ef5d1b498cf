import Foundation
import RelanceCore
import Testing
@testable import BookGenerator

/// On a generated book of 300 debtors, each point of the weekly history, computed in one pass,
/// equals the figures of a separate computation at its date.
@Suite struct HistoryAgreementTests {
    @Test func everyWeekEqualsASeparateComputation() throws {
        let folder = TemporaryFolder()
        defer { folder.clean() }
        let shape = BookShape(debtors: 300, invoices: 6000, interactions: 3000, seed: 11)
        try BookGenerator(shape: shape).write(to: folder.path)
        let book = try readBook(folder).get()
        let history = WeeklyHistory(try Receivables(book: book, asOf: shape.asOf))
        #expect(history.points.count == 13)
        #expect(history.points.contains { $0.promisesBroken > 0 } && history.points.contains { $0.disputesNew > 0 },
                "the book exercises every count")
        for point in history.points {
            let then = try Receivables(book: book, asOf: point.asOf)
            #expect(point.outstanding == then.totals.outstanding, "\(point.asOf)")
            #expect(point.overdue == then.totals.overdue, "\(point.asOf)")
            #expect(point.dsoDays == then.daysSalesOutstanding.days, "\(point.asOf)")
            #expect(WeeklyHistory(then).points.last == point, "\(point.asOf)")
        }
    }
}
