/// The columns of a FEC (article A47 A-1 LPF) as real exports name them: in any case, with the
/// misspellings some programs write (`EcrtureLet`, `MontantDevise`, `Idevise`), amounts either as
/// `Debit` and `Credit` or as `Montant` and `Sens` (D/C).
struct FECHeader {
    /// Numbered, so that a line's fields are found by index: a dictionary lookup per field was an
    /// eighth of the time of reading a large FEC.
    enum Column: Int, CaseIterable {
        case journalCode, journalLib, ecritureNum, ecritureDate, compteNum, compteLib, compAuxNum, compAuxLib
        case pieceRef, pieceDate, ecritureLib, debit, credit, montant, sens, ecritureLet, dateLet, validDate
        case montantDevise, idevise

        /// As the norm spells it (article A47 A-1 LPF).
        var normName: String {
            ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
             "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "Montant", "Sens", "EcritureLet", "DateLet", "ValidDate",
             "MontantDevise", "Idevise"][rawValue]
        }
    }

    /// Column (by `rawValue`) → field position, −1 when the file has no such column.
    let positions: [Int]
    let fieldCount: Int
    /// `Montant` + `Sens` rather than `Debit` + `Credit`.
    var signedBySens: Bool { positions[Column.debit.rawValue] < 0 }

    func position(_ column: Column) -> Int? {
        let position = positions[column.rawValue]
        return position < 0 ? nil : position
    }

    /// Lower-cased header name → column; the known misspellings map to the right column.
    private static let names: [String: Column] = {
        var names: [String: Column] = [:]
        for column in Column.allCases { names[column.normName.lowercased()] = column }
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
        var slots = [Int](repeating: -1, count: Column.allCases.count)
        for (column, position) in positions { slots[column.rawValue] = position }
        return .success(FECHeader(positions: slots, fieldCount: fields.count))
    }
}
