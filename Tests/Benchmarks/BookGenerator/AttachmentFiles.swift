#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the files the log's `proof` column names, and a PDF for some invoices
/// (`attachments/invoices/<reference>.pdf`): tiny placeholders, since only their existence is checked.
enum AttachmentFiles {
    static func write(proofs: [String], invoicePDFs: [String], in folder: String) throws(GeneratorError) -> Int {
        let attachments = folder + "/attachments"
        try makeFolder(attachments)
        try makeFolder(attachments + "/proofs")
        try makeFolder(attachments + "/invoices")
        var written = Set<String>()
        for proof in proofs where written.insert(proof).inserted {
            try placeholder(attachments + "/" + proof, body: "synthetic proof \(proof)\n")
        }
        for reference in invoicePDFs {
            try placeholder(attachments + "/invoices/\(reference).pdf", body: "%PDF-1.4\n% synthetic invoice \(reference)\n")
        }
        return written.count + invoicePDFs.count
    }

    static func makeFolder(_ path: String) throws(GeneratorError) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw GeneratorError(message: "cannot create the folder \(path): \(String(cString: strerror(errno)))")
        }
    }

    private static func placeholder(_ path: String, body: String) throws(GeneratorError) {
        var out = try ByteWriter(path: path)
        out.text(body)
        try out.finish()
    }
}
