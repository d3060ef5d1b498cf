import Crypto
import Foundation
import RelanceTestSupport
import Testing

/// `relance record`: the week's way back. A copy of the sample book is built on Monday, its letters
/// recorded with the item numbers of a filled deposit list, and built again a week later.
@Suite struct RecordCommandTests {
    /// The sample book copied into a temporary folder (record writes into the book) and built at
    /// its pinned date, 2026-06-15.
    static func builtSampleBook(pdf: Bool = false) throws -> TemporaryFolder {
        let temp = try TemporaryFolder()
        try FileManager.default.copyItem(at: RelanceBinary.packageRoot.appendingPathComponent("assets/sample-book"), to: temp.file("book"))
        let run = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path]
                                        + (pdf ? [] : ["--no-pdf"]))
        #expect(run.status == 0, "\(run.stderr)")
        return temp
    }

    /// The build's deposit list with an item number typed on every row, saved as a spreadsheet
    /// would (windows-1252, no byte-order mark).
    static func fillDepositList(
        _ temp: TemporaryFolder, numbers: [String], from list: String = "out/letters/bordereau-de-depot.csv",
        to saved: String = "depot.csv"
    ) throws -> [String: String] {
        let text = try temp.read(list).replacingOccurrences(of: "\u{FEFF}", with: "")
        var lines = text.components(separatedBy: "\r\n")
        var byReference: [String: String] = [:]
        for index in lines.indices.dropFirst() where !lines[index].isEmpty {
            let number = numbers[(index - 1) % numbers.count]
            lines[index] += number
            byReference[lines[index].components(separatedBy: ";")[6]] = number
        }
        try Data(lines.joined(separator: "\r\n").data(using: .windowsCP1252)!).write(to: temp.file(saved))
        return byReference
    }

    /// The item numbers typed in the deposit list as the log writes them.
    static func printed(_ typed: String) -> String {
        typed == "1A12345678902" ? "1A 123 456 7890 2" : typed
    }

    static func record(_ temp: TemporaryFolder, _ extra: [String] = []) throws -> RelanceBinary.Run {
        try RelanceBinary.run(["record", "--book", temp.file("book").path, "--out", temp.file("out").path] + extra)
    }

    static func manifest(_ temp: TemporaryFolder, out: String = "out") throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("\(out)/letters/letters.json"))) as? [String: Any]
        return json?["letters"] as? [[String: Any]] ?? []
    }

    static func sha256(_ url: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: url)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func aWeekRecordedThenBuiltAgainShowsTheOriginalsAsExhibits() throws {
        let temp = try Self.builtSampleBook()
        let letters = try Self.manifest(temp)
        #expect(letters.count == 8, "the letters due through the build date + horizon_days (4)")
        let mondayHistory = try Self.history(temp)
        let numbers = try Self.fillDepositList(temp, numbers: ["1A 123 456 7890 1", "1A12345678902", "2C 000 111 2222 3", "3D 999 888 7777 6"])
        let logBefore = try temp.read("book/interactions.csv")
        let lineCount = logBefore.components(separatedBy: "\n").count - 1

        let dry = try Self.record(temp, ["--deposit", temp.file("depot.csv").path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("rien n'a été écrit"))
        #expect(try temp.read("book/interactions.csv") == logBefore)
        #expect(!temp.exists("book/attachments/sent"))

        let run = try Self.record(temp, ["--deposit", temp.file("depot.csv").path])
        #expect(run.status == 0, "\(run.stderr)")
        let log = try temp.read("book/interactions.csv")
        #expect(log.hasPrefix(logBefore), "earlier lines are never edited")
        let added = log.dropFirst(logBefore.count).split(separator: "\n").map(String.init)
        #expect(added.count == 8)
        #expect(run.stdout.contains("interactions.csv:\(lineCount + 1) : "))
        for (entry, line) in zip(letters, added) {
            let reference = try #require(entry["reference"] as? String)
            let invoices = (entry["invoices"] as? [String] ?? []).joined(separator: "|")
            #expect(line.hasPrefix("2026-06-15,\(entry["debtor"]!),\(invoices),\(entry["kind"]!),\(entry["channel"]!),"), "\(line)")
            let original = entry["channel"] as? String == "email" ? try #require(entry["eml"] as? String) : try #require(entry["html"] as? String)
            let kept = temp.file("book/attachments/sent/\(reference).\((original as NSString).pathExtension)")
            #expect(try Data(contentsOf: kept) == Data(contentsOf: temp.file("out/\(original)")), "the original, byte for byte")
            #expect(line.contains("SHA-256 \(try Self.sha256(kept))"), "\(line)")
            if let number = numbers[reference] {
                #expect(line.contains(",\(Self.printed(number)),"), "\(line)")
            }
        }

        // The avis de réception of the formal notice comes back, delivered on Thursday: logged by its
        // item number, with the scan.
        let notice = try #require(letters.first { $0["kind"] as? String == "formal_notice" })
        let reference = try #require(notice["reference"] as? String)
        try temp.write("ar.pdf", RecordDeliveryTests.scan)
        let delivery = try RelanceBinary.run(["record", "delivery", try #require(numbers[reference]), "--on", "2026-06-18",
                                              "--proof", temp.file("ar.pdf").path, "--book", temp.file("book").path])
        #expect(delivery.status == 0, "\(delivery.stderr)")
        let deliveryLine = try temp.read("book/interactions.csv").split(separator: "\n").last.map(String.init) ?? ""
        #expect(deliveryLine == (
            "2026-06-18,\(notice["debtor"]!),\((notice["invoices"] as? [String] ?? []).joined(separator: "|")),delivery,registered_letter,,"
            + "\(reference),sent/\(reference)-AR.pdf,\(Self.printed(numbers[reference]!)),,,,"), "\(deliveryLine)")

        // A week later: what was sent moved the debtors on, the formal notice's deadline runs from
        // its delivery, and the lawyer's folder of the debtor at formal notice holds the original,
        // not a regenerated copy, and the avis de réception.
        let next = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                          "--no-pdf", "--as-of", "2026-06-22"])
        #expect(next.status == 0, "\(next.stderr)")
        let references = Set(try Self.manifest(temp).compactMap { $0["reference"] as? String })
        #expect(references.isDisjoint(with: letters.compactMap { $0["reference"] as? String }))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as? [String: Any]
        let debtor = (summary?["debtors"] as? [[String: Any]])?.first { $0["id"] as? String == notice["debtor"] as? String }
        let handover = try #require(debtor?["next_action"] as? [String: Any])
        #expect(handover["kind"] as? String == "handover")
        #expect(handover["on"] as? String == "2026-06-27", "delivered on 18 June + 8 days + 1")
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: temp.file("out/debtors").path)
            .first { $0.hasPrefix("petit-menuiserie") && !$0.hasSuffix(".html") })
        let pieces = try FileManager.default.contentsOfDirectory(atPath: temp.file("out/debtors/\(folder)/pieces").path)
        let exhibit = try #require(pieces.first { $0.contains(reference.lowercased()) })
        #expect(!exhibit.contains("copie"))
        #expect(try Self.sha256(temp.file("out/debtors/\(folder)/pieces/\(exhibit)"))
                == Self.sha256(temp.file("book/attachments/sent/\(reference).html")))
        let receipt = try #require(pieces.first { $0.contains("\(reference.lowercased())-ar") })
        #expect(try Self.sha256(temp.file("out/debtors/\(folder)/pieces/\(receipt)")) == Self.sha256(temp.file("ar.pdf")))
        #expect(try temp.read("out/debtors/\(folder)/bordereau.html").contains("mise en demeure : avis de réception du 18/06/2026"))
        // The trend moved on by one week; the weeks both builds show are the same figures.
        let nextHistory = try Self.history(temp)
        #expect(nextHistory.count == 13 && mondayHistory.count == 13)
        #expect(nextHistory.first?["as_of"] as? String == "2026-03-30" && nextHistory.last?["as_of"] as? String == "2026-06-22")
        for (later, earlier) in zip(nextHistory.prefix(12), mondayHistory.suffix(12)) {
            #expect(NSDictionary(dictionary: later).isEqual(to: earlier), "\(later) ≠ \(earlier)")
        }
    }

    static func history(_ temp: TemporaryFolder) throws -> [[String: Any]] {
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as? [String: Any]
        return summary?["history"] as? [[String: Any]] ?? []
    }

    /// With Chromium the originals are the PDFs that were posted, and the lawyer's folder of a week
    /// later numbers them byte for byte.
    @Test(.enabled(if: PDFTestTools.chromium != nil && PDFTestTools.qpdf != nil, "needs chromium and qpdf (apt-get install chromium qpdf)"))
    func thePostedPDFIsTheExhibit() throws {
        let temp = try Self.builtSampleBook(pdf: true)
        let notice = try #require(try Self.manifest(temp).first { $0["kind"] as? String == "formal_notice" })
        let reference = try #require(notice["reference"] as? String)
        let pdf = try #require(notice["pdf"] as? String)
        let run = try Self.record(temp, ["--only", reference, "--without-tracking"])
        #expect(run.status == 0, "\(run.stderr)")
        let kept = temp.file("book/attachments/sent/\(reference).pdf")
        #expect(try Data(contentsOf: kept) == Data(contentsOf: temp.file("out/\(pdf)")))

        let next = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                          "--no-pdf", "--as-of", "2026-06-22"])
        #expect(next.status == 0, "\(next.stderr)")
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: temp.file("out/debtors").path)
            .first { $0.hasPrefix("petit-menuiserie") && !$0.hasSuffix(".html") })
        let pieces = try FileManager.default.contentsOfDirectory(atPath: temp.file("out/debtors/\(folder)/pieces").path)
        let exhibit = try #require(pieces.first { $0.contains(reference.lowercased()) && $0.hasSuffix(".pdf") })
        #expect(try Self.sha256(temp.file("out/debtors/\(folder)/pieces/\(exhibit)")) == Self.sha256(kept))
    }

    @Test func aLetterIsNeverRecordedTwice() throws {
        let temp = try Self.builtSampleBook()
        let first = try Self.record(temp, ["--only", "GHA-R1-20260615", "VASSEUR-R2-20260615"])
        #expect(first.status == 0, "\(first.stderr)")
        let log = try temp.read("book/interactions.csv")

        let again = try Self.record(temp, ["--only", "GHA-R1-20260615"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("déjà enregistré") && again.stderr.contains("GHA-R1-20260615"), "\(again.stderr)")
        #expect(try temp.read("book/interactions.csv") == log)

        // The rest of the build is recorded; the two already in the log are left out and named.
        let rest = try Self.record(temp, ["--without-tracking"])
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(rest.stdout.contains("Déjà enregistrés, laissés de côté : VASSEUR-R2-20260615, GHA-R1-20260615"), "\(rest.stdout)")
        let everything = try Self.record(temp, ["--without-tracking"])
        #expect(everything.status == 65)
        #expect(everything.stderr.contains("déjà enregistrés"), "\(everything.stderr)")
    }

    @Test func badRequestsAreRefusedAndWriteNothing() throws {
        let temp = try Self.builtSampleBook()
        let log = try temp.read("book/interactions.csv")
        func unchanged() throws {
            #expect(try temp.read("book/interactions.csv") == log)
            #expect(!temp.exists("book/attachments/sent"))
        }

        let unknown = try Self.record(temp, ["--only", "NOPE-R1-20260615"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("NOPE-R1-20260615"))
        try unchanged()

        let early = try Self.record(temp, ["--sent-on", "2026-06-14", "--without-tracking"])
        #expect(early.status == 64)
        #expect(early.stderr.contains("précède"), "\(early.stderr)")
        try unchanged()

        let untracked = try Self.record(temp)
        #expect(untracked.status == 65)
        #expect(untracked.stderr.contains("N° de recommandé"), "\(untracked.stderr)")
        try unchanged()

        _ = try Self.fillDepositList(temp, numbers: ["1A 123 456 7890 1", "1A 123 456 789 2"])
        let wrong = try Self.record(temp, ["--deposit", temp.file("depot.csv").path])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("depot.csv:3:160: N° de recommandé: expected a digit, a letter and 11 digits, as 1A 123 456 7890 1, found \"1A 123 456 789 2\""),
                "\(wrong.stderr)")
        try unchanged()

        var ledger = try temp.read("book/ledger.csv")
        ledger += "2026-06-10,payment,VIR-LATE,VASSEUR,10.00,,\n"
        try temp.write("book/ledger.csv", ledger)
        let changed = try Self.record(temp, ["--without-tracking"])
        #expect(changed.status == 65)
        #expect(changed.stderr.contains("ledger.csv a été modifié"), "\(changed.stderr)")
        try unchanged()
    }

    /// As root, permissions do not stop a write: the book's attachments/ is made a file instead,
    /// where the originals' folder cannot be created.
    @Test func aBookThatCannotBeWrittenIsLeftAsItWas() throws {
        let temp = try Self.builtSampleBook()
        let log = try temp.read("book/interactions.csv")
        try FileManager.default.createDirectory(at: temp.file("book/attachments/sent"), withIntermediateDirectories: true)
        try temp.write("book/attachments/sent/GHA-R1-20260615.eml", "an earlier, different file")
        let run = try Self.record(temp, ["--without-tracking"])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("existe déjà avec un autre contenu"), "\(run.stderr)")
        #expect(try temp.read("book/interactions.csv") == log)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.file("book/attachments/sent").path) == ["GHA-R1-20260615.eml"],
                "the originals copied before the clash are removed")

        try FileManager.default.removeItem(at: temp.file("book/attachments/sent"))
        try temp.write("book/attachments/sent", "a file where the folder should be")
        let blocked = try Self.record(temp, ["--without-tracking"])
        #expect(blocked.status == 73, "\(blocked.stderr)")
        #expect(blocked.stderr.contains("rien n'a été modifié"), "\(blocked.stderr)")
        #expect(try temp.read("book/interactions.csv") == log)
    }
}
