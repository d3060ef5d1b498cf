/// The numbered exhibits of one debtor's case file.
///
/// The numbering rule, chosen so that appending a line to the log only ever appends numbers:
/// walk the debtor's log lines (on or before the build date) in **file order** (`sequence`, not the
/// date order of the chronology, so that a back-dated line appended to the file still comes last);
/// at each line, first number the invoices it covers that have no number yet, in ledger order (their
/// PDF, or "pièce non fournie"); then the line's proof files in the order the log lists them (a file
/// already numbered by an earlier line keeps its number); and for an outgoing reminder or formal
/// notice logged without a proof, a regenerated copy of the letter. Open invoices no line has covered
/// yet come last, in ledger order: they are the only numbers that can move, when a later line first
/// covers one of them.
public struct ExhibitList: Sendable {
    public let exhibits: [Exhibit]
    /// Log line (`sequence`) → the numbers of its proofs or of its regenerated letter.
    public let numbersByLine: [Int: [Int]]
    /// Invoice reference → its number.
    public let numbersByInvoice: [String: Int]

    /// `otherDebts` (`Book.otherDebts`) are no invoices: they get no invoice exhibit.
    public init(state: DebtorState, allocation: LedgerAllocation, invoiceFiles: [String: String], otherDebts: Set<String> = []) {
        let coverage = Coverage(allocation: allocation)
        let debtorInvoices = allocation.debtors[state.id]?.invoiceIndices ?? []
        var exhibits: [Exhibit] = []
        var byLine: [Int: [Int]] = [:]
        var byInvoice: [String: Int] = [:]
        var byProof: [String: Int] = [:]

        func addInvoice(_ index: Int) {
            let entry = allocation.invoices[index].entry
            guard byInvoice[entry.reference] == nil, !otherDebts.contains(entry.reference) else { return }
            let number = exhibits.count + 1
            byInvoice[entry.reference] = number
            exhibits.append(Exhibit(
                number: number, source: .invoice(reference: entry.reference, file: invoiceFiles[entry.reference]),
                date: entry.date))
        }

        for line in state.interactions.sorted(by: { $0.sequence < $1.sequence }) {
            // Ledger order: `invoiceIndices` follow the ledger file.
            for index in coverage.invoices(of: line, debtorInvoices: debtorInvoices).sorted() { addInvoice(index) }
            var numbers: [Int] = []
            for file in line.proofs {
                if let known = byProof[file] { numbers.append(known); continue }
                let number = exhibits.count + 1
                byProof[file] = number
                exhibits.append(Exhibit(number: number, source: .proof(file: file, line: line), date: line.day))
                numbers.append(number)
            }
            if line.proofs.isEmpty, let level = ExhibitList.regeneratedLevel(of: line) {
                let number = exhibits.count + 1
                exhibits.append(Exhibit(number: number, source: .regeneratedLetter(level: level, line: line), date: line.day))
                numbers.append(number)
            }
            if !numbers.isEmpty { byLine[line.sequence] = numbers }
        }
        for index in debtorInvoices.sorted() where allocation.invoices[index].balance.isPositive { addInvoice(index) }

        self.exhibits = exhibits
        numbersByLine = byLine
        numbersByInvoice = byInvoice
    }

    /// The letter a line records, when it has none of its own to show: an outgoing reminder or
    /// formal notice sent in writing (a reminder by phone or visit left no letter to regenerate).
    public static func regeneratedLevel(of line: Interaction) -> LetterLevel? {
        guard line.direction == .outgoing, line.proofs.isEmpty, let level = LetterLevel(line.kind) else { return nil }
        switch line.channel {
        case .phone, .visit: return nil
        case .email, .letter, .registeredLetter, .electronicRegisteredLetter, .portal, nil: return level
        }
    }
}
