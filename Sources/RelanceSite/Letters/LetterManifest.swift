import Foundation
import RelanceCore

/// `letters/letters.json`: what `relance record` needs to log the letters of a build once they are
/// sent — each letter's reference, debtor, kind, channel, date, exact invoices and files — and the
/// book they were computed from (each file's size and SHA-256), so that it refuses a book that
/// changed since. A function of the book and the build date, like every other output.
public struct LetterManifest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public let reference: String
        public let debtor: String
        /// The interactions.csv kind: `reminder_1` … `formal_notice`.
        public let kind: String
        /// The interactions.csv channel: `email`, `letter` or `registered_letter`.
        public let channel: String
        /// YYYY-MM-DD.
        public let date: String
        public let invoices: [String]
        /// Paths relative to the output folder; `pdf` only when printed, `eml` only for an e-mail.
        public let html: String
        public let pdf: String?
        public let eml: String?

        init(_ letter: Letter, pdf: LetterPDFReport) {
            reference = letter.reference
            debtor = letter.debtor.id
            kind = letter.level.rawValue
            channel = letter.channel.rawValue
            date = letter.date.iso
            invoices = letter.invoices.map(\.reference)
            html = SitePaths.Letters.html(letter)
            self.pdf = pdf.letters.contains(letter.reference) ? SitePaths.Letters.pdf(letter) : nil
            eml = letter.sendsEmail ? SitePaths.Letters.email(letter) : nil
        }
    }

    public let asOf: String
    /// Nil when a book file changed while the build read it: nothing can then be recorded.
    public let book: [String: BookFileDigest]?
    public let letters: [Entry]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", book, letters
    }

    init(plan: LetterPlan, asOf: Day, book: [String: BookFileDigest]?, pdf: LetterPDFReport) {
        self.asOf = asOf.iso
        self.book = book
        letters = plan.letters.map { Entry($0, pdf: pdf) }
    }

    public static func decode(_ bytes: [UInt8]) throws -> LetterManifest {
        try JSONDecoder().decode(LetterManifest.self, from: Data(bytes))
    }

    /// The same bytes through JSONEncoder: the reference the streaming writer
    /// (`LetterManifest+JSON.swift`) is tested against.
    func foundationEncoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
