import Foundation
import RelanceTestSupport
import Testing

/// The README's « La semaine avec Relance » runs exactly as written: its shell block is read from the
/// README and each command run in a fresh folder, `swift run relance` standing for the built binary.
/// The steps its comments leave to the user are done as a user would: the item numbers typed into
/// the deposit list the build wrote, the scan of the avis de réception saved beside the book.
@Suite struct WeekWalkthroughTests {
    /// The lines of the section's first `sh` block.
    static func walkthrough() throws -> [String] {
        let readme = try String(contentsOf: RelanceBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let sections = readme.components(separatedBy: "\n## La semaine avec Relance\n")
        try #require(sections.count == 2, "the README has the section")
        let blocks = sections[1].components(separatedBy: "```sh\n")
        try #require(blocks.count > 1, "the section has a shell block")
        return blocks[1].components(separatedBy: "\n```")[0].components(separatedBy: "\n")
    }

    @Test func theWeekRunsAsTheReadmeWritesIt() throws {
        let temp = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: temp.file("assets"), withDestinationURL: RelanceBinary.packageRoot.appendingPathComponent("assets"))
        try temp.write("scan-ar.pdf", RecordDeliveryTests.scan)
        var commands: [[String]] = []
        for line in try Self.walkthrough() {
            if line.hasPrefix("#") {
                if line.contains("type each item number into") {
                    // The user types one number per registered letter into the list the build wrote.
                    let list = "sortie/letters/bordereau-de-depot.csv"
                    let typed = try RecordCommandTests.fillDepositList(
                        temp, numbers: ["1A 123 456 7890 1", "2C 000 111 2222 3", "3D 999 888 7777 6", "4E 555 444 3333 2"],
                        from: list, to: list)
                    #expect(!typed.isEmpty, "the Monday build has registered letters")
                }
                continue
            }
            let command = line.components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces)
            guard !command.isEmpty else { continue }
            #expect(!command.contains("\"") && !command.contains("'"), "plain words only: \(command)")
            let words = command.split(separator: " ").map(String.init)
            commands.append(words)
            let run: RelanceBinary.Run
            if words.starts(with: ["swift", "run", "relance"]) {
                run = try RelanceBinary.run(Array(words.dropFirst(3)), in: temp.url)
            } else {
                run = try Self.shell(words, in: temp.url)
            }
            #expect(run.status == 0, "\(command)\n\(run.stderr)")
            if words.starts(with: ["swift", "run", "relance", "build"]) && commands.count == 2 {
                try Self.expectMondayFiles(in: temp)
            }
        }
        #expect(commands.map { $0.prefix(4).joined(separator: " ") } == [
            "cp -r assets/sample-book ma-compta", "swift run relance build", "swift run relance record",
            "swift run relance record", "swift run relance record", "swift run relance build",
        ], "the walkthrough this test knows")

        // What the week left: the letters logged with their originals, the delivery with its scan,
        // and a later build that counts them.
        let sent = try FileManager.default.contentsOfDirectory(atPath: temp.file("ma-compta/attachments/sent").path)
        #expect(sent.contains { $0.hasPrefix("PETIT-MENUISERIE-MED-20260615.") })
        #expect(sent.contains("PETIT-MENUISERIE-MED-20260615-AR.pdf"))
        let log = try temp.read("ma-compta/interactions.csv")
        #expect(log.contains("1A 123 456 7890 1"))
        #expect(log.contains(",delivery,"))
        let summary = try #require(try json(temp.file("sortie/summary.json")) as? [String: Any])
        #expect(summary["as_of"] as? String == "2026-06-22")
    }

    /// What the comments tell the user to read, print, send and upload after Monday's build.
    static func expectMondayFiles(in temp: TemporaryFolder) throws {
        var named = ["sortie/rapport-hebdomadaire.html", "sortie/letters/courriers-a-imprimer.html",
                     "sortie/letters/courriers-recommandes.html", "sortie/letters/bordereau-de-depot.html",
                     "sortie/letters/bordereau-de-depot.csv", "sortie/letters/envoi-en-ligne.csv"]
        if PDFTestTools.chromium != nil {
            named += ["sortie/rapport-hebdomadaire.pdf", "sortie/letters/courriers-a-imprimer.pdf",
                      "sortie/letters/courriers-recommandes.pdf"]
        }
        for path in named { #expect(temp.exists(path), "\(path)") }
        let letters = try FileManager.default.contentsOfDirectory(atPath: temp.file("sortie/letters").path)
        #expect(letters.contains { $0.hasSuffix(".eml") }, "sortie/letters/*.eml")
    }

    /// A command of the block that is not relance's (`cp`), run as the shell would.
    static func shell(_ words: [String], in folder: URL) throws -> RelanceBinary.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RelanceBinary.Run(status: process.terminationStatus, stdout: "", stderr: String(decoding: errors, as: UTF8.self))
    }
}
