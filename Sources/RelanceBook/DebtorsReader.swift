import RelanceCore

/// debtors.csv: the customer master.
enum DebtorsReader {
    static let fileName = "debtors.csv"
    static let schema = CSVSchema(
        required: ["id", "name"],
        optional: ["type", "siren", "contact", "address_1", "address_2", "postcode", "city", "country", "email",
                   "phone", "segment"]
    )

    struct Contents {
        var debtors: [Debtor] = []
        /// Every id read, also from rows with other errors, so that one bad cell does not turn every
        /// ledger line of that debtor into an "unknown debtor" error. Nil when the file was unusable:
        /// then no "unknown debtor" is reported at all.
        var ids: Set<String>?
    }

    static func read(_ source: SourceText?, log: ErrorLog) -> Contents {
        guard let source else { return Contents() }
        var result = Contents()
        var firstLine: [String: Int] = [:]
        let header = CSVTableReader.read(source, schema: schema, log: log) { header in
            let c = Columns(header)
            return { row in
                let before = log.count
                let id = row.required(c.id, expected: "a debtor id")
                if let id {
                    if let first = firstLine[id] {
                        row.fail(c.id, "the id \(quoted(id)) is already used on line \(first): ids must be unique")
                    } else {
                        firstLine[id] = row.line
                    }
                }
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
                guard let id, let name, log.count == before else { return }
                result.debtors.append(Debtor(
                    id: id, name: name, kind: kind, siren: siren, contact: row.text(c.contact),
                    address1: row.text(c.address1), address2: row.text(c.address2), postcode: row.text(c.postcode),
                    city: row.text(c.city), country: country, email: row.text(c.email), phone: row.text(c.phone),
                    segment: segment, location: row.location
                ))
            }
        }
        if header != nil { result.ids = Set(firstLine.keys) }
        return result
    }

    /// Column positions, looked up once per file rather than by name on every row.
    private struct Columns {
        let id, name, type, siren, contact, address1, address2, postcode, city, country, email, phone, segment: CSVColumn
        init(_ header: CSVHeader) {
            id = header.column("id"); name = header.column("name"); type = header.column("type")
            siren = header.column("siren"); contact = header.column("contact")
            address1 = header.column("address_1"); address2 = header.column("address_2")
            postcode = header.column("postcode"); city = header.column("city"); country = header.column("country")
            email = header.column("email"); phone = header.column("phone"); segment = header.column("segment")
        }
    }
}
