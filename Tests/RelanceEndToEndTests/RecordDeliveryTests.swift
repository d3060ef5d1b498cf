import Foundation
import RelanceTestSupport
import Testing

/// `relance record delivery`: an avis de réception logged against a letter already in the log,
/// refused whenever the line would be false or repeated.
@Suite struct RecordDeliveryTests {
    /// The smallest file that starts as a PDF does: what a scanner's output is recognised by.
    static let scan = "%PDF-1.4\n% avis de réception scanné\n%%EOF\n"

    static func deliver(_ temp: TemporaryFolder, _ arguments: [String]) throws -> RelanceBinary.Run {
        try RelanceBinary.run(["record", "delivery"] + arguments + ["--book", temp.file("book").path])
    }

    /// The sample book built and its formal notice recorded, posted the day after its date.
    static func noticePostedLater() throws -> (TemporaryFolder, reference: String) {
        let temp = try RecordCommandTests.builtSampleBook()
        let notice = try #require(try RecordCommandTests.manifest(temp).first { $0["kind"] as? String == "formal_notice" })
        let reference = try #require(notice["reference"] as? String)
        let run = try RecordCommandTests.record(temp, ["--only", reference, "--sent-on", "2026-06-16", "--without-tracking"])
        #expect(run.status == 0, "\(run.stderr)")
        return (temp, reference)
    }

    @Test func aLetterPostedLaterIsFoundByItsReference() throws {
        let (temp, reference) = try Self.noticePostedLater()
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]).write(to: temp.file("ar-scan.pdf"))
        let dry = try Self.deliver(temp, [reference, "--on", "2026-06-17", "--proof", temp.file("ar-scan.pdf").path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains(",delivery,registered_letter,,\(reference),sent/\(reference)-AR.jpg,"), "a JPEG is kept as one: \(dry.stdout)")
        #expect(!temp.exists("book/attachments/sent/\(reference)-AR.jpg"))

        let run = try Self.deliver(temp, [reference, "--on", "2026-06-17"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("distribution de \(reference) le 2026-06-17"), "\(run.stdout)")
        let next = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                          "--no-pdf", "--as-of", "2026-06-22"])
        #expect(next.status == 0, "\(next.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as? [String: Any]
        let debtor = (summary?["debtors"] as? [[String: Any]])?.first { $0["id"] as? String == "PETIT-MENUISERIE" }
        #expect((debtor?["next_action"] as? [String: Any])?["on"] as? String == "2026-06-26", "delivered on 17 June + 8 days + 1")
    }

    @Test func falseOrRepeatedDeliveriesAreRefused() throws {
        let (temp, reference) = try Self.noticePostedLater()
        let log = try temp.read("book/interactions.csv")
        func unchanged(_ run: RelanceBinary.Run, _ status: Int32, _ message: String) throws {
            #expect(run.status == status, "\(run.stderr)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(try temp.read("book/interactions.csv") == log)
            #expect(!temp.exists("book/attachments/sent/\(reference)-AR.pdf"))
        }
        try unchanged(try Self.deliver(temp, ["NOPE-MED-20260615", "--on", "2026-06-18"]), 64, "aucun courrier « NOPE-MED-20260615 »")
        try unchanged(try Self.deliver(temp, [reference, "--on", "2026-06-15"]), 64, "précède l'envoi du courrier (2026-06-16")
        try unchanged(try Self.deliver(temp, [reference, "--on", "2099-01-01"]), 64, "dans le futur")
        try unchanged(try Self.deliver(temp, [reference, "--on", "2026-02-30"]), 64, "date réelle")
        try temp.write("not-a-scan.pdf", "hello")
        try unchanged(try Self.deliver(temp, [reference, "--on", "2026-06-18", "--proof", temp.file("not-a-scan.pdf").path]),
                      64, "n'est ni un PDF ni une image")
        // A second reminder of the sample book went by plain post: no avis de réception to log.
        try unchanged(try Self.deliver(temp, ["PETIT-MENUISERIE-R2-20220725", "--on", "2026-06-18"]), 65, "n'a pas été envoyé en recommandé")

        try temp.write("ar.pdf", Self.scan)
        let first = try Self.deliver(temp, [reference, "--on", "2026-06-18", "--proof", temp.file("ar.pdf").path])
        #expect(first.status == 0, "\(first.stderr)")
        let logged = try temp.read("book/interactions.csv")
        let again = try Self.deliver(temp, [reference, "--on", "2026-06-19"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("déjà enregistrée"), "\(again.stderr)")
        #expect(try temp.read("book/interactions.csv") == logged)
    }
}
