import Foundation
import RelanceCore

/// A ready-to-send e-mail (`.eml`, RFC 5322 + MIME) that any mail program opens: the letter as the
/// HTML body, a plain-text alternative, the invoice PDFs attached. `X-Unsent: 1` makes Outlook open it
/// as a draft to send. Everything is derived from the letter, so the bytes are stable for a book
/// and a date: no clock, no random boundary.
struct EmailMessage {
    struct Attachment {
        let fileName: String
        let bytes: [UInt8]
    }

    let from: String?
    let fromName: String
    let to: String
    let toName: String
    /// Copies (`[email] cc`), checked as plain addresses when the book was read.
    var cc: [String] = []
    let subject: String
    let date: Day
    let reference: String
    let html: [UInt8]
    let plainText: String
    let attachments: [Attachment]

    var bytes: [UInt8] {
        let mixed = "=_relance_mixed_\(reference)"
        let alternative = "=_relance_alt_\(reference)"
        // Bytes, not a String: the attachments' base64 is most of a message, and a String would be
        // copied once more into bytes at the end.
        var out: [UInt8] = []
        out.reserveCapacity(2_048 + (plainText.utf8.count + html.count + attachments.reduce(0) { $0 + $1.bytes.count }) * 4 / 3)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        if let from { put("From: \(Self.address(fromName, from))\r\n") }
        put("To: \(Self.address(toName, to))\r\n")
        if !cc.isEmpty { put("Cc: \(cc.joined(separator: ", "))\r\n") }
        put("Subject: \(Self.encodedWord(subject))\r\n")
        put("Date: \(date.rfc5322)\r\n")
        put("Message-ID: <\(reference.lowercased())@relance.invalid>\r\n")
        put("X-Unsent: 1\r\n")
        put("MIME-Version: 1.0\r\n")
        put("Content-Type: multipart/mixed; boundary=\"\(mixed)\"\r\n\r\n")
        put("--\(mixed)\r\n")
        put("Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n")
        put("--\(alternative)\r\n")
        put("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
        Self.appendBase64Lines(Array(plainText.utf8), to: &out)
        put("--\(alternative)\r\n")
        put("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
        Self.appendBase64Lines(html, to: &out)
        put("--\(alternative)--\r\n")
        for attachment in attachments {
            put("--\(mixed)\r\n")
            put("Content-Type: application/pdf; name=\"\(attachment.fileName)\"\r\n")
            put("Content-Disposition: attachment; filename=\"\(attachment.fileName)\"\r\n")
            put("Content-Transfer-Encoding: base64\r\n\r\n")
            Self.appendBase64Lines(attachment.bytes, to: &out)
        }
        put("--\(mixed)--\r\n")
        return out
    }

    /// `"Name" <address>`, the name as an encoded word when it is not plain ASCII.
    static func address(_ name: String, _ address: String) -> String {
        // Addresses are nearly always printable ASCII without angle brackets: nothing to filter.
        let plainAddress = address.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") }
        let cleanAddress = plainAddress ? address : address.filter { !$0.isNewline && $0 != "<" && $0 != ">" }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0 != "\"" && $0 != "\\" }
        return plain ? "\"\(name)\" <\(cleanAddress)>" : "\(encodedWord(name)) <\(cleanAddress)>"
    }

    /// RFC 2047 `=?utf-8?B?…?=`, split so that no encoded word exceeds 75 characters and no
    /// character is cut in two.
    static func encodedWord(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = character.utf8
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk.removeAll(keepingCapacity: true)
            }
            chunk.append(contentsOf: bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// The bytes in base64, in lines of 76 characters ending in CRLF, and a CRLF after the last.
    static func appendBase64Lines(_ bytes: [UInt8], to out: inout [UInt8]) {
        let encoded = Data(bytes).base64EncodedData(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        out.append(contentsOf: encoded)
        out.append(contentsOf: "\r\n".utf8)
    }
}
