import RelancePublish

extension PrettyJSON {
    /// Writes one JSON document to `output`, handing it over in pieces of about `pieceSize` bytes
    /// as `body` writes it, so that a large document never sits in memory whole. The first error
    /// of the output stops the handing over and is thrown once `body` is done.
    static func write(into output: any SiteOutput, at relativePath: String, pieceSize: Int,
                      _ body: (inout PrettyJSON) -> Void) throws {
        try output.write(to: relativePath) { append in
            try withoutActuallyEscaping(append) { append in
                var failure: (any Error)?
                var j = PrettyJSON(pieceSize: pieceSize) { piece in
                    guard failure == nil else { return }
                    do { try append(Array(piece)) } catch { failure = error }
                }
                body(&j)
                _ = j.finish()
                if let failure { throw failure }
            }
        }
    }
}
