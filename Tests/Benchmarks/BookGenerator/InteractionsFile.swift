import RelanceCore

/// Writes interactions.csv in log order (date, then time of day, then the order rows were made),
/// `;`-separated, a share of the rows with French words, dates and amounts.
struct InteractionsFile {
    static let header = "date;debtor;invoices;kind;channel;direction;summary;proof;tracking;delivered_on;amount;due;schedule"

    /// Proof files the log names, relative to attachments/, for `AttachmentFiles` to create.
    private(set) var proofs: [String] = []

    static func order(_ rows: [LogRow]) -> [Int] {
        guard let earliest = rows.map(\.date).min() else { return [] }
        var keys = rows.indices.map { index -> UInt64 in
            let row = rows[index]
            return UInt64(UInt32(row.date - earliest)) << 43 | UInt64(UInt16(row.minute + 1)) << 32 | UInt64(index)
        }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    mutating func write(
        _ book: SyntheticBook, order: [Int], ledger: LedgerFile, attachments: Bool, to path: String
    ) throws(GeneratorError) {
        var out = try ByteWriter(path: path)
        out.text(Self.header)
        try out.endLine()
        let separator = UInt8(ascii: ";")
        for position in order {
            let row = book.log[position]
            let day = Day(ordinal: row.date)
            out.date(day, french: row.french)
            if row.minute >= 0 {
                out.byte(row.french ? UInt8(ascii: " ") : UInt8(ascii: "T"))
                out.number(Int(row.minute) / 60, width: 2)
                out.byte(UInt8(ascii: ":"))
                out.number(Int(row.minute) % 60, width: 2)
            }
            out.byte(separator)
            out.cell(book.debtors[Int(row.debtor)].id, separator: separator)
            out.byte(separator)
            for k in 0..<Int(row.invoicesCount) {
                if k > 0 { out.byte(UInt8(ascii: "|")) }
                ledger.writeReference(ofInvoice: book.invoiceLists[Int(row.invoicesStart) + k], to: &out)
            }
            out.byte(separator)
            out.text(row.french ? Self.frenchKind(row.kind) : row.kind.rawValue)
            out.byte(separator)
            out.text(row.french ? Self.frenchChannel(row.channel) : row.channel.rawValue)
            out.byte(separator)
            out.text(row.direction.rawValue)
            out.byte(separator)
            if let summary = Summaries.text(row.kind, variant: row.variant) { out.cell(summary, separator: separator) }
            out.byte(separator)
            if attachments && row.proof {
                let proof = Self.proofPath(row, day: day, debtorIndex: Int(row.debtor))
                proofs.append(proof)
                out.text(proof)
            }
            out.byte(separator)
            if row.tracking > 0 { Self.writeTracking(row.tracking, to: &out) }
            out.byte(separator)
            if row.deliveredOn != Int32.min { out.date(Day(ordinal: row.deliveredOn), french: row.french) }
            out.byte(separator)
            if row.amount > 0 { out.amount(row.amount, french: row.french) }
            out.byte(separator)
            if row.due != Int32.min { out.date(Day(ordinal: row.due), french: row.french) }
            out.byte(separator)
            for k in 0..<Int(row.scheduleCount) {
                let instalment = book.instalments[Int(row.scheduleStart) + k]
                if k > 0 { out.byte(UInt8(ascii: "|")) }
                out.date(Day(ordinal: instalment.day), french: row.french)
                out.byte(UInt8(ascii: ":"))
                out.amount(instalment.amount, french: row.french)
            }
            try out.endLine()
        }
        try out.finish()
    }

    /// `1A 176 225 0943 8`.
    private static func writeTracking(_ digits: Int64, to out: inout ByteWriter) {
        let text = String(digits)
        let bytes = Array(text.utf8)
        out.text("1A ")
        for (index, byte) in bytes.enumerated() {
            if index == 3 || index == 6 || index == 10 { out.byte(UInt8(ascii: " ")) }
            out.byte(byte)
        }
    }

    private static func proofPath(_ row: LogRow, day: Day, debtorIndex: Int) -> String {
        switch row.kind {
        case .formalNotice: return "proofs/AR-\(row.tracking).pdf"
        case .dispute: return "proofs/litige-\(debtorIndex + 1)-\(day.iso).eml"
        default: return "proofs/\(row.kind.rawValue)-\(debtorIndex + 1)-\(day.iso).pdf"
        }
    }

    private static func frenchKind(_ kind: LogRow.Kind) -> String {
        switch kind {
        case .reminder1: return "relance_1"
        case .reminder2: return "relance_2"
        case .reminder3: return "relance_3"
        case .formalNotice: return "mise_en_demeure"
        case .handover: return "transmission"
        case .call: return "appel"
        case .email: return "courriel"
        case .letter: return "courrier"
        case .meeting: return "rendez_vous"
        case .reply: return "réponse"
        case .note: return "note"
        case .dispute: return "litige"
        case .disputeClosed: return "litige_clos"
        case .promise: return "promesse"
        case .paymentPlan: return "échéancier"
        case .acknowledgement: return "reconnaissance_de_dette"
        case .delivery: return "avis_de_réception"
        }
    }

    private static func frenchChannel(_ channel: LogRow.Channel) -> String {
        switch channel {
        case .none: return ""
        case .email: return "courriel"
        case .letter: return "courrier"
        case .registeredLetter: return "lrar"
        case .electronicRegisteredLetter: return "lre"
        case .phone: return "téléphone"
        case .visit: return "visite"
        case .portal: return "portail"
        }
    }
}
