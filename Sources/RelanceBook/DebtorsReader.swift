import RelanceCore

/// debtors.csv: the customer master.
enum DebtorsReader {
    static let fileName = "debtors.csv"
    static let schema = CSVSchema(
        required: ["id", "name"],
        optional: ["type", "siren", "contact", "address_1", "address_2", "postcode", "city", "country", "email",
                   "phone", "segment", "seat_city", "payment_terms", "iban", "insolvency", "insolvency_opened_on",
                   "bodacc_published_on", "mandataire"]
    )

    struct Contents {
        var debtors: [Debtor] = []
        /// Every id read, also from rows with other errors, so that one bad cell does not turn every
        /// ledger line of that debtor into an "unknown debtor" error. Nil when the file was unusable:
        /// then no "unknown debtor" is reported at all.
        var ids: KnownDebtors?
        /// `payment_terms` by id: the due-date rule of invoices that come without a due date (a FEC's).
        var paymentTerms: [String: PaymentTerms] = [:]
        /// `iban` by id, spaces removed, upper case: matches bank-statement credits to the debtor.
        var ibans: [String: String] = [:]
    }

    /// One reading thread's rows: the debtors of rows without error, and every id read with where.
    private struct Part {
        /// With the position of their row among the part's rows.
        var debtors: [(row: Int, debtor: Debtor)] = []
        var ids: [(row: Int, id: String, line: Int, place: SourceLocation)] = []
        var terms: [(id: String, terms: PaymentTerms)] = []
        var ibans: [(id: String, iban: String)] = []
        var rows = 0
    }

    /// A file of `parallelFrom` bytes or more is read on two threads; whether an id repeats is
    /// decided afterwards, in file order, so the result is that of a sequential read.
    static func read(_ source: SourceText?, log: ErrorLog, parallelFrom: Int = CSVParallelRows.defaultMinimumBytes) -> Contents {
        guard let source, let (header, body) = CSVTableReader.readHeader(source, schema: schema, log: log) else {
            return Contents()
        }
        let c = Columns(header)
        let parts = CSVParallelRows.read(
            source, header: header, from: body, log: log, minimumBytes: parallelFrom, makePart: { _ in Part() }
        ) { part, row in
            let position = part.rows
            read(row, c, position: position, into: &part)
            part.rows += 1
        }

        // The first row keeps an id; every later one is an error at its own cell, and gives no debtor.
        var result = Contents()
        var firstLine: [String: Int] = [:]
        var repeated = Set<Int>()
        var offset = 0
        for part in parts {
            for (row, id, line, place) in part.ids {
                if let first = firstLine[id] {
                    log.add(fileName, line: place.line, column: place.column, c.id.name,
                            "the id \(quoted(id)) is already used on line \(first): ids must be unique", row: line)
                    repeated.insert(offset + row)
                } else {
                    firstLine[id] = line
                }
            }
            offset += part.rows
        }
        offset = 0
        for part in parts {
            for (row, debtor) in part.debtors where !repeated.contains(offset + row) { result.debtors.append(debtor) }
            offset += part.rows
        }
        for part in parts { for item in part.terms where result.paymentTerms[item.id] == nil { result.paymentTerms[item.id] = item.terms } }
        for part in parts { for item in part.ibans where result.ibans[item.id] == nil { result.ibans[item.id] = item.iban } }
        result.ids = KnownDebtors(Set(firstLine.keys))
        return result
    }

    /// One row; called on two threads at once for a large file, each with its own part.
    private static func read(_ row: CSVRow, _ c: Columns, position: Int, into part: inout Part) {
        let log = row.log
        let before = log.count
        let id = row.required(c.id, expected: "a debtor id")
        if let id { part.ids.append((position, id, row.line, row.location(c.id))) }
        let name = row.required(c.name, expected: "the debtor's name")
        let kind = row.keyword(c.type, Vocabulary.debtorKinds, required: false) ?? .business
        let segment = row.keyword(c.segment, Vocabulary.segments, required: false) ?? .regular
        var siren: String?
        if let text = row.text(c.siren) {
            switch SIREN.normalize(text) {
            case .success(let digits): siren = digits
            case .failure(.notNineDigits): row.fail(c.siren, "expected 9 digits (spaces allowed), found \(quoted(text))")
            case .failure(.wrongKey):
                row.fail(c.siren, "the SIREN \(quoted(text)) fails its Luhn check digit: a digit is wrong")
            }
        }
        var country = "FR"
        if let text = row.text(c.country) {
            if text.utf8.count == 2, text.utf8.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) {
                country = text.uppercased()
            } else {
                row.fail(c.country, "expected a two-letter ISO 3166 country code such as FR, found \(quoted(text))")
            }
        }
        var terms: PaymentTerms?
        if let text = row.text(c.paymentTerms) {
            terms = PaymentTerms.parse(text)
            if terms == nil {
                row.fail(c.paymentTerms, "expected days such as 30, \"30 jours\" or \"45 jours fin de mois\", found \(quoted(text))")
            }
        }
        var iban: String?
        if let text = row.text(c.iban) {
            let compact = text.filter { $0 != " " && $0 != "\u{A0}" }.uppercased()
            if compact.count >= 15, compact.count <= 34, compact.prefix(2).allSatisfy(\.isLetter), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                iban = compact
            } else {
                row.fail(c.iban, "expected an IBAN such as FR76 3000 6000 0112 3456 7890 189, found \(quoted(text))")
            }
        }
        let insolvency = readInsolvency(row, c)
        let registryCity = readRegistry(row, c, kind: kind, siren: siren)
        guard let id, let name, log.count == before else { return }
        if let terms { part.terms.append((id, terms)) }
        if let iban { part.ibans.append((id, iban)) }
        part.debtors.append((position, Debtor(
            id: id, name: name, kind: kind, siren: siren, contact: row.text(c.contact),
            address1: row.text(c.address1), address2: row.text(c.address2), postcode: row.text(c.postcode),
            city: row.text(c.city), country: country, email: row.text(c.email), phone: row.text(c.phone),
            segment: segment, seatCity: row.text(c.seatCity), location: row.location
        )))
        part.debtors[part.debtors.count - 1].debtor.insolvency = insolvency
        part.debtors[part.debtors.count - 1].debtor.registryCity = registryCity
    }

    /// `rcs`: the register's city as the Kbis writes it — « Bordeaux », « RCS Bordeaux » or
    /// « RCS Bordeaux B 732 829 320 ». A number, when given, is the SIREN; a consumer has no register.
    private static func readRegistry(_ row: CSVRow, _ c: Columns, kind: Debtor.Kind, siren: String?) -> String? {
        guard let text = row.text(c.registry) else { return nil }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        if words.first?.uppercased() == "RCS" { words.removeFirst() }
        var digits = ""
        while let last = words.last, last.allSatisfy({ $0.isASCII && $0.isNumber }) {
            digits = last + digits
            words.removeLast()
        }
        if !digits.isEmpty, let letter = words.last, ["A", "B", "C", "D"].contains(letter.uppercased()) { words.removeLast() }
        let city = words.joined(separator: " ")
        guard !city.isEmpty, city.contains(where: \.isLetter) else {
            row.fail(c.registry, "expected the city of the trade register, such as \"RCS Bordeaux\" or \"Bordeaux\", found \(quoted(text))")
            return nil
        }
        if kind == .consumer {
            row.fail(c.registry, "expected no trade register for a consumer (type consumer), found \(quoted(text))")
            return nil
        }
        if !digits.isEmpty, digits.count != 9 || (siren != nil && digits != siren) {
            row.fail(c.registry, "expected the RCS number to be the debtor's SIREN\(siren.map { " (\($0))" } ?? " (nine digits)"), found \(quoted(text))")
            return nil
        }
        return city
    }

    /// `insolvency` (sauvegarde, redressement, liquidation) with its opening date; the BODACC date
    /// and the mandataire complete it. Dates without a kind are an error: they would say nothing.
    private static func readInsolvency(_ row: CSVRow, _ c: Columns) -> Insolvency? {
        let kind = row.keyword(c.insolvency, Vocabulary.insolvencyKinds, required: false)
        let opened = row.day(c.insolvencyOpenedOn, required: kind != nil)
        let bodacc = row.day(c.bodaccPublishedOn, required: false)
        if kind == nil && row.isEmpty(c.insolvency) {
            for column in [c.insolvencyOpenedOn, c.bodaccPublishedOn, c.mandataire] where !row.isEmpty(column) {
                row.fail(column, "expected it with the insolvency column (sauvegarde, redressement or liquidation), found it alone")
            }
        }
        if let opened, let bodacc, bodacc < opened {
            row.fail(c.bodaccPublishedOn, "expected the BODACC publication on or after the opening judgment (\(opened.iso)), found \(bodacc.iso)")
        }
        guard let kind, let opened else { return nil }
        return Insolvency(kind: kind, openedOn: opened, bodaccPublishedOn: bodacc, mandataire: row.text(c.mandataire))
    }

    /// Column positions, looked up once per file rather than by name on every row.
    private struct Columns {
        let id, name, type, siren, contact, address1, address2, postcode, city, country, email, phone, segment, seatCity: CSVColumn
        let paymentTerms, iban, insolvency, insolvencyOpenedOn, bodaccPublishedOn, mandataire, registry: CSVColumn
        init(_ header: CSVHeader) {
            id = header.column("id"); name = header.column("name"); type = header.column("type")
            siren = header.column("siren"); contact = header.column("contact")
            address1 = header.column("address_1"); address2 = header.column("address_2")
            postcode = header.column("postcode"); city = header.column("city"); country = header.column("country")
            email = header.column("email"); phone = header.column("phone"); segment = header.column("segment")
            seatCity = header.column("seat_city"); paymentTerms = header.column("payment_terms"); iban = header.column("iban")
            insolvency = header.column("insolvency"); insolvencyOpenedOn = header.column("insolvency_opened_on")
            bodaccPublishedOn = header.column("bodacc_published_on"); mandataire = header.column("mandataire")
            registry = header.column("rcs")
        }
    }
}
