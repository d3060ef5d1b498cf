/// The columns of a FEC (article A47 A-1 LPF) as real exports name them: in any case, with the
/// misspellings some programs write (`EcrtureLet`, `MontantDevise`, `Idevise`), amounts either as
/// `Debit` and `Credit` or as `Montant` and `Sens` (D/C).
struct FECHeader {
    enum Column: String, CaseIterable {
        case journalCode, journalLib, ecritureNum, ecritureDate, compteNum, compteLib, compAuxNum, compAuxLib
        case pieceRef, pieceDate, ecritureLib, debit, credit, montant, sens, ecritureLet, dateLet, validDate
        case montantDevise, idevise
    }

    /// Column → field position.
    let positions: [Column: Int]
    let fieldCount: Int
    /// `Montant` + `Sens` rather than `Debit` + `Credit`.
    var signedBySens: Bool { positions[.debit] == nil }

    /// Lower-cased header name → column; the known misspellings map to the right column.
    private static let names: [String: Column] = {
        var names: [String: Column] = [:]
        for column in Column.allCases { names[column.rawValue.lowercased()] = column }
        names["ecrturelet"] = .ecritureLet
        names["ecriturelett"] = .ecritureLet
        names["montantdevise"] = .montantDevise
        names["montant_devise"] = .montantDevise
        names["idevise"] = .idevise
        names["devise"] = .idevise
        return names
    }()

    static let required: [Column] = [.journalCode, .ecritureNum, .ecritureDate, .compteNum, .pieceRef]

    /// Why a line is not a FEC header: the columns missing, named as the norm spells them.
    struct Problem: Error { let message: String }

    /// The header, or why it is not one.
    static func make(_ fields: [String]) -> Result<FECHeader, Problem> {
        var positions: [Column: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = field.trimmingBlanks().lowercased()
            if let column = names[name], positions[column] == nil { positions[column] = index }
        }
        var missing = required.filter { positions[$0] == nil }.map(\.normName)
        let hasDebitCredit = positions[.debit] != nil && positions[.credit] != nil
        let hasMontantSens = positions[.montant] != nil && positions[.sens] != nil
        if !hasDebitCredit && !hasMontantSens { missing.append("Debit and Credit (or Montant and Sens)") }
        guard missing.isEmpty else {
            return .failure(Problem(message: "expected a FEC header with the columns of article A47 A-1 LPF, missing: "
                                    + missing.joined(separator: ", ")))
        }
        if hasDebitCredit { positions[.montant] = nil; positions[.sens] = nil }
        return .success(FECHeader(positions: positions, fieldCount: fields.count))
    }
}

extension FECHeader.Column {
    /// As the norm writes it, for messages.
    var normName: String {
        let first = rawValue.prefix(1).uppercased()
        return first + rawValue.dropFirst()
    }
}
