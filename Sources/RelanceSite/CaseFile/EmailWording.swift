import RelanceCore

/// An e-mail exhibit as the chronology and the bordereau name it, from its own headers:
/// « e-mail du Wed, 6 May 2026 09:12:00 +0200, de Hôtel des Vosges <compta@…> : « Contestation » ».
enum EmailWording {
    static func text(_ headers: AttachmentFacts.EmailHeaders) -> String {
        var text = "e-mail"
        if let date = headers.date { text += " du \(date)" }
        if let from = headers.from { text += ", de \(from)" }
        if let subject = headers.subject { text += " : « \(subject) »" }
        return text
    }
}
