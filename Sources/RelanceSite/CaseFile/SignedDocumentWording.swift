import RelanceCore

/// What the documents the creditor signs — requête, déclaration de créance, attestation — say alike:
/// the signature block and how many exhibits go with them.
enum SignedDocumentWording {
    /// « Pour Lefèvre Thermique SAS, Nathalie Lefèvre, directrice… », or its legal representative.
    static func signature(_ creditor: Creditor) -> String {
        creditor.signatory.map { "Pour \(creditor.name), \($0)" } ?? "Pour \(creditor.name), son représentant légal"
    }

    /// « 1 pièce numérotée », « 3 pièces numérotées », or none yet.
    static func exhibits(_ count: Int, one: String, many: String) -> String {
        count == 0 ? "aucune pièce encore (voir les pièces à fournir)"
            : "\(FrenchFormat.integer(count)) \(count > 1 ? "pièces \(many)" : "pièce \(one)")"
    }
}
