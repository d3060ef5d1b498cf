import RelanceCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the files the log's `proof` column names, and a PDF for some invoices
/// (`attachments/invoices/<reference>.pdf`): one-page PDFs that qpdf accepts for `.pdf` names, as a
/// user's scans would be (a stub would be replaced by a placeholder page in every case file's PDF
/// and print through Chromium), an RFC 5322 message for the `.eml` names (a debtor's e-mail
/// contesting an invoice, which a case file prints as an exhibit), a line of text for the others.
enum AttachmentFiles {
    static func write(proofs: [String], invoicePDFs: [String], in folder: String) throws(GeneratorError) -> Int {
        let attachments = folder + "/attachments"
        try makeFolder(attachments)
        try makeFolder(attachments + "/proofs")
        try makeFolder(attachments + "/invoices")
        var written = Set<String>()
        for proof in proofs where written.insert(proof).inserted {
            let bytes = proof.hasSuffix(".pdf") ? MinimalPDF.bytes("Synthetic proof \(proof)")
                : proof.hasSuffix(".eml") ? disputeEmail(proof) : Array("synthetic proof \(proof)\n".utf8)
            try file(attachments + "/" + proof, bytes: bytes)
        }
        for reference in invoicePDFs {
            try file(attachments + "/invoices/\(reference).pdf", bytes: MinimalPDF.bytes("Synthetic invoice \(reference)"))
        }
        return written.count + invoicePDFs.count
    }

    /// `proofs/litige-12-2026-03-20.eml`: a message dated from its name.
    static func disputeEmail(_ proof: String) -> [UInt8] {
        let stem = proof.split(separator: "/").last.map { $0.dropLast(".eml".count) } ?? ""
        let date = (Day(iso: stem.suffix(10)) ?? Day(year: 2026, month: 1, day: 1)!).rfc5322
        return Array("""
            From: Service comptable <compta@debiteur.example>\r
            To: recouvrement@synthese.example\r
            Date: \(date)\r
            Subject: Contestation de facture\r
            Message-ID: <\(stem)@debiteur.example>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: 8bit\r
            \r
            Bonjour,\r
            \r
            Nous contestons la facture rappelée : la livraison était incomplète. Nous ne la réglerons\r
            qu'après réception d'un avoir.\r
            \r
            Cordialement,\r
            Le service comptable\r

            """.utf8)
    }

    static func makeFolder(_ path: String) throws(GeneratorError) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw GeneratorError(message: "cannot create the folder \(path): \(String(cString: strerror(errno)))")
        }
    }

    private static func file(_ path: String, bytes: [UInt8]) throws(GeneratorError) {
        var out = try ByteWriter(path: path)
        out.bytes(bytes)
        try out.finish()
    }
}
