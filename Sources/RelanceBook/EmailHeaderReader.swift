import Foundation
import RelanceCore

/// The headers of an e-mail kept as `.eml` (RFC 5322) that the chronology shows: Date, From,
/// Subject, unfolded, with RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) decoded.
enum EmailHeaderReader {
    /// Nil when the file has none of the three: then it is no e-mail.
    static func headers(_ bytes: [UInt8]) -> AttachmentFacts.EmailHeaders? {
        var headers = AttachmentFacts.EmailHeaders()
        var current: (name: String, value: String)?
        func finish() {
            guard let (name, value) = current else { return }
            let decoded = decodeWords(value).trimmingCharacters(in: .whitespaces)
            switch name.lowercased() {
            case "date": headers.date = headers.date ?? decoded
            case "from": headers.from = headers.from ?? decoded
            case "subject": headers.subject = headers.subject ?? decoded
            default: break
            }
        }
        // Split on the bytes: in a Swift String a CRLF is one Character, which "\n" does not match.
        for raw in bytes.prefix(65_536).split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw, as: UTF8.self)
            if line.isEmpty { break }  // the end of the header block
            if line.first == " " || line.first == "\t" {
                current?.value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            finish()
            guard let colon = line.firstIndex(of: ":") else { current = nil; continue }
            current = (String(line[..<colon]), String(line[line.index(after: colon)...]))
        }
        finish()
        return headers.date == nil && headers.from == nil && headers.subject == nil ? nil : headers
    }

    /// RFC 2047: `=?charset?B|Q?text?=`, UTF-8 or ISO-8859-1/windows-1252; other text as it is.
    static func decodeWords(_ value: String) -> String {
        var out = ""
        var rest = Substring(value)
        while let start = rest.range(of: "=?") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let parts = after.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count >= 4, parts[3].hasPrefix("="), let decoded = decode(charset: parts[0], encoding: parts[1], text: parts[2]) else {
                out += "=?"
                rest = after
                continue
            }
            out += decoded
            rest = parts[3].dropFirst()
            // Whitespace between two encoded words is not part of the text.
            if rest.drop(while: { $0 == " " }).hasPrefix("=?") { rest = rest.drop(while: { $0 == " " }) }
        }
        return out + rest
    }

    private static func decode(charset: Substring, encoding: Substring, text: Substring) -> String? {
        var bytes: [UInt8]
        switch encoding.uppercased() {
        case "B":
            guard let data = Data(base64Encoded: String(text)) else { return nil }
            bytes = [UInt8](data)
        case "Q":
            bytes = []
            var index = text.utf8.startIndex
            let utf8 = text.utf8
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == UInt8(ascii: "_") {
                    bytes.append(0x20)
                } else if byte == UInt8(ascii: "="), let end = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex),
                          let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<end], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    index = utf8.index(before: end)
                } else {
                    bytes.append(byte)
                }
                index = utf8.index(after: index)
            }
        default:
            return nil
        }
        if charset.lowercased() == "utf-8" || charset.lowercased() == "us-ascii" { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: Windows1252.toUTF8(bytes), as: UTF8.self)
    }
}
