/// `delivery` lines of the log (assets/docs/book-format.md, new in 2026-12): the avis de réception of a
/// registered letter, logged on its own line — the log is append-only, so the letter's line is
/// never edited. It gives that letter its delivery date when the letter's own `delivered_on` is
/// blank: the delivery line's `delivered_on`, else its date.
///
/// The letter is the latest earlier line of the debtor that the delivery line designates.
public enum DeliveryRecords {
    /// The debtor's lines, in log order, with the deliveries applied.
    static func apply(_ lines: [Interaction]) -> [Interaction] {
        guard lines.contains(where: { $0.kind == .delivery }) else { return lines }
        var result = lines
        for (position, line) in lines.enumerated() where line.kind == .delivery {
            guard let letter = result[..<position].lastIndex(where: { designates(line, $0) }) else { continue }
            if result[letter].deliveredOn == nil { result[letter].deliveredOn = line.deliveredOn ?? line.day }
        }
        return result
    }

    /// Whether `delivery` acknowledges `letter`: the same item number when it has one, else the
    /// letter named by its summary (its item number or its reference — `relance record` logs a letter
    /// under the reference of its build even when it was posted a later day).
    public static func designates(_ delivery: Interaction, _ letter: Interaction) -> Bool {
        guard delivery.kind == .delivery, letter.kind != .delivery, letter.debtorID == delivery.debtorID else { return false }
        if let tracking = delivery.tracking {
            return letter.tracking.map { Interaction.compact($0) == Interaction.compact(tracking) } ?? false
        }
        let mayHaveAcknowledgement = letter.kind.letterLevel != nil
            || letter.channel == .registeredLetter || letter.channel == .electronicRegisteredLetter
        return mayHaveAcknowledgement && letter.isLetter(named: delivery.summary ?? "")
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
