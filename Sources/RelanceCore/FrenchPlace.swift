/// « de » before a place name, as French writes it: « de Bordeaux », « d'Angers », « du Havre »,
/// « du Mans », « des Sables-d'Olonne », « de La Roche-sur-Yon ».
public enum FrenchPlace {
    public static func of(_ name: String) -> String {
        let trimmed = name.trimmingSpaces
        // As a Kbis may write it: « LE HAVRE » is « du HAVRE ».
        let upper = trimmed.uppercased()
        if upper.hasPrefix("LE ") { return "du " + trimmed.dropFirst(3) }
        if upper.hasPrefix("LES ") { return "des " + trimmed.dropFirst(4) }
        guard let first = upper.first else { return "de" }
        return "AEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜ".contains(first) ? "d'" + trimmed : "de " + trimmed
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
