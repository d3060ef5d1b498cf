/// `delivery` lines of the log (assets/docs/book-format.md, new in 2026-12): the avis de réception of a
/// registered letter, logged on its own line — the log is append-only, so the letter's line is
/// never edited. It gives that letter its delivery date when the letter's own `delivered_on` is
/// blank: the delivery line's `delivered_on`, else its date.
///
/// The letter is the latest earlier line of the debtor whose tracking number is the delivery
/// line's `tracking` (spaces and case aside), or, with no tracking, whose tracking number or
/// letter reference (`PETIT-MENUISERIE-MED-20260615`) is its `summary`.
enum DeliveryRecords {
    /// The debtor's lines, in log order, with the deliveries applied.
    static func apply(_ lines: [Interaction]) -> [Interaction] {
        guard lines.contains(where: { $0.kind == .delivery }) else { return lines }
        var result = lines
        for (position, line) in lines.enumerated() where line.kind == .delivery {
            let wanted = normalized(line.tracking ?? line.summary ?? "")
            guard !wanted.isEmpty else { continue }
            guard let letter = result[..<position].lastIndex(where: { candidate in
                guard candidate.kind != .delivery else { return false }
                if let tracking = candidate.tracking, normalized(tracking) == wanted { return true }
                guard line.tracking == nil, let level = candidate.kind.letterLevel else { return false }
                return normalized(LetterReference.make(debtorID: candidate.debtorID, level: level, date: candidate.day)) == wanted
            }) else { continue }
            if result[letter].deliveredOn == nil { result[letter].deliveredOn = line.deliveredOn ?? line.day }
        }
        return result
    }

    private static func normalized(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace })
    }
}

extension Interaction.Kind {
    /// The letter level of a reminder or formal notice line.
    var letterLevel: LetterLevel? {
        switch self {
        case .reminder1: return .reminder1
        case .reminder2: return .reminder2
        case .reminder3: return .reminder3
        case .formalNotice: return .formalNotice
        default: return nil
        }
    }
}
