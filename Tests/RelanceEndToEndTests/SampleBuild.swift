import Foundation

/// The sample book (assets/sample-book, pinned to 2026-06-15) built once per test process with the
/// real binary, for the tests that read its letters. PDFs are left out here: the PDF tests print
/// their own build, so these stay fast without a browser.
final class SampleBuild: @unchecked Sendable {
    static let shared = Result { try SampleBuild() }

    let folder: TemporaryFolder
    let run: RelanceBinary.Run
    var out: URL { folder.file("out") }

    private init() throws {
        folder = try TemporaryFolder()
        run = try RelanceBinary.run(["build", "--out", folder.file("out").path, "--no-pdf"])
    }

    static func get() throws -> SampleBuild { try shared.get() }

    func text(_ path: String) throws -> String { try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path) }

    /// A page's visible text: block tags become spaces, inline tags vanish, entities the layouts may
    /// produce are decoded, spaces collapse.
    func visibleText(_ path: String) throws -> String {
        var text = try self.text(path)
        if let bodyStart = text.range(of: "<body") { text = String(text[bodyStart.lowerBound...]) }
        text = text.replacingOccurrences(
            of: "</?(td|th|tr|p|li|div|section|h1|h2|h3|table|thead|tbody|tfoot|address|header|footer|article|br)\\b[^>]*>",
            with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    func summary() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
    }
}

/// Paths of the sample's letters (reference = debtor id, level, date).
enum SampleLetters {
    static func html(_ reference: String) -> String { "letters/\(reference).html" }
    static let reminder1 = html("GHA-R1-20260615")
    static let reminder2 = html("RESTAURANT-LE-MARIN-R2-20260615")
    static let reminder3 = html("PLOMBERIE-ROUSSEAU-R3-20260615")
    static let consumerReminder3 = html("MOREAU-J-R3-20260615")
    static let formalNotice = html("PETIT-MENUISERIE-MED-20260615")
    /// Due the day after the build date, written within `[letters] horizon_days` and dated the build date.
    static let dueTomorrow = html("CAF-DUPONT-7A5898-R3-20260615")
    static let all = [reminder1, reminder2, reminder3, consumerReminder3, formalNotice, dueTomorrow]

    /// Every single-letter page the build wrote: the pages of letters/ named after a reference,
    /// which is upper-case where letters/'s own pages are lower-case.
    static func everyLetter(in build: SampleBuild) -> [String] {
        let folder = build.out.appendingPathComponent("letters")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".html") && $0.first.map { $0.isUppercase || $0.isNumber } == true }
            .map { "letters/\($0)" }
    }
}
