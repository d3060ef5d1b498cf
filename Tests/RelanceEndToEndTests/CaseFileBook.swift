import Foundation
import Testing
import RelanceTestSupport

/// A small book for the case-file tests: one business debtor with a partly paid invoice whose late
/// days cross 1 January, an invoice PDF and a registered formal notice with its receipt as proof.
struct CaseFileBook {
    var book: BookFixture = {
        var book = BookFixture.mini
        book.debtors = """
            id,name,type,siren,address_1,postcode,city,email
            D1,Client Un SARL,business,732829320,1 rue A,69001,Lyon,a@b.fr

            """
        book.ledger = """
            date,kind,reference,debtor,amount,due_date,applies_to
            2025-11-02,invoice,F1,D1,1800.00,2025-12-02,
            2026-02-10,payment,VIR-1,D1,600.00,,F1
            2026-05-20,invoice,F/2,D1,250.00,2026-06-19,

            """
        book.interactions = """
            date,debtor,invoices,kind,channel,direction,summary,proof,tracking,delivered_on
            2026-01-05,D1,F1,reminder_1,email,,Relance amiable.,,,
            2026-03-01,D1,,formal_notice,registered_letter,,Mise en demeure.,proofs/AR-1.pdf,1A 123 456 7890 1,2026-03-03

            """
        book["attachments/invoices/F1.pdf"] = "%PDF-1.4\n% facture F1\n"
        book["attachments/proofs/AR-1.pdf"] = "%PDF-1.4\n% accusé de réception\n"
        return book
    }()

    func write(to folder: URL) throws { try book.write(to: folder) }

    /// Writes the book into `temp/<name>` and builds it into `temp/<out>` on 15 June 2026.
    @discardableResult
    func build(in temp: TemporaryFolder, book name: String = "book", out: String = "out", extra: [String] = []) throws -> RelanceBinary.Run {
        try write(to: temp.file(name))
        return try RelanceBinary.run(
            ["build", "--book", temp.file(name).path, "--out", temp.file(out).path, "--as-of", "2026-06-15", "--no-pdf"] + extra)
    }
}

/// Reading what a case file shows, the way a reader of the page would.
enum CaseFilePage {
    /// A debtor's slug, as summary.json gives it.
    static func slug(_ temp: TemporaryFolder, _ id: String = "D1", out: String = "out") throws -> String {
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: temp.file("\(out)/summary.json"))) as! [String: Any]
        let debtors = summary["debtors"] as! [[String: Any]]
        return try #require(debtors.first { $0["id"] as? String == id }?["slug"] as? String)
    }

    /// A bundled debtor's folder, relative to the test folder.
    static func folder(_ temp: TemporaryFolder, _ id: String = "D1", out: String = "out") throws -> String {
        "\(out)/debtors/\(try slug(temp, id, out: out))"
    }

    /// A document of a bundled debtor's folder (`decompte.html`…), as `plain(_:)` text.
    static func document(_ temp: TemporaryFolder, _ name: String, of id: String = "D1", out: String = "out") throws -> String {
        plain(try temp.read("\(try folder(temp, id, out: out))/\(name)"))
    }

    /// `text(_:)` as a reader types it: no space the tags left before a comma or a full stop, and
    /// the no-break spaces of amounts as plain spaces.
    static func plain(_ html: String) -> String {
        text(html).replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " .", with: ".")
            .replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// Expects `page` to say each of `mentions` word for word, naming the one missing with the page.
    static func expectMentions(_ mentions: [String], in page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for mention in mentions {
            #expect(page.contains(mention), "\(mention)\n\(page)", sourceLocation: sourceLocation)
        }
    }

    /// `1 331,88 €` → 133188 (cents).
    static func cents(_ text: String) -> Int? {
        let plain = text.filter { !"\u{202F}\u{00A0} €".contains($0) }.replacingOccurrences(of: ",", with: ".")
        let parts = plain.split(separator: ".")
        guard parts.count == 2, let whole = Int(parts[0].replacingOccurrences(of: "-", with: "")), let fraction = Int(parts[1]) else { return nil }
        return (plain.hasPrefix("-") ? -1 : 1) * (whole * 100 + fraction)
    }

    /// `"1234.50"` → 123450.
    static func cents(decimal text: String) -> Int {
        let parts = text.split(separator: ".")
        return Int(parts[0])! * 100 + Int(parts[1])!
    }

    /// The visible text of an HTML fragment, entities decoded, spaces collapsed.
    static func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Every match of a regular expression's first group.
    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The bordereau's lines, "Pièce n° N — title — date", in page order.
    static func exhibitTitles(_ bordereau: String) -> [String] {
        captures(#"<p class="exhibit-title">(.*?)</p>"#, in: bordereau).map(text)
    }
}

/// Runs a program and returns its exit status and output.
func runTool(_ path: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
