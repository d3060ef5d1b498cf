#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the files the log's `proof` column names, and a PDF for some invoices
/// (`attachments/invoices/<reference>.pdf`): one-page PDFs that qpdf accepts for `.pdf` names, as a
/// user's scans would be (a stub would be replaced by a placeholder page in every case file's PDF
/// and print through Chromium), a line of text for the others.
enum AttachmentFiles {
    static func write(proofs: [String], invoicePDFs: [String], in folder: String) throws(GeneratorError) -> Int {
        let attachments = folder + "/attachments"
        try makeFolder(attachments)
        try makeFolder(attachments + "/proofs")
        try makeFolder(attachments + "/invoices")
        var written = Set<String>()
        for proof in proofs where written.insert(proof).inserted {
            try file(attachments + "/" + proof, bytes: proof.hasSuffix(".pdf")
                     ? MinimalPDF.bytes("Synthetic proof \(proof)") : Array("synthetic proof \(proof)\n".utf8))
        }
        for reference in invoicePDFs {
            try file(attachments + "/invoices/\(reference).pdf", bytes: MinimalPDF.bytes("Synthetic invoice \(reference)"))
        }
        return written.count + invoicePDFs.count
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
