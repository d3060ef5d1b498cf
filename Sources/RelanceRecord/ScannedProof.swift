import Foundation

/// A scan given as a proof (an avis de réception): a PDF or an image, recognised by its first bytes
/// rather than its name, so that the copy kept in the book carries the extension of what it is.
enum ScannedProof {
    /// The extension its content calls for, or nil when it is neither a PDF nor a JPEG, PNG or TIFF image.
    static func fileExtension(of bytes: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { bytes.count > magic.count && bytes.starts(with: magic) }
        if starts(Array("%PDF-".utf8)) { return "pdf" }
        if starts([0xFF, 0xD8, 0xFF]) { return "jpg" }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "tif" }
        return nil
    }

    /// The scan's bytes and the extension to keep it under.
    static func read(_ url: URL) throws(RecordFailure) -> (bytes: [UInt8], fileExtension: String) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .usage("--proof \(url.path) : fichier introuvable ou illisible")
        }
        let bytes = [UInt8](data)
        guard let fileExtension = fileExtension(of: bytes) else {
            throw .usage("--proof \(url.path) n'est ni un PDF ni une image (JPEG, PNG, TIFF) : donnez le scan de l'avis de réception")
        }
        return (bytes, fileExtension)
    }
}
