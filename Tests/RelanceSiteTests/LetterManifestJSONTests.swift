import Foundation
import Testing
@testable import RelanceCore
@testable import RelanceSite

/// letters.json is written by the streaming writer; its bytes must be JSONEncoder's, exactly, and
/// `relance record` must read back what was written.
@Suite struct LetterManifestJSONTests {
    static let names = ["Dupont & Fils « SARL »", "Quote \" and \\ backslash / slash", "Tab\there\nnew line",
                        "Émoji 🧾 et \u{2028} séparateur", "Martin"]
    static let book = [
        "ledger.csv": BookFileDigest(size: 12, sha256: "ab"), "debtors.csv": BookFileDigest(size: 3, sha256: "cd"),
        "relance.toml": BookFileDigest(size: 0, sha256: ""), "interactions.csv": BookFileDigest(size: 1_000_000, sha256: "ef"),
    ]

    static func plan() throws -> (LetterPlan, LetterPDFReport) {
        let r = try SummaryJSONTests.receivables(names: names)
        let plan = LetterPlan(r)
        // Some letters printed, some not: `pdf` is written only for the printed ones.
        let printed = Set(plan.letters.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element.reference))
        return (plan, LetterPDFReport(letters: printed))
    }

    @Test(arguments: [true, false])
    func theBytesAreJSONEncodersBytes(withBook: Bool) throws {
        let (plan, pdf) = try Self.plan()
        #expect(plan.letters.count >= 2, "one printed, one not")
        #expect(plan.letters.contains(where: \.sendsEmail) && plan.letters.contains { !$0.sendsEmail }, "with and without eml")
        let asOf = Day(iso: "2026-06-15")!
        let book = withBook ? Self.book : nil
        let streamed = LetterManifest.json(plan: plan, asOf: asOf, book: book, pdf: pdf)
        let reference = try LetterManifest(plan: plan, asOf: asOf, book: book, pdf: pdf).foundationEncoded()
        #expect(streamed == reference, "\(String(decoding: streamed, as: UTF8.self))\n--- JSONEncoder:\n\(String(decoding: reference, as: UTF8.self))")
        #expect(try LetterManifest.decode(streamed) == LetterManifest(plan: plan, asOf: asOf, book: book, pdf: pdf))
    }

    @Test func anEmptyPlanToo() throws {
        let r = try SummaryJSONTests.receivables(names: [])
        let plan = LetterPlan(r)
        #expect(plan.letters.isEmpty)
        let asOf = Day(iso: "2026-06-15")!
        #expect(LetterManifest.json(plan: plan, asOf: asOf, book: Self.book, pdf: LetterPDFReport())
            == (try LetterManifest(plan: plan, asOf: asOf, book: Self.book, pdf: LetterPDFReport()).foundationEncoded()))
    }

    @Test(arguments: [1, 50])
    func thePiecesMakeTheSameBytes(pieceSize: Int) throws {
        let (plan, pdf) = try Self.plan()
        let asOf = Day(iso: "2026-06-15")!
        let output = PieceRecorder()
        try LetterManifest.write(plan: plan, asOf: asOf, book: Self.book, pdf: pdf, into: output, at: "letters/letters.json", pieceSize: pieceSize)
        #expect(output.pieces.count > 1)
        #expect(output.pieces.flatMap { $0 } == LetterManifest.json(plan: plan, asOf: asOf, book: Self.book, pdf: pdf))
    }
}
