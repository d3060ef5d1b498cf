import Foundation
import RelanceTestSupport
import Testing

/// `relance record promise | plan | dispute | reply | call`: one checked line each, which the next
/// build reads like any other.
@Suite struct RecordEntryTests {
    static func record(_ temp: TemporaryFolder, _ arguments: [String]) throws -> RelanceBinary.Run {
        try RelanceBinary.run(["record"] + arguments + ["--book", temp.file("book").path])
    }

    static func lastLine(_ temp: TemporaryFolder) throws -> String {
        try temp.read("book/interactions.csv").split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func eachEntryIsOneLineTheNextBuildReads() throws {
        let temp = try RecordCommandTests.builtSampleBook()
        let log = try temp.read("book/interactions.csv")
        let dry = try Self.record(temp, ["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "1 000,50 €", "--due", "2026-06-30",
                                         "--summary", "Virement promis fin juin", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("2026-06-15,GARAGE-ROUX,,promise,,,Virement promis fin juin,,,,1000.50,2026-06-30,"), "\(dry.stdout)")
        #expect(try temp.read("book/interactions.csv") == log)

        #expect(try Self.record(temp, ["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "1000,50", "--due", "2026-06-30"]).status == 0)
        #expect(try Self.lastLine(temp) == "2026-06-15,GARAGE-ROUX,,promise,,,,,,,1000.50,2026-06-30,")
        #expect(try Self.record(temp, ["plan", "MOREAU-J", "--on", "2026-06-16", "--schedule", "2026-07-15:100", "2026-08-15:100,25"]).status == 0)
        #expect(try Self.lastLine(temp) == "2026-06-16,MOREAU-J,,payment_plan,,,,,,,200.25,,2026-07-15:100.00|2026-08-15:100.25")
        #expect(try Self.record(temp, ["dispute", "GARAGE-ROUX", "--on", "2026-06-16", "--invoices", "FAC-2025-0412",
                                       "--summary", "Cabine de peinture non conforme"]).status == 0)
        #expect(try Self.lastLine(temp) == "2026-06-16,GARAGE-ROUX,FAC-2025-0412,dispute,,,Cabine de peinture non conforme,,,,,,")
        try temp.write("lettre.eml", "Subject: Re: relance\n\nNous contestons.\n")
        let reply = try Self.record(temp, ["reply", "GARAGE-ROUX", "--on", "2026-06-16", "--channel", "email", "--proof", temp.file("lettre.eml").path])
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(try Self.lastLine(temp) == "2026-06-16,GARAGE-ROUX,,reply,email,,,log/2026-06-16-garage-roux-reply.eml,,,,,")
        #expect(try temp.read("book/attachments/log/2026-06-16-garage-roux-reply.eml") == (try temp.read("lettre.eml")))
        #expect(try Self.record(temp, ["call", "GARAGE-ROUX", "--on", "2026-06-17", "--incoming", "--summary", "Rappelle"]).status == 0)
        #expect(try Self.lastLine(temp) == "2026-06-17,GARAGE-ROUX,,call,phone,in,Rappelle,,,,,,")
        #expect(try temp.read("book/interactions.csv").hasPrefix(log))

        let next = try RelanceBinary.run(["build", "--book", temp.file("book").path, "--out", temp.file("out").path,
                                          "--no-pdf", "--as-of", "2026-06-22"])
        #expect(next.status == 0, "\(next.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("out/summary.json"))) as? [String: Any]
        let garage = (summary?["debtors"] as? [[String: Any]])?.first { $0["id"] as? String == "GARAGE-ROUX" }
        let invoice = (garage?["invoices"] as? [[String: Any]])?.first { $0["reference"] as? String == "FAC-2025-0412" }
        #expect(invoice?["disputed"] as? Bool == true, "\(String(describing: invoice))")
    }

    @Test func entriesTheLedgerContradictsAreRefused() throws {
        let temp = try RecordCommandTests.builtSampleBook()
        let log = try temp.read("book/interactions.csv")
        func refused(_ arguments: [String], _ status: Int32, _ message: String) throws {
            let run = try Self.record(temp, arguments)
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(try temp.read("book/interactions.csv") == log)
        }
        try refused(["call", "GARAGE", "--on", "2026-06-15", "--summary", "x"], 64, "vouliez-vous dire GARAGE-ROUX")
        try refused(["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "99999", "--due", "2026-06-30"], 65, "dépasse les 5208.00 dus")
        try refused(["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount=-5", "--due", "2026-06-30"], 64, "montant positif")
        try refused(["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "10", "--due", "2026-06-01"], 64, "précède la promesse")
        try refused(["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "10", "--due", "2026-06-30",
                     "--invoices", "FAC-2025-0431"], 65, "soldée le 2026-06-15 : FAC-2025-0431")
        try refused(["promise", "GARAGE-ROUX", "--on", "2026-06-15", "--amount", "10", "--due", "2026-06-30",
                     "--invoices", "F/2022/141"], 64, "est une facture de PETIT-MENUISERIE")
        try refused(["plan", "GARAGE-ROUX", "--on", "2026-06-15", "--schedule", "2026-08-01:10", "2026-07-01:10"], 64, "dates croissantes")
        try refused(["dispute", "GARAGE-ROUX", "--on", "2026-06-15", "--summary", "x"], 64, "--invoices")
        try refused(["call", "GARAGE-ROUX", "--on", "2099-01-01", "--summary", "x"], 64, "dans le futur")
        try refused(["call", "GARAGE-ROUX", "--on", "2026-06-15"], 64, "--summary")
        try refused(["call", "GARAGE-ROUX", "--channel", "pigeon", "--summary", "x"], 64, "--channel")
    }
}
