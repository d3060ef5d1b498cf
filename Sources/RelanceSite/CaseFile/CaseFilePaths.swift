import Foundation
import RelanceCore

/// The fixed names of a debtor's case file (`debtors/<slug>/…`), declared once. Every name is
/// relative to the debtor's folder, so pages link each other with these very strings.
public enum CaseFilePaths {
    /// The cover: parties, claim, stage, disputes, commitments, prescription, route.
    public static let cover = "index.html"
    public static let statement = "decompte.html"
    public static let chronology = "chronologie.html"
    /// Bordereau de communication de pièces.
    public static let exhibitList = "bordereau.html"
    /// `sha256sum -c manifest.sha256`, run in the folder, checks every file listed.
    public static let manifest = "manifest.sha256"
    /// The exhibits, copied under names that carry their number.
    public static let exhibitsFolder = "pieces"
    /// The regenerated letters' style sheet, beside them so that the folder stands alone.
    public static let letterStylesheet = "pieces/courrier.css"

    public static func zip(slug: String) -> String { "\(slug).zip" }
    public static func pdf(slug: String) -> String { "\(slug).pdf" }

    /// `pieces/piece-003-facture-fac-2026-0012.pdf`: the number first (three digits, so that a
    /// hundredth exhibit renames none of the others and names sort in number order), then a cleaned
    /// form of what it is. ASCII only, lower case: safe in a ZIP, on any disk, in a URL.
    public static func exhibitFile(_ exhibit: Exhibit) -> String? {
        let number = exhibit.number < 100 ? String(repeating: "0", count: exhibit.number < 10 ? 2 : 1) + String(exhibit.number)
            : String(exhibit.number)
        let base = "\(exhibitsFolder)/piece-\(number)-"
        switch exhibit.source {
        case .invoice(let reference, let file):
            guard let file else { return nil }
            return base + ASCIIName.clean("facture-\(reference)") + ASCIIName.fileExtension(of: file)
        case .proof(let file, _):
            let name = String(file.split(separator: "/").last ?? Substring(file))
            let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            return base + ASCIIName.clean(stem) + ASCIIName.fileExtension(of: file)
        case .regeneratedLetter(let level, let line):
            return base + ASCIIName.clean("\(ExhibitWording.levelName(level))-\(line.day.iso)-copie") + ".html"
        }
    }
}

/// File-name cleaning for exhibits: accents folded, anything but `a-z`, `0-9` turned into single
/// hyphens, bounded length.
enum ASCIIName {
    static let maxLength = 60

    static func clean(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
        var result = ""
        var lastWasHyphen = true
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                result.append("-")
                lastWasHyphen = true
            }
            if result.count >= maxLength { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "document" : result
    }

    /// `.pdf`, `.eml`, `.jpg`…: the book file's own extension when it is short and plain, else none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...].lowercased()
        guard !ext.isEmpty, ext.count <= 8, ext.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return "" }
        return "." + ext
    }
}
