import Foundation

/// Text without accents, case or width variants, for names built from it (slugs, file names, the
/// keys that sort debtors by name). Foundation's folding is skipped for ASCII text: folding only
/// changes its case, which every caller sets afterwards, and it was several per cent of a large
/// build's CPU, where nearly every id and name is ASCII.
enum AccentFolding {
    /// The caller must set the case of the result itself: an ASCII text comes back unchanged.
    static func folded(_ text: String, locale: Locale? = Locale(identifier: "fr_FR")) -> String {
        if isASCII(text) { return text }
        return byFoundation(text, locale: locale)
    }

    static func byFoundation(_ text: String, locale: Locale? = Locale(identifier: "fr_FR")) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: locale)
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
