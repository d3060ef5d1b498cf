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
        var out = ""
        if let from { out += "From: \(Self.address(fromName, from))\r\n" }
        out += "To: \(Self.address(toName, to))\r\n"
        if !cc.isEmpty { out += "Cc: \(cc.joined(separator: ", "))\r\n" }
        out += "Subject: \(Self.encodedWord(subject))\r\n"
        out += "Date: \(date.rfc5322)\r\n"
        out += "Message-ID: <\(reference.lowercased())@relance.invalid>\r\n"
        out += "X-Unsent: 1\r\n"
        out += "MIME-Version: 1.0\r\n"
        out += "Content-Type: multipart/mixed; boundary=\"\(mixed)\"\r\n\r\n"
        out += "--\(mixed)\r\n"
        out += "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n"
        out += "--\(alternative)\r\n"
        out += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        out += Self.base64Lines(Array(plainText.utf8))
        out += "--\(alternative)\r\n"
        out += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        out += Self.base64Lines(html)
        out += "--\(alternative)--\r\n"
        for attachment in attachments {
            out += "--\(mixed)\r\n"
            out += "Content-Type: application/pdf; name=\"\(attachment.fileName)\"\r\n"
            out += "Content-Disposition: attachment; filename=\"\(attachment.fileName)\"\r\n"
            out += "Content-Transfer-Encoding: base64\r\n\r\n"
            out += Self.base64Lines(attachment.bytes)
        }
        out += "--\(mixed)--\r\n"
        return Array(out.utf8)
    }

    /// `"Name" <address>`, the name as an encoded word when it is not plain ASCII.
    static func address(_ name: String, _ address: String) -> String {
        let cleanAddress = address.filter { !$0.isNewline && $0 != "<" && $0 != ">" }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0 != "\"" && $0 != "\\" }
        return plain ? "\"\(name)\" <\(cleanAddress)>" : "\(encodedWord(name)) <\(cleanAddress)>"
    }

    /// RFC 2047 `=?utf-8?B?…?=`, split so that no encoded word exceeds 75 characters and no
    /// character is cut in two.
    static func encodedWord(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return encoded.isEmpty ? "\r\n" : encoded + "\r\n"
    }
}
