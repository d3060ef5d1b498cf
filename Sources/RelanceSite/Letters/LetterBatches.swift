import RelanceCore

/// The postal letters of a build in print order, cut into batch files: the plain letters
/// (`courriers-a-imprimer`) and the registered ones (`courriers-recommandes`) apart, since they go
/// to different counters and the registered ones need their forms; each kind in parts of
/// `lettersPerBatch`. In the order of the actions, or by postcode (`--sort postcode`: a franking
/// machine or a consolidator wants them so).
public struct LetterBatches: Sendable {
    public enum Order: String, Sendable, CaseIterable {
        /// The order of the actions: date, then debtor id.
        case actions
        /// Country, postcode, city, then the recipient's name and the reference.
        case postcode
    }

    public struct Batch: Sendable, Hashable {
        /// The batch's HTML from the output root; its PDF has the same path in `.pdf`.
        public let path: String
        /// Positions in `postal`.
        public let letters: Range<Int>
        public let registered: Bool
        public let title: String
    }

    /// Letters per batch file: a printer spooler and a browser both cope with 500 letters; a
    /// collection agency's weekly run may hold thousands.
    static let lettersPerBatch = 500

    /// The plain letters, then the registered ones, each kind in its order.
    public let postal: [Letter]
    public let batches: [Batch]
    /// For each letter of `postal`, the invoice PDFs it encloses (« Pièce jointe »), as copied
    /// beside it in the output: the printed batch puts them after the letter.
    public let enclosures: [[String]]

    init(_ plan: LetterPlan, order: Order, date: Day, invoiceFiles: [String: String] = [:]) {
        let sorted = Self.sorted(plan.letters.filter(\.isPostal), order)
        let plain = sorted.filter { !$0.isRegistered }, registered = sorted.filter(\.isRegistered)
        postal = plain + registered
        var batches: [Batch] = []
        for (letters, offset, isRegistered) in [(plain, 0, false), (registered, plain.count, true)] {
            let stem = isRegistered ? SitePaths.Letters.registeredBatchStem : SitePaths.Letters.plainBatchStem
            let kind = isRegistered ? "Lettres recommandées" : "Courriers simples"
            let parts = (letters.count + Self.lettersPerBatch - 1) / Self.lettersPerBatch
            for part in 0..<parts {
                let start = offset + part * Self.lettersPerBatch
                let end = min(start + Self.lettersPerBatch, offset + letters.count)
                let path = parts == 1 ? "\(stem).html" : String(format: "\(stem)-%03d.html", part + 1)
                batches.append(Batch(
                    path: path, letters: start..<end, registered: isRegistered,
                    title: "\(kind) à imprimer du \(FrenchFormat.longDate(date))" + (parts > 1 ? " (\(part + 1)/\(parts))" : "")))
            }
        }
        self.batches = batches
        enclosures = postal.map { letter in
            letter.enclosedFiles(invoiceFiles).filter { $0.bookPath.lowercased().hasSuffix(".pdf") }
                .map { SitePaths.Letters.enclosure(letter, bookPath: $0.bookPath) }
        }
    }

    private static func sorted(_ letters: [Letter], _ order: Order) -> [Letter] {
        guard order == .postcode else { return letters }
        return letters.enumerated().sorted { a, b in
            let x = a.element.debtor, y = b.element.debtor
            for (p, q) in [(x.country, y.country), (x.postcode ?? "", y.postcode ?? ""), (x.city ?? "", y.city ?? ""),
                           (x.name, y.name), (a.element.reference, b.element.reference)] where p != q {
                return p.precedesInCodePointOrder(q)
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
