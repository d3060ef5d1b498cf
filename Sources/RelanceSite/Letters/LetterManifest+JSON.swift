import RelancePublish
import RelanceCore

/// letters.json written entry by entry, in JSONEncoder's format (sorted keys, two-space indent,
/// slashes as they are): the same bytes for the same build. JSONEncoder builds a tree of the whole
/// document first: at 91,656 letters (33.6 MB of JSON) that tree is 104 MB, at the build's very end.
extension LetterManifest {
    /// The whole document in memory (tests, small books).
    static func json(plan: LetterPlan, asOf: Day, book: [String: BookFileDigest]?, pdf: LetterPDFReport) -> [UInt8] {
        var j = PrettyJSON(capacity: 256 + plan.letters.count * 400)
        write(&j, plan: plan, asOf: asOf, book: book, pdf: pdf)
        return j.finish()
    }

    /// Writes letters.json to `output` in pieces of about `pieceSize` bytes, each entry made as it is written.
    static func write(plan: LetterPlan, asOf: Day, book: [String: BookFileDigest]?, pdf: LetterPDFReport,
                      into output: any SiteOutput, at relativePath: String, pieceSize: Int = 1 << 20) throws {
        try PrettyJSON.write(into: output, at: relativePath, pieceSize: pieceSize) { j in
            write(&j, plan: plan, asOf: asOf, book: book, pdf: pdf)
        }
    }

    private static func write(_ j: inout PrettyJSON, plan: LetterPlan, asOf: Day, book: [String: BookFileDigest]?, pdf: LetterPDFReport) {
        j.object { j in
            j.key("as_of"); j.string(asOf.iso)
            if let book {
                j.key("book"); j.object { j in
                    for name in book.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                        let digest = book[name]!
                        j.key(name); j.object { j in
                            j.key("sha256"); j.string(digest.sha256)
                            j.key("size"); j.int(digest.size)
                        }
                    }
                }
            }
            j.key("letters"); j.array { j in
                for letter in plan.letters { Entry(letter, pdf: pdf).write(&j) }
            }
        }
    }
}

extension LetterManifest.Entry {
    /// The keys in sorted order; `eml` and `pdf` only when present, as JSONEncoder leaves out nil.
    fileprivate func write(_ j: inout PrettyJSON) {
        j.object { j in
            j.key("channel"); j.string(channel)
            j.key("date"); j.string(date)
            j.key("debtor"); j.string(debtor)
            if let eml { j.key("eml"); j.string(eml) }
            j.key("html"); j.string(html)
            j.key("invoices"); j.array { j in for invoice in invoices { j.string(invoice) } }
            j.key("kind"); j.string(kind)
            if let pdf { j.key("pdf"); j.string(pdf) }
            j.key("reference"); j.string(reference)
        }
    }
}
