/// How a line of the log is named as a letter, so that an avis de réception — typed by hand or
/// logged by `relance record delivery` — finds the letter it acknowledges: by the item number (spaces
/// and case aside), by the reference `relance record` wrote into its summary or gave its original
/// (`attachments/sent/<REFERENCE>.pdf`), or by the reference a build gives a letter of that level
/// and date, for lines typed by hand.
extension Interaction {
    /// Whether `name` — an item number or a letter reference — designates this line.
    public func isLetter(named name: String) -> Bool {
        let wanted = Self.compact(name)
        guard !wanted.isEmpty else { return false }
        if let tracking, Self.compact(tracking) == wanted { return true }
        if let summary, Self.referenceTokens(of: summary).contains(wanted) { return true }
        if proofs.contains(where: { Self.sentOriginalReference($0).map(Self.compact) == wanted }) { return true }
        if let level = kind.letterLevel, Self.compact(LetterReference.make(debtorID: debtorID, level: level, date: day)) == wanted {
            return true
        }
        return false
    }

    /// The reference this letter goes by: its kept original's name, else the one a build gives a
    /// letter of its level and date; nil for a line that is no letter.
    public var letterReference: String? {
        if let kept = proofs.lazy.compactMap(Self.sentOriginalReference).first { return kept }
        return kind.letterLevel.map { LetterReference.make(debtorID: debtorID, level: $0, date: day) }
    }

    /// `sent/PETIT-MENUISERIE-MED-20260615.pdf` → `PETIT-MENUISERIE-MED-20260615`; an avis de
    /// réception kept beside it (`…-AR.pdf`) is not the letter.
    static func sentOriginalReference(_ proof: String) -> String? {
        guard proof.hasPrefix("sent/") else { return nil }
        var name = proof.dropFirst("sent/".count)
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        guard !name.isEmpty, !name.contains("/"), !name.hasSuffix("-AR") else { return nil }
        return String(name)
    }

    /// The words of a summary that could be a reference: runs of letters, digits and hyphens.
    private static func referenceTokens(of text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { compact(String($0)) })
    }

    static func compact(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace })
    }
}
