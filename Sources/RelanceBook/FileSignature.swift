/// What a file is by its first bytes (its "magic"), whatever its name says.
enum FileSignature {
    enum Kind: Equatable {
        case pdf, jpeg, png, gif, tiff, webp, heic, zip

        init?(imageExtension ext: String) {
            switch ext {
            case "jpg", "jpeg": self = .jpeg
            case "png": self = .png
            case "gif": self = .gif
            case "tif", "tiff": self = .tiff
            case "webp": self = .webp
            case "heic": self = .heic
            default: return nil
            }
        }

        var label: String {
            switch self {
            case .pdf: return "PDF"
            case .jpeg: return "JPEG"
            case .png: return "PNG"
            case .gif: return "GIF"
            case .tiff: return "TIFF"
            case .webp: return "WebP"
            case .heic: return "HEIC"
            case .zip: return "ZIP (document bureautique ?)"
            }
        }
    }

    static func kind(of bytes: [UInt8]) -> Kind? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
        }
        // A PDF may have a few bytes before its header (the norm allows 1024).
        if let start = firstIndex(of: Array("%PDF-".utf8), in: bytes.prefix(1024)), start >= 0 { return .pdf }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF8".utf8)) { return .gif }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("ftypheic".utf8), at: 4) || starts(Array("ftypmif1".utf8), at: 4) { return .heic }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .zip }
        return nil
    }

    /// Why a PDF cannot be read as one, by its structure: its end-of-file mark and its
    /// cross-reference must be there (a file cut short in transfer has neither). Nil when sound.
    static func pdfDamage(_ bytes: [UInt8]) -> String? {
        let tail = Array(bytes.suffix(2048))
        guard firstIndex(of: Array("%%EOF".utf8), in: tail[...]) != nil else { return "fin de fichier (%%EOF) absente : fichier tronqué ?" }
        guard firstIndex(of: Array("startxref".utf8), in: tail[...]) != nil else { return "table des objets (startxref) absente" }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
